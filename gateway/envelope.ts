// The success envelope every JSON route answers with: {message, data, timestamp}.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { OrchestratorApi } from "./orchestrator.ts";
import type { Logger } from "../services/common/log.ts";

/** Answers `{message, data, timestamp}`. */
export function ok(
  c: Context,
  data: unknown,
  message = "ok",
  status: ContentfulStatusCode = 200,
): Response {
  return c.json({ message, data, timestamp: new Date().toISOString() }, status);
}

/** What route modules are built from. */
export interface RouteDeps {
  orchestrator: OrchestratorApi;
  logger: Logger;
  uploadMaxBytes: number;
  heartbeatMs: number;
}
