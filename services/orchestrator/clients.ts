// The orchestrator's clients for the TTS and media services, created once and shared by the pipelines.
import { type AnyClient, createClient, unary } from "../common/client.ts";
import { createTtsClient, type TtsClient } from "./clients/tts.ts";
import { createMediaClient, type MediaClient } from "./clients/media.ts";
import type { DependencyStatus } from "./messages.ts";

export type * from "./clients/tts.ts";
export type * from "./clients/media.ts";

/**
 * Readiness of one dependency (`sacv.orchestrator.v1.DependencyStatus`, name narrowed);
 * `detail` is "SERVING", or why not (e.g. "UNAVAILABLE: No connection established").
 */
export interface ReadyCheck extends DependencyStatus {
  name: "tts" | "media";
}

/** Both clients plus health checks. */
export interface Clients {
  tts: TtsClient;
  media: MediaClient;
  /** grpc.health.v1 Check on both services with a short deadline; never throws. */
  checkReady(timeoutMs?: number): Promise<ReadyCheck[]>;
  /** Closes every channel. */
  close(): void;
}

/** Addresses of the services (host:port or `dns:///name:port`). */
export interface ClientsConfig {
  ttsAddr: string;
  mediaAddr: string;
}

async function check(
  name: ReadyCheck["name"],
  health: AnyClient,
  timeoutMs: number,
): Promise<ReadyCheck> {
  try {
    const res = await unary<{ service: string }, { status: string }>(
      health,
      "Check",
      { service: "" },
      { timeoutMs },
    );
    return { name, ready: res.status === "SERVING", detail: res.status };
  } catch (err) {
    const e = err as { status?: string; message?: string };
    return { name, ready: false, detail: `${e.status ?? "ERROR"}: ${e.message ?? String(err)}` };
  }
}

/**
 * Creates the TTS and media clients. Channels connect lazily, so this never
 * fails when a service is not up yet; calls then fail with UNAVAILABLE.
 *
 * @example
 * ```ts
 * const clients = createClients({ ttsAddr: "127.0.0.1:50052", mediaAddr: "127.0.0.1:50053" });
 * console.log(await clients.checkReady());
 * clients.close();
 * ```
 */
export function createClients(config: ClientsConfig): Clients {
  for (const [key, value] of Object.entries(config)) {
    if (typeof value !== "string" || value.trim() === "") {
      throw new RangeError(`Cannot create clients as '${key}' is empty: current value is ${value}`);
    }
  }
  const tts = createTtsClient(config.ttsAddr);
  const media = createMediaClient(config.mediaAddr);
  const ttsHealth = createClient("grpc.health.v1.Health", config.ttsAddr);
  const mediaHealth = createClient("grpc.health.v1.Health", config.mediaAddr);
  return {
    tts,
    media,
    checkReady: (timeoutMs = 1500) =>
      Promise.all([check("tts", ttsHealth, timeoutMs), check("media", mediaHealth, timeoutMs)]),
    close() {
      for (const c of [tts.raw, media.raw, ttsHealth, mediaHealth]) c.close();
    },
  };
}
