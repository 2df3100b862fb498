// TextToVoice request parameters: validation naming the field, the speed-level mapping, which
// account a call uses, and Tencent's subtitle timings as word timings.
import { SacvError } from "../../common/errors.ts";
import { checkHeaderSafe } from "../credentials.ts";
import type { Codec, ProviderCredentials, SynthesisInput, WordTiming } from "../provider.ts";
import { primaryLanguage } from "./tencent_voices.ts";

/** Sample rates TextToVoice offers. */
export const SAMPLE_RATES = [8000, 16000, 24000];
/** The codecs TextToVoice returns. */
export const CODECS: readonly Codec[] = ["wav", "mp3", "pcm"];

// Tencent's documented Speed levels and the rate each gives; between them Tencent
// accepts two decimals, so a ratio maps onto the line between its neighbours.
const SPEED_POINTS: readonly (readonly [level: number, ratio: number])[] = [
  [-2, 0.6],
  [-1, 0.8],
  [0, 1.0],
  [1, 1.2],
  [2, 1.5],
  [6, 2.5],
];

/**
 * Maps a speaking-rate ratio (1 = normal) to Tencent's `Speed` level by linear
 * interpolation between the documented points (-2 = 0.6x, -1 = 0.8x, 0 = 1x,
 * 1 = 1.2x, 2 = 1.5x, 6 = 2.5x), rounded to two decimals. Ratios outside
 * Tencent's 0.6x-2.5x are INVALID_ARGUMENT naming `speed` rather than clamped,
 * so a caller never gets speech at a rate it did not ask for.
 *
 * @example
 * ```ts
 * speedToTencentLevel(1.2); // 1
 * speedToTencentLevel(1.1); // 0.5
 * speedToTencentLevel(2.0); // 4
 * ```
 */
export function speedToTencentLevel(ratio: number): number {
  if (!Number.isFinite(ratio) || ratio <= 0) {
    throw new SacvError("INVALID_ARGUMENT", `speed must be a positive number: got ${ratio}`, {
      reason: "INVALID_SPEED",
      details: { field: "speed" },
    });
  }
  const first = SPEED_POINTS[0];
  const last = SPEED_POINTS[SPEED_POINTS.length - 1];
  // A hair of tolerance so a ratio computed as 0.6000000001 or 2.4999999 still counts.
  if (ratio < first[1] - 1e-9 || ratio > last[1] + 1e-9) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `speed: tencent speaks from ${first[1]}x to ${last[1]}x: current value is ${ratio}`,
      { reason: "SPEED_OUT_OF_RANGE", details: { field: "speed", provider: "tencent" } },
    );
  }
  if (ratio <= first[1]) return first[0];
  if (ratio >= last[1]) return last[0];
  for (let i = 1; i < SPEED_POINTS.length; i++) {
    const [l1, r1] = SPEED_POINTS[i];
    if (ratio <= r1) {
      const [l0, r0] = SPEED_POINTS[i - 1];
      const level = l0 + ((ratio - r0) / (r1 - r0)) * (l1 - l0);
      return Math.round(level * 100) / 100 || 0;
    }
  }
  return last[0];
}

/** INVALID_ARGUMENT naming `field`, for the tencent provider. */
export function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, {
    reason: `INVALID_${field.toUpperCase()}`,
    details: { field, provider: "tencent" },
  });
}

/** Validates the input and builds the TextToVoice parameters shared by every piece. */
export function baseRequest(input: SynthesisInput): Record<string, string | number | boolean> {
  if (!/^\d{1,12}$/.test(input.voice)) {
    throw invalid("voice", `tencent voice must be a numeric VoiceType: got "${input.voice}"`);
  }
  if (!CODECS.includes(input.codec)) {
    throw invalid("codec", `tencent codec must be one of ${CODECS.join("/")}: got ${input.codec}`);
  }
  if (!SAMPLE_RATES.includes(input.sampleRate)) {
    throw invalid(
      "sample_rate",
      `tencent sample_rate must be one of ${SAMPLE_RATES.join("/")}: got ${input.sampleRate}`,
    );
  }
  const req: Record<string, string | number | boolean> = {
    VoiceType: Number(input.voice),
    Speed: speedToTencentLevel(input.speed),
    Codec: input.codec,
    SampleRate: input.sampleRate,
    PrimaryLanguage: primaryLanguage(input.voice),
    // Word timings for subtitles; they cost nothing extra.
    EnableSubtitle: input.options.subtitles !== "0",
  };
  const numeric = (key: string, param: string, min: number, max: number) => {
    const raw = input.options[key];
    if (raw === undefined) return;
    const n = Number(raw);
    if (raw.trim() === "" || !Number.isFinite(n) || n < min || n > max) {
      throw invalid(
        key,
        `tencent option ${key} must be a number in [${min}, ${max}]: got "${raw}"`,
      );
    }
    req[param] = n;
  };
  numeric("volume", "Volume", -10, 10);
  numeric("primary_language", "PrimaryLanguage", 1, 2);
  numeric("emotion_intensity", "EmotionIntensity", 50, 200);
  if (input.options.emotion) req.EmotionCategory = input.options.emotion;
  return req;
}

/** The credentials a call uses: the request's own when it has a key pair, else the configured. */
export interface Account {
  secretId?: string;
  secretKey?: string;
  sessionToken?: string;
  region: string;
}

/**
 * The account for `creds`; INVALID_ARGUMENT naming the missing half when a
 * request carries only one of secret_id/secret_key.
 */
export function account(
  options: { secretId?: string; secretKey?: string; sessionToken?: string; region: string },
  creds?: ProviderCredentials,
): Account {
  const region = creds?.region ?? options.region;
  if (creds?.secretId || creds?.secretKey) {
    if (!creds.secretId || !creds.secretKey) {
      const field = creds.secretId ? "credentials.secret_key" : "credentials.secret_id";
      throw invalid(field, `tencent: ${field} is required with the other half of the key pair`);
    }
    checkHeaderSafe("credentials.secret_id", creds.secretId, "tencent");
    checkHeaderSafe("credentials.secret_key", creds.secretKey, "tencent");
    checkHeaderSafe("credentials.session_token", creds.sessionToken, "tencent");
    // A request's key pair never borrows the environment's session token.
    return {
      secretId: creds.secretId,
      secretKey: creds.secretKey,
      sessionToken: creds.sessionToken,
      region,
    };
  }
  return {
    secretId: options.secretId,
    secretKey: options.secretKey,
    sessionToken: options.sessionToken,
    region,
  };
}

/** Tencent's per-character timings as word timings, dropping entries with no text. */
export function subtitleWords(subtitles: unknown): WordTiming[] {
  if (!Array.isArray(subtitles)) return [];
  const words: WordTiming[] = [];
  for (const s of subtitles as { Text?: unknown; BeginTime?: unknown; EndTime?: unknown }[]) {
    const text = typeof s?.Text === "string" ? s.Text : "";
    const startMs = Number(s?.BeginTime);
    const endMs = Number(s?.EndTime);
    if (text.trim() === "" || !Number.isFinite(startMs) || !Number.isFinite(endMs)) continue;
    words.push({ text, startMs, endMs: Math.max(startMs, endMs) });
  }
  return words;
}
