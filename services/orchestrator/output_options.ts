// A video task's output options from SubmitTaskRequest (subtitles burn-in, output frame):
// checked (INVALID_ARGUMENT naming the field) and kept in the task's stored options only when
// they ask for something, so a resumed task renders the same.
import { checkFrame, checkStyle, frameRequested } from "../common/output_frame.ts";
import type { TaskOptions } from "./pipeline.ts";

type Req = Record<string, unknown>;

/** The `subtitles` / `output` task options of a SubmitTask request (absent when not asked). */
export function outputOptions(req: Req): Pick<TaskOptions, "subtitles" | "output"> {
  const s = (req.subtitles ?? null) as TaskOptions["subtitles"] | null;
  const f = (req.output ?? null) as TaskOptions["output"] | null;
  checkStyle(s, "subtitles");
  checkFrame(f, "output");
  const out: Pick<TaskOptions, "subtitles" | "output"> = {};
  if (s?.burn) {
    out.subtitles = { burn: true };
    if (s.font_size) out.subtitles.font_size = s.font_size;
    if (s.position) out.subtitles.position = s.position;
    if (s.outline !== undefined && s.outline !== null) out.subtitles.outline = s.outline;
  }
  if (f && frameRequested(f)) {
    out.output = {};
    for (const k of ["aspect", "width", "height", "fit", "fps"] as const) {
      if (f[k]) (out.output as Record<string, unknown>)[k] = f[k];
    }
  }
  return out;
}
