// GET /ws: relays the orchestrator's event stream to a WebSocket, one gRPC stream per socket.
import type { App } from "./envelope.ts";
import { upgradeWebSocket } from "hono/deno";
import type { WSContext } from "hono/ws";
import { eventJson } from "./convert.ts";
import type { RouteDeps } from "./envelope.ts";

/** Open sockets, so shutdown can close them (Deno.serve waits for upgraded connections). */
export type SocketRegistry = Set<{ close(code: number, reason: string): void }>;

function heartbeat(projectId: string, message: string): string {
  return JSON.stringify({
    type: "heartbeat",
    scope: "",
    project_id: projectId,
    task_id: "",
    phase: "",
    status: "",
    progress: 0,
    message,
    timestamp: new Date().toISOString(),
  });
}

/**
 * Registers `/ws`. Each socket gets its own `WatchEvents` stream (filtered by
 * `?project_id=`), a `heartbeat` with message "subscribed" once the stream is
 * live, then one every `heartbeatMs`; the stream is cancelled
 * when the socket closes. The socket closes with 1011 if the stream fails.
 * A client message `{"type": "ping"}` is answered `{"type": "pong", timestamp}`
 * (the superAIAutoCutVideo frontend's keepalive).
 */
export function registerWebSocket(app: App, deps: RouteDeps, sockets: SocketRegistry): void {
  const { orchestrator, logger, heartbeatMs } = deps;
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/ws",
    tags: ["system"],
    summary: "WebSocket of task events (upgrade); `?project_id=` filters, `?token=` authenticates",
    description: "Messages are Event objects (type progress, completed, error, cancelled, " +
      'heartbeat); `{"type": "ping"}` is answered `{"type": "pong"}`.',
    responses: { 101: { description: "switching to the WebSocket protocol" } },
  });
  app.get(
    "/ws",
    upgradeWebSocket((c) => {
      const projectId = c.req.query("project_id") ?? "";
      const ac = new AbortController();
      let timer: ReturnType<typeof setInterval> | undefined;
      let entry: { close(code: number, reason: string): void } | undefined;
      const stop = () => {
        ac.abort();
        clearInterval(timer);
        if (entry) sockets.delete(entry);
      };
      const send = (ws: WSContext, text: string) => {
        if (ws.readyState === 1) ws.send(text);
      };
      return {
        onOpen(_evt, ws) {
          entry = { close: (code, reason) => ws.close(code, reason) };
          sockets.add(entry);
          timer = setInterval(() => send(ws, heartbeat(projectId, "")), heartbeatMs);
          (async () => {
            let subscribed = false;
            for await (const e of orchestrator.watchEvents(projectId, ac.signal)) {
              // The orchestrator opens each stream with a heartbeat: from then on no event is
              // missed, which clients learn from the "subscribed" heartbeat. Later orchestrator
              // heartbeats are dropped; the gateway sends its own on its interval.
              if (!subscribed) {
                subscribed = true;
                send(ws, heartbeat(projectId, "subscribed"));
              }
              if (e.type !== "heartbeat") send(ws, JSON.stringify(eventJson(e)));
            }
            if (!ac.signal.aborted) ws.close(1011, "event stream ended");
          })().catch((err) => {
            logger.warn("event stream failed", { project_id: projectId, error: err });
            if (!ac.signal.aborted) ws.close(1011, "orchestrator event stream unavailable");
          }).finally(stop);
        },
        onMessage(evt, ws) {
          let msg: unknown;
          try {
            msg = JSON.parse(typeof evt.data === "string" ? evt.data : "");
          } catch {
            return send(ws, JSON.stringify({ type: "error", message: "invalid JSON" }));
          }
          if ((msg as { type?: unknown })?.type === "ping") {
            send(ws, JSON.stringify({ type: "pong", timestamp: new Date().toISOString() }));
          }
        },
        onClose: stop,
        onError: stop,
      };
    }),
  );
}
