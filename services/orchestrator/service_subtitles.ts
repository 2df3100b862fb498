// Subtitle RPCs: save an edited SRT as the project's subtitle file (written whole, the old one
// removed), read it back, and delete it; the project's extras record where it is and who made it.
import type * as grpc from "@grpc/grpc-js";
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import { diskFullError, isDiskFull } from "./chunked_upload.ts";
import { normaliseMediaPath } from "./media_path.ts";
import type { ProjectStore } from "./projects.ts";
import { invalid, required, type Rpc, str } from "./service_rpc.ts";

/** What these RPCs need. */
export interface SubtitleDeps {
  projects: ProjectStore;
  /** Subtitle files live in its `subtitles/` folder. */
  mediaRoot: string;
}

/** The only shape of a subtitle path the server writes. */
const SUBTITLE_PATH = /^subtitles\/[A-Za-z0-9_-]+\.srt$/;

/** Largest subtitle accepted (SRT text). */
const MAX_SUBTITLE_CHARS = 4 * 1024 * 1024;

/** Builds the subtitle handlers over `deps`. */
export function subtitleHandlers(deps: SubtitleDeps, rpc: Rpc): grpc.UntypedServiceImplementation {
  const { projects, mediaRoot } = deps;
  return {
    SaveSubtitle: rpc.unary("SaveSubtitle", async (req) => {
      const id = required(req, "project_id");
      const project = projects.get(id);
      const content = String(req.content ?? "");
      if (content.trim() === "") throw invalid("content", "subtitle content is empty");
      if (content.length > MAX_SUBTITLE_CHARS) {
        throw invalid("content", `subtitle is longer than ${MAX_SUBTITLE_CHARS} characters`);
      }
      const source = str(req, "source") || "user";
      if (source !== "user" && source !== "edited") {
        throw invalid("source", `source must be user or edited: got ${JSON.stringify(source)}`);
      }
      const extra = JSON.parse(project.extra_json) as Record<string, unknown>;
      const old = typeof extra.subtitle_path === "string" ? extra.subtitle_path : "";
      const rel = `subtitles/${id}_${Date.now()}.srt`;
      await Deno.mkdir(join(mediaRoot, "subtitles"), { recursive: true });
      const tmp = join(mediaRoot, `${rel}.${crypto.randomUUID()}.tmp`);
      try {
        await Deno.writeTextFile(tmp, content, { createNew: true });
        await Deno.rename(tmp, join(mediaRoot, rel));
      } catch (err) {
        await Deno.remove(tmp).catch(() => {});
        if (isDiskFull(err)) throw diskFullError("the subtitle", err);
        throw err;
      }
      if (SUBTITLE_PATH.test(old) && old !== rel) {
        await Deno.remove(join(mediaRoot, old)).catch(() => {});
      }
      const edited = source === "edited";
      return projects.update(id, {
        extra: {
          subtitle_path: rel,
          subtitle_source: edited ? (extra.subtitle_source ?? "user") : "user",
          subtitle_status: "ready",
          subtitle_updated_by_user: edited,
          subtitle_updated_at: new Date().toISOString(),
          subtitle_format: "srt",
          subtitle_file_name: str(req, "file_name") || null,
        },
      });
    }),

    GetSubtitle: rpc.unary("GetSubtitle", async (req) => {
      const project = projects.get(required(req, "project_id"));
      const extra = JSON.parse(project.extra_json) as Record<string, unknown>;
      const rel = typeof extra.subtitle_path === "string" ? extra.subtitle_path : "";
      if (!SUBTITLE_PATH.test(rel)) {
        throw new SacvError("NOT_FOUND", `project ${project.id} has no subtitle`, {
          reason: "NO_SUBTITLE",
          details: { project_id: project.id },
        });
      }
      const path = join(mediaRoot, normaliseMediaPath(mediaRoot, rel, "subtitle_path"));
      return { content: await Deno.readTextFile(path), file_path: rel, project };
    }),

    DeleteSubtitle: rpc.unary("DeleteSubtitle", async (req) => {
      const project = projects.get(required(req, "project_id"));
      const extra = JSON.parse(project.extra_json) as Record<string, unknown>;
      const rel = typeof extra.subtitle_path === "string" ? extra.subtitle_path : "";
      if (SUBTITLE_PATH.test(rel)) await Deno.remove(join(mediaRoot, rel)).catch(() => {});
      return projects.update(project.id, {
        extra: {
          subtitle_path: null,
          subtitle_source: null,
          subtitle_status: "none",
          subtitle_updated_by_user: false,
          subtitle_updated_at: new Date().toISOString(),
          subtitle_format: null,
          subtitle_file_name: null,
        },
      });
    }),
  };
}
