// A local emulator of Microsoft Edge's read-aloud service for tests and offline demos: the
// synthesis WebSocket (Sec-MS-GEC checked, speech.config then ssml in; turn.start, word
// boundaries, MP3 audio frames and turn.end out) and the voice list, with throttling and
// failure injection and a count of open connections.
import {
  audioMessage,
  EDGE_ORIGIN,
  handshakeProblem,
  parseSsml,
  parseTextMessage,
  SYNTH_PATH,
  textMessage,
  TRUSTED_CLIENT_TOKEN,
  VOICES_PATH,
  wordBoundaries,
} from "./edge_emulator_protocol.ts";
import { encodeAudio, tone } from "./support/emulator_audio.ts";
import { Hold, waitUntil } from "./support/emulator_server.ts";

export { EDGE_ORIGIN, TRUSTED_CLIENT_TOKEN };

/** A voice as the voice list describes it. */
export interface EdgeVoiceEntry {
  Name: string;
  ShortName: string;
  Gender: string;
  Locale: string;
  SuggestedCodec: string;
  FriendlyName: string;
  Status: string;
}

/** Options for {@linkcode startEdgeEmulator}. */
export interface EdgeEmulatorOptions {
  /** Voices it has (ShortName, Gender, Locale). Default a few Chinese and English ones. */
  voices?: { ShortName: string; Gender: string; Locale: string }[];
  /** Audio per spoken character at rate 1, in ms. Default 60. */
  msPerChar?: number;
  /** Connections allowed at once; more are refused with HTTP 429. Default unlimited. */
  maxConnections?: number;
  /** Port on 127.0.0.1. Default 0: a free port. */
  port?: number;
}

/** One connection as the emulator saw it. */
export interface EdgeRecordedRequest {
  /** `OK`, `HANDSHAKE_<status>`, `NO_AUDIO`, `DROPPED` (closed by us), `CLIENT_CLOSED`. */
  outcome: string;
  /** Why a handshake was refused. */
  problem?: string;
  query: Record<string, string>;
  userAgent: string;
  outputFormat: string;
  wordBoundary: boolean;
  voice: string;
  rate: string;
  text: string;
  /** Length of the audio sent, in ms. */
  audioMs: number;
}

/** A running emulator; see {@linkcode startEdgeEmulator}. */
export interface EdgeEmulator {
  /** `ws://127.0.0.1:<port>/consumer/…/edge/v1`, for `SACV_EDGE_TTS_ENDPOINT`. */
  readonly endpoint: string;
  readonly requests: readonly EdgeRecordedRequest[];
  /** WebSocket connections open now, and the most ever at once. */
  readonly openConnections: number;
  readonly maxConnections: number;
  /** Refuses the next `n` handshakes with HTTP `status` (429 throttles, 403 a bad token). */
  failNextHandshake(n: number, status?: number): void;
  /** Drops the next `n` connections after part of the audio, without turn.end. */
  dropNext(n: number): void;
  /** Sends the next `n` connections a message with no X-RequestId (a broken server). */
  garbleNext(n: number): void;
  /** Holds every synthesis (after turn.start) until {@linkcode EdgeEmulator.release}. */
  hold(): void;
  release(): void;
  reset(): void;
  waitUntil(predicate: () => boolean, what: string, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const DEFAULT_VOICES = [
  { ShortName: "zh-CN-XiaoxiaoNeural", Gender: "Female", Locale: "zh-CN" },
  { ShortName: "zh-CN-YunxiNeural", Gender: "Male", Locale: "zh-CN" },
  { ShortName: "zh-HK-HiuGaaiNeural", Gender: "Female", Locale: "zh-HK" },
  { ShortName: "en-US-AriaNeural", Gender: "Female", Locale: "en-US" },
  { ShortName: "en-US-GuyNeural", Gender: "Male", Locale: "en-US" },
];
const FORMAT = "audio-24khz-48kbitrate-mono-mp3";
const RATE = 24000;
const TICKS_PER_MS = 10_000;

/**
 * Starts the emulator on 127.0.0.1. Point the edge provider at `emulator.endpoint`.
 *
 * @example
 * ```ts
 * const emu = await startEdgeEmulator();
 * // SACV_EDGE_TTS_ENDPOINT=${emu.endpoint}
 * await emu.close();
 * ```
 */
export function startEdgeEmulator(options: EdgeEmulatorOptions = {}): Promise<EdgeEmulator> {
  const voices: EdgeVoiceEntry[] = (options.voices ?? DEFAULT_VOICES).map((v) => ({
    ...v,
    Name: `Microsoft Server Speech Text to Speech Voice (${v.Locale}, ${
      v.ShortName.split("-")[2]
    })`,
    SuggestedCodec: FORMAT,
    FriendlyName: `Microsoft ${v.ShortName} Online (Natural) - ${v.Locale}`,
    Status: "GA",
  }));
  const msPerChar = options.msPerChar ?? 60;
  let requests: EdgeRecordedRequest[] = [];
  let open = 0;
  let maxOpen = 0;
  let handshakeFailures: number[] = [];
  let drops = 0;
  let garbles = 0;
  const hold = new Hold();
  const sockets = new Set<WebSocket>();

  async function speak(
    ws: WebSocket,
    rec: EdgeRecordedRequest,
    raw: string,
    closed: Promise<void>,
  ) {
    const { headers, body } = parseTextMessage(raw);
    const requestId = headers["x-requestid"] ?? "";
    const meta = (path: string, json: string) =>
      textMessage({
        "X-RequestId": requestId,
        "Content-Type": "application/json; charset=utf-8",
        Path: path,
      }, json);
    const ssml = parseSsml(body);
    rec.voice = ssml.voice;
    rec.rate = ssml.rateRaw;
    rec.text = ssml.text;
    if (garbles > 0) {
      garbles--;
      rec.outcome = "GARBLED";
      ws.send(textMessage({ Path: "turn.start" }, "{}"));
      return;
    }
    ws.send(meta("turn.start", JSON.stringify({ context: { serviceTag: crypto.randomUUID() } })));
    await hold.pass(closed);
    if (ws.readyState !== WebSocket.OPEN) return;
    const spoken = Array.from(ssml.text).filter((c) => c.trim() !== "").length;
    if (!voices.some((v) => v.ShortName === ssml.voice) || spoken === 0) {
      // The real service answers an unknown voice with a turn and no audio.
      rec.outcome = "NO_AUDIO";
      ws.send(meta("turn.end", "{}"));
      return;
    }
    const charMs = msPerChar / ssml.rate;
    const samples = tone(spoken * charMs, RATE);
    const mp3 = await encodeAudio(samples, RATE, "mp3", "48k");
    rec.audioMs = (samples.length / RATE) * 1000;
    ws.send(meta("response", JSON.stringify({ audio: { type: "inline", streamId: requestId } })));
    if (rec.wordBoundary) {
      for (const w of wordBoundaries(ssml.text, charMs)) {
        ws.send(meta(
          "audio.metadata",
          JSON.stringify({
            Metadata: [{
              Type: "WordBoundary",
              Data: {
                Offset: Math.round(w.offsetMs * TICKS_PER_MS),
                Duration: Math.round(w.durationMs * TICKS_PER_MS),
                text: { Text: w.text, Length: w.text.length, BoundaryType: "WordBoundary" },
              },
            }],
          }),
        ));
      }
    }
    const dropping = drops > 0 && drops-- > 0;
    for (let at = 0; at < mp3.length; at += 4096) {
      if (ws.readyState !== WebSocket.OPEN) return;
      ws.send(audioMessage(requestId, requestId, mp3.subarray(at, at + 4096)));
      if (dropping) {
        rec.outcome = "DROPPED";
        ws.close(1011, "internal error (emulated)");
        return;
      }
    }
    ws.send(meta("turn.end", "{}"));
  }

  function handle(req: Request): Response | Promise<Response> {
    const url = new URL(req.url);
    if (url.pathname === VOICES_PATH) {
      if (url.searchParams.get("trustedclienttoken") !== TRUSTED_CLIENT_TOKEN) {
        return new Response("forbidden", { status: 403 });
      }
      return Response.json(voices);
    }
    if (url.pathname !== SYNTH_PATH) return new Response("not found", { status: 404 });
    return upgrade(req, url);
  }

  async function upgrade(req: Request, url: URL): Promise<Response> {
    const rec: EdgeRecordedRequest = {
      outcome: "OK",
      query: Object.fromEntries(url.searchParams),
      userAgent: req.headers.get("user-agent") ?? "",
      outputFormat: "",
      wordBoundary: false,
      voice: "",
      rate: "",
      text: "",
      audioMs: 0,
    };
    requests.push(rec);
    const refuse = (status: number, problem: string) => {
      rec.outcome = `HANDSHAKE_${status}`;
      rec.problem = problem;
      return new Response(problem, { status });
    };
    const injected = handshakeFailures.shift();
    if (injected !== undefined) return refuse(injected, "injected");
    const problem = await handshakeProblem(req);
    if (problem) return refuse(403, problem);
    if (options.maxConnections !== undefined && open >= options.maxConnections) {
      return refuse(429, "too many connections");
    }
    if ((req.headers.get("upgrade") ?? "").toLowerCase() !== "websocket") {
      return refuse(426, "not a WebSocket upgrade");
    }
    const { socket, response } = Deno.upgradeWebSocket(req);
    open++;
    maxOpen = Math.max(maxOpen, open);
    sockets.add(socket);
    const closed = Promise.withResolvers<void>();
    let turns = Promise.resolve();
    socket.onclose = () => {
      open--;
      sockets.delete(socket);
      if (rec.outcome === "OK" && rec.audioMs === 0) rec.outcome = "CLIENT_CLOSED";
      closed.resolve();
    };
    socket.onmessage = (e) => {
      if (typeof e.data !== "string") return;
      const { headers, body } = parseTextMessage(e.data);
      const path = headers["path"];
      if (path === "speech.config") {
        const audio = JSON.parse(body).context?.synthesis?.audio ?? {};
        rec.outputFormat = audio.outputFormat ?? "";
        rec.wordBoundary = String(audio.metadataoptions?.wordBoundaryEnabled) === "true";
        if (rec.outputFormat !== FORMAT) {
          socket.close(1007, `unsupported format ${rec.outputFormat}`);
        }
      } else if (path === "ssml") {
        turns = turns.then(() => speak(socket, rec, e.data as string, closed.promise)).catch(
          (err) => {
            rec.outcome = `ERROR ${(err as Error).message}`;
            if (socket.readyState === WebSocket.OPEN) socket.close(1007, "bad request");
          },
        );
      }
    };
    return response;
  }

  const server = Deno.serve(
    { hostname: "127.0.0.1", port: options.port ?? 0, onListen() {} },
    handle,
  );
  const emulator: EdgeEmulator = {
    endpoint: `ws://127.0.0.1:${server.addr.port}${SYNTH_PATH}`,
    get requests() {
      return requests;
    },
    get openConnections() {
      return open;
    },
    get maxConnections() {
      return maxOpen;
    },
    failNextHandshake(n, status = 429) {
      for (let i = 0; i < n; i++) handshakeFailures.push(status);
    },
    dropNext(n) {
      drops += n;
    },
    garbleNext(n) {
      garbles += n;
    },
    hold: () => hold.hold(),
    release: () => hold.release(),
    reset() {
      requests = [];
      maxOpen = open;
      handshakeFailures = [];
      drops = 0;
      garbles = 0;
    },
    waitUntil,
    async close() {
      hold.release();
      for (const s of sockets) s.close();
      await server.shutdown();
    },
  };
  return Promise.resolve(emulator);
}

if (import.meta.main) {
  // Standalone: `deno run -A test/edge_emulator.ts [port]`.
  const emu = await startEdgeEmulator({ port: Number(Deno.args[0] ?? 0) });
  console.log(`edge read-aloud emulator: SACV_EDGE_TTS_ENDPOINT=${emu.endpoint}`);
  Deno.addSignalListener("SIGINT", () => emu.close().then(() => Deno.exit(0)));
}
