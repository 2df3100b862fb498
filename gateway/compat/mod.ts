// The superAIAutoCutVideo frontend's narration-flow surface (docs/frontend.md). Paths the two
// surfaces share (project CRUD, tasks, generate, download, concurrency) live in routes/.
import type { App, RouteDeps } from "../envelope.ts";
import { registerHandshake } from "./handshake.ts";
import { registerCompatJianying } from "./jianying.ts";
import { registerCompatProjects } from "./projects.ts";
import { registerCompatTts } from "./tts.ts";
import { registerCompatTtsConfigs } from "./tts_configs.ts";
import { registerUnsupported } from "./unsupported.ts";
import { registerCompatUploads } from "./uploads.ts";

export { unsupportedArea } from "./unsupported.ts";

/** Registers every route of the surface (the 501s first, before `{id}` routes). */
export function registerCompat(app: App, deps: RouteDeps): void {
  registerUnsupported(app);
  registerHandshake(app, deps);
  registerCompatProjects(app, deps);
  registerCompatUploads(app, deps);
  registerCompatTts(app, deps);
  registerCompatTtsConfigs(app, deps);
  registerCompatJianying(app, deps);
}
