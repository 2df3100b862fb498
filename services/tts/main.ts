// Entry point of the TTS service: config, server, signals.
import { createLogger } from "../common/log.ts";
import { exitOnSignal } from "../common/server.ts";
import { loadConfig } from "./config.ts";
import { startTtsService } from "./app.ts";

let config;
try {
  config = loadConfig();
} catch (err) {
  console.error(`tts: invalid configuration: ${err instanceof Error ? err.message : err}`);
  Deno.exit(2);
}
const logger = createLogger("tts", { level: config.logLevel });
let tts;
try {
  tts = await startTtsService(config, { logger });
} catch (err) {
  console.error(`tts: cannot start: ${err instanceof Error ? err.message : err}`);
  Deno.exit(2);
}
exitOnSignal(() => tts.stop(config.drainMs), logger);
