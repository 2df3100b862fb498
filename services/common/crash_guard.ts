// Keeps a service process alive through errors nothing else caught: a rejected promise or an
// exception thrown from a callback is logged and the process goes on serving.

import type { Logger } from "./log.ts";

let installed = false;

/**
 * Installs process-wide handlers for unhandled rejections and uncaught
 * exceptions that log them (level `error`, message `uncaught`) instead of
 * letting Deno end the process. Entry points call it once; later calls do nothing.
 *
 * @example
 * ```ts
 * installCrashGuards(createLogger("tts"));
 * ```
 */
export function installCrashGuards(logger: Logger): void {
  if (installed) return;
  installed = true;
  globalThis.addEventListener("unhandledrejection", (e) => {
    e.preventDefault();
    logger.error("uncaught", { kind: "unhandled_rejection", error: e.reason });
  });
  globalThis.addEventListener("error", (e) => {
    e.preventDefault();
    logger.error("uncaught", { kind: "exception", error: e.error ?? e.message });
  });
}
