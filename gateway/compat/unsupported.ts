// Features of superAIAutoCutVideo this backend does not have (LLM copywriting, ASR, scene
// extraction, local model management, ...): each answers 501 naming the feature, so the
// frontend shows a clear message instead of a 404.
import { createRoute } from "@hono/zod-openapi";
import { type App } from "../envelope.ts";
import { HttpError } from "../errors.ts";
import { errors } from "../openapi.ts";
import { COMPAT_TAG } from "./envelope.ts";

type Method = "get" | "post" | "put" | "patch" | "delete";

/** Documented unsupported routes: method, path, feature. */
export const UNSUPPORTED: readonly [Method, string, string][] = [
  ["post", "/api/projects/generate-copywriting", "LLM copywriting"],
  ["post", "/api/projects/generate-script", "LLM script generation"],
  ["post", "/api/projects/{id}/extract-subtitle", "ASR subtitle extraction"],
  ["post", "/api/projects/{id}/extract-scene", "scene extraction"],
  ["get", "/api/projects/{id}/scenes", "scene extraction"],
  ["get", "/api/projects/{id}/scene-status/{task_id}", "scene extraction"],
  ["post", "/api/projects/{id}/merge/videos", "merging several source videos"],
  ["get", "/api/projects/{id}/merge/videos/status/{task_id}", "merging several source videos"],
  ["post", "/api/projects/{id}/trim/video", "video trimming"],
  ["get", "/api/projects/{id}/trim/video/status/{task_id}", "video trimming"],
  ["post", "/api/projects/{id}/video/prepare", "video trimming"],
  ["get", "/api/projects/{id}/open-in-explorer", "opening a file manager (desktop app only)"],
  ["get", "/api/projects/{id}/logs", "log streaming"],
];

/** Whole upstream areas without a counterpart here (not listed route by route). */
const UNSUPPORTED_PREFIXES: readonly [string, string][] = [
  ["/api/models/", "LLM and vision model settings"],
  ["/api/prompts", "prompt templates"],
  ["/api/asr/", "ASR model management"],
  ["/api/vision/", "vision model management"],
  ["/api/tts/qwen3", "local Qwen3-TTS voices"],
  ["/api/tts/qwen-online", "Qwen online TTS voices"],
  ["/api/tts/voxcpm", "local VoxCPM-TTS voices"],
  ["/api/settings/", "storage settings"],
  ["/api/logs", "log streaming"],
  ["/api/health/", "integration self-test"],
];

function notSupported(feature: string): HttpError {
  return new HttpError(
    501,
    `${feature} is not supported by this backend (SACV narration services); see docs/frontend.md`,
    "NOT_SUPPORTED",
    { feature },
  );
}

/** Registers the 501 routes (before any `{id}` route they could be mistaken for). */
export function registerUnsupported(app: App): void {
  for (const [method, path, feature] of UNSUPPORTED) {
    app.openapi(
      createRoute({
        method,
        path,
        tags: [COMPAT_TAG],
        summary: `Not supported: ${feature}`,
        responses: errors(501),
      }),
      () => {
        throw notSupported(feature);
      },
    );
  }
}

/** The 501 for a path in an unsupported upstream area, or undefined (then it is a 404). */
export function unsupportedArea(path: string): HttpError | undefined {
  const hit = UNSUPPORTED_PREFIXES.find(([p]) => path.startsWith(p));
  return hit ? notSupported(hit[1]) : undefined;
}
