// How the edge provider talks to Edge through msedge-tts: the endpoint it points the package
// at, the prosody rate for a speed, SSML-safe text, word boundaries, and a guard around the
// package's message handler.
import { MsEdgeTTS } from "msedge-tts";
import { SacvError } from "../../common/errors.ts";
import type { WordTiming } from "../provider.ts";

/** The public synthesis WebSocket (what msedge-tts uses when nothing else is set). */
export const EDGE_PUBLIC_ENDPOINT =
  "wss://speech.platform.bing.com/consumer/speech/synthesize/readaloud/edge/v1";
/** Edge answers 24 kHz mono MP3 (`audio-24khz-48kbitrate-mono-mp3`). */
export const EDGE_SAMPLE_RATE = 24000;

/**
 * Points msedge-tts at `endpoint` and at the voice list beside it. The package
 * keeps both as static URLs, so this is process-wide: one Edge endpoint per
 * process (the provider sets it before every connection).
 */
export function useEdgeEndpoint(endpoint: string): void {
  const statics = MsEdgeTTS as unknown as {
    WSS_URL: string;
    VOICES_URL: string;
    TRUSTED_CLIENT_TOKEN: string;
  };
  const url = new URL(endpoint);
  statics.WSS_URL = `${url.origin}${url.pathname}`;
  const path = /\/edge\/v1\/?$/.test(url.pathname)
    ? url.pathname.replace(/\/edge\/v1\/?$/, "/voices/list")
    : "/consumer/speech/synthesize/readaloud/voices/list";
  const origin = url.origin.replace(/^ws/, "http");
  statics.VOICES_URL = `${origin}${path}?trustedclienttoken=${statics.TRUSTED_CLIENT_TOKEN}`;
}

/**
 * Our speed ratio as an Edge prosody rate: `1.5` → `+50%`, `0.8` → `-20%`.
 *
 * @example
 * ```ts
 * speedToEdgeRate(1); // "+0%"
 * ```
 */
export function speedToEdgeRate(ratio: number): string {
  if (!Number.isFinite(ratio) || ratio <= 0) {
    throw new SacvError("INVALID_ARGUMENT", `speed: must be a positive number: got ${ratio}`, {
      reason: "INVALID_SPEED",
      details: { field: "speed", provider: "edge" },
    });
  }
  const pct = Math.round((ratio - 1) * 100);
  return `${pct < 0 ? "-" : "+"}${Math.abs(pct)}%`;
}

// C0/C1 controls other than tab and newline are not allowed in XML at all.
// deno-lint-ignore no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Text as SSML character data: controls become spaces, markup characters entities. */
export function escapeSsmlText(text: string): string {
  return text.replace(CONTROL, " ").replace(
    /[<>&"']/g,
    (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!,
  );
}

/** Word boundaries of one `audio.metadata` body (offsets in 100 ns ticks). */
export function boundaryWords(json: string): WordTiming[] {
  const out: WordTiming[] = [];
  let parsed: { Metadata?: unknown };
  try {
    parsed = JSON.parse(json);
  } catch {
    return out;
  }
  for (const m of Array.isArray(parsed?.Metadata) ? parsed.Metadata : []) {
    const data = (m as { Type?: string; Data?: Record<string, unknown> })?.Data;
    if ((m as { Type?: string }).Type !== "WordBoundary" || !data) continue;
    const text = (data.text as { Text?: unknown })?.Text;
    const offset = Number(data.Offset);
    const duration = Number(data.Duration);
    if (typeof text !== "string" || !Number.isFinite(offset) || !Number.isFinite(duration)) {
      continue;
    }
    out.push({ text, startMs: offset / 10_000, endMs: (offset + duration) / 10_000 });
  }
  return out;
}

/**
 * Wraps msedge-tts's message handler so a message it cannot handle (no
 * X-RequestId, or one for a stream already gone) fails this synthesis instead
 * of throwing out of a WebSocket event, which would end the process.
 */
export function guardMessages(tts: MsEdgeTTS, fail: (err: SacvError) => void): void {
  const ws = (tts as unknown as { _ws?: { onmessage?: (m: unknown) => void } })._ws;
  const inner = ws?.onmessage;
  if (!ws || !inner) return;
  ws.onmessage = (m: unknown) => {
    try {
      inner(m);
    } catch (err) {
      fail(
        new SacvError(
          "UNAVAILABLE",
          `edge: a message could not be read: ${(err as Error).message}`,
          {
            reason: "BAD_MESSAGE",
            retryable: true,
            cause: err,
            details: { provider: "edge" },
          },
        ),
      );
    }
  };
}
