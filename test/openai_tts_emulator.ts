// A local emulator of an OpenAI-compatible speech server (`POST /v1/audio/speech`) for tests
// and offline demos: checks the bearer key and the body as OpenAI does, answers real audio
// in the requested format, counts concurrent requests and injects failures.
import { encodeWav, pcmToBytes } from "../services/tts/wav.ts";
import { encodeAudio, tone } from "./support/emulator_audio.ts";
import { aborted, Hold, serveCounting, wait, waitUntil } from "./support/emulator_server.ts";

/** Options for {@linkcode startOpenAiTtsEmulator}. */
export interface OpenAiTtsEmulatorOptions {
  /** Accepted bearer keys; none means the server needs no key (like most local servers). */
  apiKeys?: string[];
  /** Voices it has. Default OpenAI's. */
  voices?: string[];
  /** Models it has. Default `tts-1`, `tts-1-hd`, `gpt-4o-mini-tts`. */
  models?: string[];
  /** Audio per spoken character at speed 1, in ms. Default 60. */
  msPerChar?: number;
  /** Sample rate of wav/pcm answers. Default 24000 (OpenAI's). */
  sampleRate?: number;
  /** Delay before each answer, in ms (cut short when the client goes away). Default 0. */
  latencyMs?: number;
  /** Port on 127.0.0.1. Default 0: a free port. */
  port?: number;
}

/** One request as the emulator saw it. */
export interface OpenAiRecordedRequest {
  path: string;
  /** The Authorization header ("" when absent). */
  authorization: string;
  body: Record<string, unknown>;
  /** `OK`, `HTTP_<status>` (with the error code when there is one), or `CLIENT_CLOSED`. */
  outcome: string;
  /** Length of the audio answered, in ms (0 on error). */
  audioMs: number;
}

/** A running emulator; see {@linkcode startOpenAiTtsEmulator}. */
export interface OpenAiTtsEmulator {
  /** `http://127.0.0.1:<port>`, for `SACV_OPENAI_TTS_BASE_URL`. */
  readonly baseUrl: string;
  readonly requests: readonly OpenAiRecordedRequest[];
  /** Requests being handled now, and the most ever at once. */
  readonly inFlight: number;
  readonly maxInFlight: number;
  latencyMs: number;
  /** Answers the next `n` requests with HTTP `status` and an OpenAI error body. */
  failNext(n: number, status: number, code?: string, headers?: Record<string, string>): void;
  /** Holds every request until {@linkcode OpenAiTtsEmulator.release}. */
  hold(): void;
  release(): void;
  reset(): void;
  waitUntil(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const OPENAI_VOICES = [
  "alloy",
  "ash",
  "ballad",
  "coral",
  "echo",
  "fable",
  "nova",
  "onyx",
  "sage",
  "shimmer",
  "verse",
];
const FORMATS = ["mp3", "opus", "aac", "flac", "wav", "pcm"];
const CONTENT_TYPES: Record<string, string> = {
  mp3: "audio/mpeg",
  opus: "audio/ogg",
  aac: "audio/aac",
  flac: "audio/flac",
  wav: "audio/wav",
  pcm: "audio/pcm",
};

class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

/** OpenAI's error body; with no code, a bare text body like a proxy in front would send. */
function errorResponse(status: number, code: string, message: string, headers = {}): Response {
  if (!code) return new Response(`${status} ${message}`, { status, headers });
  return Response.json(
    { error: { message, type: "invalid_request_error", param: null, code } },
    { status, headers },
  );
}

/** Checks a speech request body as OpenAI does; returns what the audio depends on. */
function validate(body: Record<string, unknown>, voices: string[], models: string[]) {
  const bad = (code: string, message: string, status = 400): never => {
    throw new ApiError(status, code, message);
  };
  if (typeof body.model !== "string" || body.model === "") {
    bad("missing_required_parameter", "model is required");
  }
  if (!models.includes(body.model as string)) {
    bad("model_not_found", `The model '${body.model}' does not exist`, 404);
  }
  const input = body.input;
  if (typeof input !== "string" || input === "") {
    bad("missing_required_parameter", "input is required");
  }
  if (Array.from(input as string).length > 4096) {
    bad("string_above_max_length", "input is longer than 4096 characters");
  }
  if (typeof body.voice !== "string" || !voices.includes(body.voice)) {
    bad("invalid_value", `voice '${body.voice}' is not one of ${voices.join(", ")}`);
  }
  const speed = body.speed ?? 1;
  if (typeof speed !== "number" || speed < 0.25 || speed > 4) {
    bad("invalid_value", `speed ${speed} is outside [0.25, 4]`);
  }
  const format = body.response_format ?? "mp3";
  if (typeof format !== "string" || !FORMATS.includes(format)) {
    bad("invalid_value", `response_format '${format}' is not one of ${FORMATS.join(", ")}`);
  }
  return { input: input as string, speed: speed as number, format: format as string };
}

/**
 * Starts the emulator on 127.0.0.1.
 *
 * @example
 * ```ts
 * const emu = await startOpenAiTtsEmulator({ apiKeys: ["sk-test"] });
 * // SACV_OPENAI_TTS_BASE_URL=${emu.baseUrl} SACV_OPENAI_TTS_API_KEY=sk-test
 * await emu.close();
 * ```
 */
export function startOpenAiTtsEmulator(
  options: OpenAiTtsEmulatorOptions = {},
): Promise<OpenAiTtsEmulator> {
  const voices = options.voices ?? OPENAI_VOICES;
  const models = options.models ?? ["tts-1", "tts-1-hd", "gpt-4o-mini-tts"];
  const msPerChar = options.msPerChar ?? 60;
  const rate = options.sampleRate ?? 24000;
  let requests: OpenAiRecordedRequest[] = [];
  let failures: { status: number; code: string; headers: Record<string, string> }[] = [];
  const hold = new Hold();

  async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    const rec: OpenAiRecordedRequest = {
      path: url.pathname,
      authorization: req.headers.get("authorization") ?? "",
      body: {},
      outcome: "OK",
      audioMs: 0,
    };
    requests.push(rec);
    const text = await req.text();
    try {
      const parsed = JSON.parse(text);
      if (typeof parsed === "object" && parsed !== null) rec.body = parsed;
    } catch { /* refused below */ }
    await wait(emulator.latencyMs, req.signal);
    await hold.pass(aborted(req.signal));
    if (req.signal.aborted) {
      rec.outcome = "CLIENT_CLOSED";
      return new Response(null, { status: 499 });
    }
    try {
      if (url.pathname !== "/v1/audio/speech") {
        throw new ApiError(404, "", `no route ${url.pathname}`);
      }
      if (req.method !== "POST") throw new ApiError(405, "", "use POST");
      if (options.apiKeys?.length) {
        const key = rec.authorization.match(/^Bearer (.+)$/)?.[1];
        if (!key || !options.apiKeys.includes(key)) {
          throw new ApiError(401, "invalid_api_key", "Incorrect API key provided");
        }
      }
      const injected = failures.shift();
      if (injected) {
        rec.outcome = `HTTP_${injected.status}${injected.code ? ` ${injected.code}` : ""}`;
        return errorResponse(
          injected.status,
          injected.code,
          "failure (emulated)",
          injected.headers,
        );
      }
      if (!(req.headers.get("content-type") ?? "").includes("application/json")) {
        throw new ApiError(400, "invalid_request_error", "body must be JSON");
      }
      const p = validate(rec.body, voices, models);
      const spoken = Array.from(p.input).filter((c) => c.trim() !== "").length;
      const samples = tone((spoken * msPerChar) / p.speed, rate);
      rec.audioMs = (samples.length / rate) * 1000;
      const pcm = { sampleRate: rate, channels: 1, samples };
      const audio = p.format === "wav"
        ? encodeWav(pcm)
        : p.format === "pcm"
        ? pcmToBytes(pcm)
        : await encodeAudio(samples, rate, p.format);
      return new Response(audio as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": CONTENT_TYPES[p.format] },
      });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      rec.outcome = `HTTP_${err.status}${err.code ? ` ${err.code}` : ""}`;
      return errorResponse(err.status, err.code, err.message);
    }
  }

  const server = serveCounting(options.port ?? 0, handle);
  const emulator: OpenAiTtsEmulator = {
    baseUrl: `http://127.0.0.1:${server.port}`,
    get requests() {
      return requests;
    },
    get inFlight() {
      return server.inFlight;
    },
    get maxInFlight() {
      return server.maxInFlight;
    },
    latencyMs: options.latencyMs ?? 0,
    failNext(n, status, code = "", headers = {}) {
      for (let i = 0; i < n; i++) failures.push({ status, code, headers });
    },
    hold: () => hold.hold(),
    release: () => hold.release(),
    reset() {
      requests = [];
      server.resetMax();
      failures = [];
    },
    waitUntil,
    async close() {
      hold.release();
      await server.shutdown();
    },
  };
  return Promise.resolve(emulator);
}

if (import.meta.main) {
  // Standalone: `deno run -A test/openai_tts_emulator.ts [port]`; SACV_OPENAI_TTS_API_KEY, if set,
  // becomes the one accepted key.
  const key = Deno.env.get("SACV_OPENAI_TTS_API_KEY");
  const emu = await startOpenAiTtsEmulator({
    apiKeys: key ? [key] : undefined,
    port: Number(Deno.args[0] ?? 0),
  });
  console.log(`openai speech emulator on ${emu.baseUrl}`);
  Deno.addSignalListener("SIGINT", () => emu.close().then(() => Deno.exit(0)));
}
