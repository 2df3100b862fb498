// The success envelope every JSON route of our API answers with, and what route modules get.
import type { Context } from "hono";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { OrchestratorApi } from "./orchestrator.ts";
import type { Logger } from "../services/common/log.ts";

/** Answers `{message, data, timestamp}` (typed, so the route's schema checks it). */
export function ok<T, S extends ContentfulStatusCode = 200>(
  c: Context,
  data: T,
  message = "ok",
  status?: S,
) {
  return c.json({ message, data, timestamp: new Date().toISOString() }, (status ?? 200) as S);
}

/** The app every route module registers on (its default hook maps validation errors). */
export type App = OpenAPIHono;

/** What route modules are built from. */
export interface RouteDeps {
  orchestrator: OrchestratorApi;
  logger: Logger;
  uploadMaxBytes: number;
  /** Largest JSON body. */
  jsonMaxBytes: number;
  heartbeatMs: number;
  /** The port the gateway was configured with (reported by /api/server/info). */
  port: number;
  /** This backend's version (reported by /api/server/info). */
  version: string;
  /** When the gateway started (ISO-8601). */
  startedAt: string;
}
