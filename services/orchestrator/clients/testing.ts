// In-process fake TTS and media servers for the client tests: real gRPC over loopback, with
// switches to drop streams, fail calls transiently and count what arrived.
import * as grpc from "@grpc/grpc-js";
import { serve } from "../../common/server.ts";
import { createLogger } from "../../common/log.ts";
import type { RunningServer } from "../../common/server.ts";

interface Req {
  request_id: string;
  text: string;
}

/** What a fake TTS server saw. */
export interface FakeTtsState {
  /** Streams opened. */
  streams: number;
  /** Streams cancelled by the client. */
  cancelled: number;
  /** Items received, in order (request ids). */
  received: string[];
  /** Items answered with a result, in order. */
  answered: string[];
}

/** Options for {@linkcode fakeTts}. */
export interface FakeTtsOptions {
  /**
   * Decides, when stream `stream` (1-based) receives its n-th item, whether
   * to drop the stream right away with UNAVAILABLE (as a killed replica
   * would look to the client).
   */
  dropOn?: (stream: number, nth: number) => boolean;
  /** Port to listen on (default: a free one). */
  port?: number;
}

/** A running fake TTS server. */
export interface FakeTts {
  server: RunningServer;
  state: FakeTtsState;
  addr: string;
}

/**
 * A tiny TtsService: text "<ms>" answers after ms with 3 bytes of audio;
 * "fail" answers with a RequestLimitExceeded item error.
 */
export async function fakeTts(options: FakeTtsOptions = {}): Promise<FakeTts> {
  const state: FakeTtsState = { streams: 0, cancelled: 0, received: [], answered: [] };
  const impl = {
    SynthesizeStream(call: grpc.ServerDuplexStream<Req, unknown>) {
      const stream = ++state.streams;
      const timers: ReturnType<typeof setTimeout>[] = [];
      let nth = 0;
      let pending = 0;
      let ended = false;
      let dropped = false;
      call.on("cancelled", () => {
        state.cancelled++;
        timers.forEach(clearTimeout);
      });
      call.on("data", (req: Req) => {
        if (dropped) return;
        state.received.push(req.request_id);
        if (options.dropOn?.(stream, ++nth)) {
          dropped = true;
          timers.forEach(clearTimeout);
          call.emit("error", { code: grpc.status.UNAVAILABLE, details: "replica went away" });
          return;
        }
        pending++;
        const ms = Number(req.text) || 0;
        timers.push(setTimeout(() => {
          if (req.text === "fail") {
            call.write({
              error: {
                request_id: req.request_id,
                code: "RESOURCE_EXHAUSTED",
                reason: "RequestLimitExceeded",
                message: "throttled",
                provider: "fake",
                attempts: 3,
                retryable: true,
              },
            });
          } else {
            state.answered.push(req.request_id);
            call.write({
              result: {
                request_id: req.request_id,
                audio: new Uint8Array([1, 2, 3]),
                codec: "wav",
                duration_ms: ms,
                provider: "fake",
                attempts: 1,
              },
            });
          }
          if (--pending === 0 && ended) call.end();
        }, ms));
      });
      call.on("end", () => {
        ended = true;
        if (pending === 0 && !dropped) call.end();
      });
    },
  };
  const server = await serve(`127.0.0.1:${options.port ?? 0}`, {
    services: [{ name: "sacv.tts.v1.TtsService", impl }],
    logger: createLogger("test", { sink: () => {} }),
  });
  return {
    server,
    state,
    addr: `127.0.0.1:${server.port}`,
  };
}

/** A TCP address on 127.0.0.1 nothing listens on (it was free a moment ago). */
export function unusedAddr(): string {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return `127.0.0.1:${port}`;
}

/** Options for {@linkcode fakeMedia}. */
export interface FakeMediaOptions {
  /** Probe calls answered UNAVAILABLE before the first success. */
  unavailableFirst?: number;
  /** Answer Probe with this status instead (e.g. INVALID_ARGUMENT). */
  failWith?: grpc.status;
  port?: number;
}

/** A MediaService whose Probe answers `{path, duration: 1}`, after the failures it was told to give. */
export async function fakeMedia(options: FakeMediaOptions = {}) {
  const state = { probes: 0 };
  const impl = {
    Probe(
      call: grpc.ServerUnaryCall<{ path: string }, unknown>,
      cb: grpc.sendUnaryData<unknown>,
    ) {
      state.probes++;
      if (state.probes <= (options.unavailableFirst ?? 0)) {
        cb({ code: grpc.status.UNAVAILABLE, details: "busy restarting" });
      } else if (options.failWith !== undefined) {
        cb({ code: options.failWith, details: "no such file" });
      } else cb(null, { path: call.request.path, duration: 1, has_video: true });
    },
  };
  const server = await serve(`127.0.0.1:${options.port ?? 0}`, {
    services: [{ name: "sacv.media.v1.MediaService", impl }],
    logger: createLogger("test", { sink: () => {} }),
  });
  return { server, state, addr: `127.0.0.1:${server.port}` };
}
