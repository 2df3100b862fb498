// A deterministic provider for tests and benchmarks: a tone whose length derives from the
// text, with latency and error injection from the request's options.
import { CancelledError, SacvError, type StatusName } from "../../common/errors.ts";
import type {
  Codec,
  SynthesisInput,
  SynthesisOutput,
  TtsProvider,
  VoiceInfo,
  WordTiming,
} from "../provider.ts";
import { encodeWav, pcmToBytes } from "../wav.ts";

/** Options for {@linkcode createFakeProvider}; request `options` override them per call. */
export interface FakeOptions {
  /** Default concurrency limit (default 8). */
  limit?: number;
  /** Delay before answering, in ms (request option `latency_ms`; default 0). */
  latencyMs?: number;
  /** Audio per non-space character at speed 1, in ms (request option `ms_per_char`; default 80). */
  msPerChar?: number;
  /** Native sample rate (default 16 000). */
  sampleRate?: number;
}

/** The fake provider, with counters tests can read. */
export interface FakeProvider extends TtsProvider {
  /** Calls running right now. */
  readonly active: number;
  /** Most calls seen running at once. */
  readonly peak: number;
  /** Calls started (including failed and aborted ones). */
  readonly calls: number;
}

const VOICES: readonly VoiceInfo[] = [
  { id: "fake-a", name: "Fake tone A", language: "und" },
  { id: "fake-b", name: "Fake tone B", language: "und" },
];

/** How an injected error code is classified, as a real provider would. */
export function classifyInjected(code: string): { status: StatusName; retryable: boolean } {
  if (/^(RequestLimitExceeded|LimitExceeded)/.test(code)) {
    return { status: "RESOURCE_EXHAUSTED", retryable: true };
  }
  if (/^InternalError|^Network|^Unavailable/.test(code)) {
    return { status: "UNAVAILABLE", retryable: true };
  }
  if (/^AuthFailure/.test(code)) return { status: "UNAUTHENTICATED", retryable: false };
  if (/^InvalidParameter/.test(code)) return { status: "INVALID_ARGUMENT", retryable: false };
  if (/^UnsupportedOperation/.test(code)) {
    return { status: "FAILED_PRECONDITION", retryable: false };
  }
  return { status: "UNAVAILABLE", retryable: false };
}

function numberOption(
  options: Record<string, string>,
  name: string,
  fallback: number,
): number {
  const raw = options[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `Cannot use option '${name}' as it must be a non-negative number: current value is ${raw}`,
      { reason: "BAD_OPTION", details: { field: `options.${name}` } },
    );
  }
  return n;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new CancelledError());
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CancelledError());
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** A small deterministic hash so each text gets its own pitch. */
function textHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Samples of the fake voice for `input` (a tone with short fades), at `sampleRate`. */
export function fakeSamples(input: SynthesisInput, msPerChar: number): Int16Array {
  const chars = [...input.text].filter((c) => c.trim() !== "").length;
  const ms = Math.max(1, Math.round((chars * msPerChar) / input.speed));
  return tone(input, Math.round((ms / 1000) * input.sampleRate));
}

/**
 * The fake voice "speaking" word by word (request option `word_gap_ms` > 0): each word (a run
 * of letters and digits; each Chinese character on its own) a tone of its characters' length,
 * then `gapMs` of silence, with the word timings a real provider would report. Tests measure
 * subtitle timing against the silences.
 */
export function fakeWordSamples(
  input: SynthesisInput,
  msPerChar: number,
  gapMs: number,
): { samples: Int16Array; words: WordTiming[] } {
  const units = input.text.match(/[\p{Script=Han}]|[\p{L}\p{N}]+/gu) ?? [];
  const rate = input.sampleRate;
  const toSamples = (ms: number) => Math.round((ms / 1000) * rate);
  const gap = toSamples(gapMs / input.speed);
  const pieces: Int16Array[] = [];
  const words: WordTiming[] = [];
  let at = 0;
  units.forEach((u, i) => {
    if (i > 0) (pieces.push(new Int16Array(gap)), at += gap);
    const n = Math.max(1, toSamples(([...u].length * msPerChar) / input.speed));
    pieces.push(tone(input, n));
    words.push({
      text: u,
      startMs: Math.round((at / rate) * 1000),
      endMs: Math.round(((at + n) / rate) * 1000),
    });
    at += n;
  });
  const samples = new Int16Array(Math.max(1, at));
  let o = 0;
  for (const p of pieces) (samples.set(p, o), o += p.length);
  return { samples, words };
}

function tone(input: SynthesisInput, n: number): Int16Array {
  const freq = 220 + (textHash(input.voice + input.text) % 440);
  const fade = Math.max(1, Math.min(Math.floor(n / 4), Math.round(input.sampleRate / 100)));
  const out = new Int16Array(n);
  // A sine by recurrence (sin(k+1) = 2cos(w)·sin(k) − sin(k−1)): cheap enough for benchmarks.
  const w = (2 * Math.PI * freq) / input.sampleRate;
  const c = 2 * Math.cos(w);
  let prev = -Math.sin(w);
  let cur = 0;
  for (let i = 0; i < n; i++) {
    const env = i < fade ? i / fade : n - 1 - i < fade ? (n - 1 - i) / fade : 1;
    out[i] = Math.round(cur * 8000 * env);
    const next = c * cur - prev;
    prev = cur;
    cur = next;
  }
  return out;
}

/**
 * Creates the fake provider. Request options: `latency_ms`, `ms_per_char`,
 * `fail` (an error code to inject, e.g. `RequestLimitExceeded`, `AuthFailure`),
 * `fail_times` (fail only the first n calls for this text, then succeed;
 * without it `fail` fails every call), `word_gap_ms` (speak word by word with this much
 * silence between words, reporting word timings).
 */
export function createFakeProvider(options: FakeOptions = {}): FakeProvider {
  const sampleRate = options.sampleRate ?? 16_000;
  const failures = new Map<string, number>();
  let active = 0;
  let peak = 0;
  let calls = 0;
  const codecs: readonly Codec[] = ["wav", "pcm"];

  const synthesize = async (
    input: SynthesisInput,
    signal: AbortSignal,
  ): Promise<SynthesisOutput> => {
    calls++;
    active++;
    peak = Math.max(peak, active);
    try {
      const latency = numberOption(input.options, "latency_ms", options.latencyMs ?? 0);
      const msPerChar = numberOption(input.options, "ms_per_char", options.msPerChar ?? 80);
      const wordGapMs = numberOption(input.options, "word_gap_ms", 0);
      const fail = input.options.fail ?? "";
      const failTimes = numberOption(input.options, "fail_times", Infinity);
      await delay(latency, signal);
      if (fail !== "") {
        const key = `${fail}\u0000${input.text}`;
        const seen = failures.get(key) ?? 0;
        if (seen < failTimes) {
          failures.set(key, seen + 1);
          const { status, retryable } = classifyInjected(fail);
          throw new SacvError(status, `fake provider injected ${fail}`, {
            reason: fail,
            retryable,
          });
        }
      }
      if (!codecs.includes(input.codec)) {
        throw new SacvError("INVALID_ARGUMENT", `fake provider cannot encode ${input.codec}`, {
          reason: "UNSUPPORTED_CODEC",
          details: { field: "codec" },
        });
      }
      const spoken = wordGapMs > 0 ? fakeWordSamples(input, msPerChar, wordGapMs) : undefined;
      const samples = spoken?.samples ?? fakeSamples(input, msPerChar);
      const pcm = { sampleRate: input.sampleRate, channels: 1, samples };
      return {
        audio: input.codec === "wav" ? encodeWav(pcm) : pcmToBytes(pcm),
        codec: input.codec,
        sampleRate: input.sampleRate,
        durationMs: Math.round((samples.length / input.sampleRate) * 1000),
        attempts: 1,
        chunks: 1,
        ...(spoken ? { words: spoken.words } : {}),
      };
    } finally {
      active--;
    }
  };

  return {
    name: "fake",
    defaultLimit: options.limit ?? 8,
    defaultVoice: "fake-a",
    defaultSampleRate: sampleRate,
    voices: VOICES,
    codecs,
    availability: () => ({ ok: true }),
    synthesize,
    get active() {
      return active;
    },
    get peak() {
      return peak;
    },
    get calls() {
      return calls;
    },
  };
}
