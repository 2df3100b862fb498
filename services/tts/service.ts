// gRPC handlers of sacv.tts.v1.TtsService over the Synthesizer; errors mapped in one place.
import type * as grpc from "@grpc/grpc-js";
import { isAbortError, SacvError, type StatusName, toGrpcError } from "../common/errors.ts";
import type { Logger } from "../common/log.ts";
import type {
  ItemError,
  Limits,
  ListProvidersResponse,
  ListVoicesRequest,
  ListVoicesResponse,
  PreviewVoiceRequest,
  ProviderLimit,
  SetLimitsRequest,
  SynthesizeRequest,
  SynthesizeResultInit,
  SynthesizeStreamResponseInit,
} from "./messages.ts";
import type { Synthesizer } from "./synthesizer.ts";
import { credentialsFromWire } from "./credentials.ts";
import { listVoices, previewRequest, toWireVoice } from "./voices.ts";

/** Converts any failure of one item into an `ItemError` (the stream's mapping point). */
export function toItemError(
  requestId: string,
  provider: string,
  err: unknown,
): ItemError & { code: StatusName } {
  const e = err instanceof SacvError
    ? err
    : isAbortError(err)
    ? new SacvError("CANCELLED", "operation cancelled", { reason: "CANCELLED" })
    : new SacvError("INTERNAL", err instanceof Error ? err.message : String(err));
  return {
    request_id: requestId,
    code: e.status,
    reason: e.reason,
    message: e.message,
    provider,
    attempts: Number(e.details.attempts ?? (e.status === "INVALID_ARGUMENT" ? 0 : 1)),
    retryable: e.retryable,
  };
}

/** The TTS service implementation plus what shutdown needs. */
export interface TtsServiceHandle {
  impl: grpc.UntypedServiceImplementation;
  /** Calls (unary or stream) in progress. */
  activeCalls(): number;
  /** Aborts every call in progress (used when the drain deadline passes). */
  abortAll(): void;
}

/** Builds the handlers for `sacv.tts.v1.TtsService`. */
export function createTtsService(synth: Synthesizer, logger: Logger): TtsServiceHandle {
  const calls = new Set<AbortController>();
  const track = (): AbortController => {
    const ac = new AbortController();
    calls.add(ac);
    return ac;
  };

  const limits = (): Limits => {
    const snap = synth.gates.snapshot();
    const providers: ProviderLimit[] = Object.entries(snap.providers).map(([name, g]) => ({
      provider: name,
      limit: g.configured,
      in_flight: g.inFlight,
      queued: g.queued,
      effective_limit: g.limit,
      throttles: g.throttles,
      retries: g.retries,
      shared_in_flight: g.clusterInFlight,
    }));
    return {
      global_limit: snap.global.limit,
      global_in_flight: snap.global.inFlight,
      global_queued: snap.global.queued,
      providers,
      mode: snap.mode,
      replicas: snap.replicas,
      shared_global_in_flight: snap.global.clusterInFlight,
    };
  };

  const impl: grpc.UntypedServiceImplementation = {
    Synthesize(
      call: grpc.ServerUnaryCall<SynthesizeRequest, SynthesizeResultInit>,
      cb: grpc.sendUnaryData<SynthesizeResultInit>,
    ) {
      const ac = track();
      // Fires on client cancel and on deadline expiry alike.
      call.on("cancelled", () => ac.abort());
      synth.synthesize(call.request, ac.signal).then(
        (res) => cb(null, res),
        (err) => {
          if (!(err instanceof SacvError) || err.status === "INTERNAL") {
            logger.error("synthesis failed", { request_id: call.request.request_id, error: err });
          }
          cb(toGrpcError(err));
        },
      ).finally(() => calls.delete(ac));
    },

    SynthesizeStream(
      call: grpc.ServerDuplexStream<SynthesizeRequest, SynthesizeStreamResponseInit>,
    ) {
      const ac = track();
      let pending = 0;
      let halfClosed = false;
      let ended = false;
      const finish = () => {
        if (ended) return;
        ended = true;
        calls.delete(ac);
      };
      const maybeEnd = () => {
        if (halfClosed && pending === 0 && !ac.signal.aborted) {
          call.end();
          finish();
        }
      };
      const write = (msg: SynthesizeStreamResponseInit) => {
        if (!ac.signal.aborted && !ended) call.write(msg);
      };
      call.on("cancelled", () => {
        ac.abort();
        finish();
      });
      call.on("error", () => {
        ac.abort();
        finish();
      });
      call.on("data", (req: SynthesizeRequest) => {
        pending++;
        const requestId = req.request_id ?? "";
        const provider = req.provider || synth.registry.defaultName;
        const run = requestId === ""
          ? Promise.reject(
            new SacvError("INVALID_ARGUMENT", "request_id: required on streams", {
              reason: "MISSING_REQUEST_ID",
              details: { field: "request_id" },
            }),
          )
          : synth.synthesize(req, ac.signal);
        run.then(
          (result) => write({ result }),
          (err) => {
            if (ac.signal.aborted) return;
            const error = toItemError(requestId, provider, err);
            if (error.code === "INTERNAL") {
              logger.error("stream item failed", { request_id: requestId, error: err });
            }
            write({ error });
          },
        ).finally(() => {
          pending--;
          maybeEnd();
        });
      });
      call.on("end", () => {
        halfClosed = true;
        maybeEnd();
      });
    },

    GetLimits(_call: grpc.ServerUnaryCall<unknown, Limits>, cb: grpc.sendUnaryData<Limits>) {
      cb(null, limits());
    },

    SetLimits(
      call: grpc.ServerUnaryCall<SetLimitsRequest, Limits>,
      cb: grpc.sendUnaryData<Limits>,
    ) {
      try {
        const { global_limit, provider_limits } = call.request;
        if (global_limit < 0) {
          throw new SacvError(
            "INVALID_ARGUMENT",
            `global_limit: must be a positive integer (0 leaves it unchanged): current value is ${global_limit}`,
            { reason: "BAD_LIMIT", details: { field: "global_limit" } },
          );
        }
        synth.setLimits(global_limit, provider_limits ?? {}).then(() => {
          logger.info("limits changed", { global_limit, provider_limits });
          cb(null, limits());
        }, (err) => cb(toGrpcError(err)));
      } catch (err) {
        cb(toGrpcError(err));
      }
    },

    ListProviders(
      _call: grpc.ServerUnaryCall<unknown, ListProvidersResponse>,
      cb: grpc.sendUnaryData<ListProvidersResponse>,
    ) {
      const snap = synth.gates.snapshot();
      const providers = synth.registry.all().map((p) => {
        const availability = p.availability();
        const gate = snap.providers[p.name];
        return {
          name: p.name,
          available: availability.ok,
          unavailable_reason: availability.ok ? "" : availability.reason ?? "",
          limit: gate?.configured ?? 0,
          in_flight: gate?.inFlight ?? 0,
          default_voice: p.defaultVoice,
          voices: p.voices.map(toWireVoice),
          codecs: [...p.codecs],
          is_default: p.name === synth.registry.defaultName,
          effective_limit: gate?.limit ?? 0,
          queued: gate?.queued ?? 0,
          throttles: gate?.throttles ?? 0,
          retries: gate?.retries ?? 0,
          shared_in_flight: gate?.clusterInFlight ?? 0,
        };
      });
      cb(null, {
        providers,
        default_provider: synth.registry.defaultName,
        global_limit: snap.global.limit,
        global_in_flight: snap.global.inFlight,
        global_queued: snap.global.queued,
        mode: snap.mode,
        replicas: snap.replicas,
      });
    },

    ListVoices(
      call: grpc.ServerUnaryCall<ListVoicesRequest, ListVoicesResponse>,
      cb: grpc.sendUnaryData<ListVoicesResponse>,
    ) {
      const ac = track();
      call.on("cancelled", () => ac.abort());
      const req = call.request;
      Promise.resolve()
        .then(() =>
          listVoices(synth.registry.get(req.provider ?? ""), {
            signal: ac.signal,
            language: req.language,
            credentials: credentialsFromWire(req.credentials),
          })
        )
        .then((res) => cb(null, res), (err) => cb(toGrpcError(err)))
        .finally(() => calls.delete(ac));
    },

    PreviewVoice(
      call: grpc.ServerUnaryCall<PreviewVoiceRequest, SynthesizeResultInit>,
      cb: grpc.sendUnaryData<SynthesizeResultInit>,
    ) {
      const ac = track();
      call.on("cancelled", () => ac.abort());
      Promise.resolve()
        .then(() => {
          const provider = synth.registry.get(call.request.provider ?? "");
          return synth.synthesize(previewRequest(call.request, provider), ac.signal);
        })
        .then((res) => cb(null, res), (err) => {
          if (!(err instanceof SacvError) || err.status === "INTERNAL") {
            logger.error("preview failed", { provider: call.request.provider, error: err });
          }
          cb(toGrpcError(err));
        })
        .finally(() => calls.delete(ac));
    },
  };

  return {
    impl,
    activeCalls: () => calls.size,
    abortAll: () => {
      for (const ac of calls) ac.abort();
    },
  };
}
