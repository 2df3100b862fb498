// A local emulator of Tencent Cloud's TextToVoice API (2019-08-23) for tests and offline demos:
// checks TC3-HMAC-SHA256 signatures, validates parameters, returns real WAV/PCM/MP3 audio,
// counts concurrent requests and injects failures.
import { encodeWav, pcmToBytes } from "../services/tts/wav.ts";
import { encodeAudio, tone } from "./support/emulator_audio.ts";
import { aborted, Hold, serveCounting, wait, waitUntil } from "./support/emulator_server.ts";
import { speedRatio, validateParams } from "./tencent_emulator_params.ts";
import { TencentApiError, verifySignature } from "./tencent_emulator_tc3.ts";
import { emulatedSubtitles, spokenParts } from "./tencent_emulator_text.ts";

/** Options for {@linkcode startTencentEmulator}. */
export interface TencentEmulatorOptions {
  /** Accepted credentials: SecretId → SecretKey. */
  credentials: Record<string, string>;
  /** Temporary credentials: SecretId → the session token its requests must carry as X-TC-Token. */
  sessionTokens?: Record<string, string>;
  /** Delay before each response, in ms (interrupted when the client goes away). Default 0. */
  latencyMs?: number;
  /** Audio length per spoken character at Speed 0, in ms. Default 60. */
  msPerChar?: number;
  /**
   * Service name expected in the credential scope. Default: what the SDK signs,
   * the first label of the host name (`tts` for tts.tencentcloudapi.com).
   */
  service?: string;
  /** Allowed clock skew for X-TC-Timestamp, in seconds. Default 300. */
  maxSkewSeconds?: number;
  /** Port to listen on (127.0.0.1). Default 0: a free port. */
  port?: number;
  /** Share of authenticated requests throttled at random (0..1); see `throttleRate`. Default 0. */
  throttleRate?: number;
  /** Seed of the random throttling, so a run can be repeated. Default 1. */
  seed?: number;
}

/** One request as the emulator saw it. */
export interface RecordedRequest {
  action: string;
  version: string;
  region: string;
  secretId: string;
  /** The X-TC-Token header ("" when absent). */
  token: string;
  /** Parsed JSON body (empty when it did not parse). */
  body: Record<string, unknown>;
  /**
   * `Response.Error.Code`, `HTTP_<status>` for an injected HTTP failure, `CLIENT_CLOSED`,
   * `CORRUPT_AUDIO` for an answer whose audio does not decode, or "OK".
   */
  outcome: string;
  /** Duration of the audio returned, in ms (0 on error). */
  audioMs: number;
}

/** A running emulator; see {@linkcode startTencentEmulator}. */
export interface TencentEmulator {
  /** `127.0.0.1:<port>`, for `SACV_TENCENT_TTS_ENDPOINT` with protocol `http://`. */
  readonly endpoint: string;
  readonly port: number;
  /** Every request so far, in arrival order. */
  readonly requests: readonly RecordedRequest[];
  /** Requests being handled right now. */
  readonly inFlight: number;
  /** The most requests ever handled at the same time. */
  readonly maxInFlight: number;
  latencyMs: number;
  /**
   * Share of authenticated, valid requests answered `RequestLimitExceeded` at random
   * (0..1), as a busy account is; a seeded generator makes runs repeatable.
   */
  throttleRate: number;
  /** Requests answered with audio so far, corrupt or not (what a real account is billed for). */
  readonly billed: number;
  /** Fails the next `n` authenticated requests with a Tencent error (default RequestLimitExceeded). */
  failNext(n: number, code?: string, message?: string): void;
  /** Fails every authenticated request with `code` until called with `undefined`. */
  failAlways(code: string | undefined, message?: string): void;
  /**
   * Fails authenticated requests whose Text contains `fragment` with `code`, every one or only
   * the next `times`; `undefined` stops.
   */
  failText(fragment: string | undefined, code?: string, message?: string, times?: number): void;
  /** Answers the next `n` valid requests with audio that does not decode (a damaged response). */
  corruptNext(n: number): void;
  /** Answers the next `n` requests with a bare HTTP `status` (a gateway failure). */
  failNextHttp(n: number, status?: number): void;
  /** Holds every request (after its latency) until {@linkcode TencentEmulator.release}. */
  hold(): void;
  /** Lets held requests and new ones through. */
  release(): void;
  /** Clears the request log, the max-in-flight mark, the billed count, pending injections and the throttle rate. */
  reset(): void;
  /** Polls `predicate` until it holds; rejects naming `what` after `timeoutMs` (default 10 s). */
  waitUntil(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

/** Base64 of bytes without blowing the argument stack on large audio. */
function base64(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(s);
}

function envelope(response: Record<string, unknown>): Response {
  return Response.json({ Response: { ...response, RequestId: crypto.randomUUID() } });
}

/**
 * Starts the emulator on 127.0.0.1. Point the Tencent provider (or the real
 * SDK) at `emulator.endpoint` with protocol `http://`.
 *
 * @example
 * ```ts
 * const emu = await startTencentEmulator({ credentials: { AKIDtest: "secret" } });
 * // SACV_TENCENT_TTS_ENDPOINT=${emu.endpoint} SACV_TENCENT_TTS_PROTOCOL=http://
 * await emu.close();
 * ```
 */
export function startTencentEmulator(options: TencentEmulatorOptions): Promise<TencentEmulator> {
  const msPerChar = options.msPerChar ?? 60;
  const maxSkew = options.maxSkewSeconds ?? 300;
  let requests: RecordedRequest[] = [];
  let failures: { code: string; message: string }[] = [];
  let always: { code: string; message: string } | undefined;
  let httpFailures: number[] = [];
  let byText: { fragment: string; code: string; message: string; times: number } | undefined;
  let corrupt = 0;
  let billed = 0;
  // mulberry32: a small seeded generator, so a throttling run can be repeated exactly.
  let seed = (options.seed ?? 1) >>> 0;
  const random = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hold = new Hold();

  async function handle(req: Request): Promise<Response> {
    const body = new Uint8Array(await req.arrayBuffer());
    const rec: RecordedRequest = {
      action: req.headers.get("x-tc-action") ?? "",
      version: req.headers.get("x-tc-version") ?? "",
      region: req.headers.get("x-tc-region") ?? "",
      secretId: "",
      token: req.headers.get("x-tc-token") ?? "",
      body: {},
      outcome: "OK",
      audioMs: 0,
    };
    requests.push(rec);
    let parsed: unknown;
    try {
      parsed = JSON.parse(new TextDecoder().decode(body));
    } catch { /* not JSON: rejected below, after the signature check */ }
    const isObject = typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
    if (isObject) rec.body = parsed as Record<string, unknown>;
    await wait(emulator.latencyMs, req.signal);
    await hold.pass(aborted(req.signal));
    if (req.signal.aborted) {
      // The client went away (an aborted call): nobody reads an answer, and no injection is used up.
      rec.outcome = "CLIENT_CLOSED";
      return new Response(null, { status: 499 });
    }
    const status = httpFailures.shift();
    if (status !== undefined) {
      rec.outcome = `HTTP_${status}`;
      return new Response("upstream failure", { status });
    }
    try {
      if (req.method !== "POST") throw new TencentApiError("UnsupportedProtocol", "use POST");
      rec.secretId = await verifySignature(
        req,
        body,
        options.credentials,
        options.service,
        maxSkew,
      );
      const wantToken = options.sessionTokens?.[rec.secretId];
      if (wantToken !== undefined && rec.token !== wantToken) {
        throw new TencentApiError(
          "AuthFailure.TokenFailure",
          "token of temporary credentials is wrong",
        );
      }
      if (rec.action !== "TextToVoice") {
        throw new TencentApiError("InvalidAction", `action ${rec.action} not found`);
      }
      if (rec.version !== "2019-08-23") {
        throw new TencentApiError("NoSuchVersion", `version ${rec.version} not found`);
      }
      if (!rec.region) throw new TencentApiError("MissingParameter", "X-TC-Region is required");
      if (!isObject) {
        throw new TencentApiError("InvalidParameter", "body is not a JSON object");
      }
      const text = String(rec.body.Text ?? "");
      const matched = byText && byText.times > 0 && text.includes(byText.fragment)
        ? byText
        : undefined;
      if (matched && !failures.length && !always) matched.times--;
      const injected = failures.shift() ?? always ?? matched;
      if (injected) throw new TencentApiError(injected.code, injected.message);
      const p = validateParams(rec.body);
      if (emulator.throttleRate > 0 && random() < emulator.throttleRate) {
        throw new TencentApiError("RequestLimitExceeded", "request limit exceeded (emulated rate)");
      }
      billed++;
      if (corrupt > 0) {
        corrupt--;
        rec.outcome = "CORRUPT_AUDIO";
        const junk = p.codec === "pcm" ? "" : "bm90IGF1ZGlvIGF0IGFsbA=="; // "not audio at all"
        return envelope({ Audio: junk, SessionId: rec.body.SessionId, Subtitles: [] });
      }
      const { spoken: said, pauseMs } = spokenParts(p.text);
      const spoken = Array.from(said).filter((c) => c.trim() !== "").length;
      const charMs = msPerChar / speedRatio(p.speed);
      // Speech, then the pauses SSML <break>s ask for, as silence.
      const speech = tone(spoken * charMs, p.rate);
      const samples = new Int16Array(speech.length + Math.round((pauseMs / 1000) * p.rate));
      samples.set(speech);
      const audio = p.codec === "wav"
        ? encodeWav({ sampleRate: p.rate, channels: 1, samples })
        : p.codec === "pcm"
        ? pcmToBytes({ sampleRate: p.rate, channels: 1, samples })
        : await encodeAudio(samples, p.rate, "mp3", "32k");
      rec.audioMs = (samples.length / p.rate) * 1000;
      const subtitles = rec.body.EnableSubtitle === true ? emulatedSubtitles(said, charMs) : [];
      return envelope({
        Audio: base64(audio),
        SessionId: rec.body.SessionId,
        Subtitles: subtitles,
      });
    } catch (err) {
      if (!(err instanceof TencentApiError)) throw err;
      rec.outcome = err.code;
      return envelope({ Error: { Code: err.code, Message: err.message } });
    }
  }

  const server = serveCounting(options.port ?? 0, handle);
  const port = server.port;
  const emulator: TencentEmulator = {
    endpoint: `127.0.0.1:${port}`,
    port,
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
    throttleRate: options.throttleRate ?? 0,
    get billed() {
      return billed;
    },
    failNext(n, code = "RequestLimitExceeded", message = "request limit exceeded (emulated)") {
      for (let i = 0; i < n; i++) failures.push({ code, message });
    },
    failAlways(code, message = "failure (emulated)") {
      always = code === undefined ? undefined : { code, message };
    },
    failText(fragment, code = "RequestLimitExceeded", message = "failure (emulated)", times) {
      byText = fragment === undefined
        ? undefined
        : { fragment, code, message, times: times ?? Infinity };
    },
    corruptNext(n) {
      corrupt += n;
    },
    failNextHttp(n, status = 502) {
      for (let i = 0; i < n; i++) httpFailures.push(status);
    },
    hold: () => hold.hold(),
    release: () => hold.release(),
    reset() {
      requests = [];
      server.resetMax();
      failures = [];
      httpFailures = [];
      always = undefined;
      byText = undefined;
      corrupt = 0;
      billed = 0;
      emulator.throttleRate = 0;
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
  // Standalone: `deno run -A test/tencent_emulator.ts [port]` with TENCENTCLOUD_SECRET_ID/KEY set.
  const id = Deno.env.get("TENCENTCLOUD_SECRET_ID") ?? "AKIDemulator";
  const key = Deno.env.get("TENCENTCLOUD_SECRET_KEY") ?? "emulator-secret";
  const token = Deno.env.get("TENCENTCLOUD_SESSION_TOKEN");
  const emu = await startTencentEmulator({
    credentials: { [id]: key },
    sessionTokens: token ? { [id]: token } : undefined,
    port: Number(Deno.args[0] ?? 0),
    latencyMs: Number(Deno.env.get("EMULATOR_LATENCY_MS") ?? 0),
    throttleRate: Number(Deno.env.get("EMULATOR_THROTTLE_RATE") ?? 0),
  });
  console.log(`tencent emulator on http://${emu.endpoint} (SecretId ${id})`);
  Deno.addSignalListener("SIGINT", () => emu.close().then(() => Deno.exit(0)));
}
