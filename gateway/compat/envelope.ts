// The `{success, data, message}` answer of superAIAutoCutVideo's settings routes (TTS, Jianying).
import type { Context } from "hono";
import { z } from "../openapi.ts";

/** `{success, data, message}` for the docs and typing. */
export function successEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ success: z.boolean(), data, message: z.string() });
}

/** Answers `{success: true, data, message}`. */
export function success<T>(c: Context, data: T, message = "ok") {
  return c.json({ success: true, data, message }, 200);
}

/** The tag every route of the superAIAutoCutVideo surface carries in /openapi.json. */
export const COMPAT_TAG = "superAIAutoCutVideo";
