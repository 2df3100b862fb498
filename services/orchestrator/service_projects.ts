// Project RPCs: create (with a checked script and media path), list, read, update fields
// (partial: only the fields sent), replace the script, and delete a project with no task running.
import type * as grpc from "@grpc/grpc-js";
import { SacvError } from "../common/errors.ts";
import { join } from "node:path";
import type { ChunkedUploads } from "./chunked_upload.ts";
import { normaliseMediaPath } from "./media_path.ts";
import {
  NARRATION_TYPES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  type ProjectPatch,
  type ProjectStore,
} from "./projects.ts";
import { invalid, isSet, optional, type Req, required, type Rpc, str } from "./service_rpc.ts";
import type { TaskStore } from "./tasks.ts";

/** What these RPCs need. */
export interface ProjectDeps {
  projects: ProjectStore;
  tasks: TaskStore;
  /** Chunked uploads bound to projects (removed with the project). */
  uploads: ChunkedUploads;
  mediaRoot: string;
  /** Where whole uploads land; `bgm/<project_id>/` (UploadBgm) goes with the project. */
  uploadsDir: string;
  /** Parses a script, throwing INVALID_ARGUMENT naming bad segments; returns what to store. */
  parseScript(script: unknown): { script: Record<string, unknown> };
}

/** Extras only the server writes (a client could otherwise point them at any file). */
const SERVER_OWNED_EXTRAS: readonly string[] = ["subtitle_path"];

/** A value of `allowed` for an optional proto field, or undefined when unset. */
function oneOf(req: Req, field: string, allowed: readonly string[]): string | undefined {
  if (!isSet(req, field)) return undefined;
  const v = str(req, field);
  if (!allowed.includes(v)) {
    throw invalid(field, `${field} must be one of ${allowed.join(", ")}: got ${JSON.stringify(v)}`);
  }
  return v;
}

function parseExtra(json: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (err) {
    throw invalid("extra_json", `extra_json is not valid JSON: ${(err as Error).message}`);
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw invalid("extra_json", "extra_json must be a JSON object");
  }
  return v as Record<string, unknown>;
}

/** Builds the project handlers over `deps`. */
export function projectHandlers(deps: ProjectDeps, rpc: Rpc): grpc.UntypedServiceImplementation {
  const { projects, mediaRoot } = deps;
  const media = (path: string, field: string) =>
    path === "" ? "" : normaliseMediaPath(mediaRoot, path, field);

  /** The script in `json`, checked and re-serialised as stored. */
  const scriptText = (json: string): string => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch (err) {
      throw invalid("script_json", `script_json is not valid JSON: ${(err as Error).message}`);
    }
    return JSON.stringify(deps.parseScript(parsed).script);
  };

  return {
    CreateProject: rpc.unary("CreateProject", (req) => {
      const name = required(req, "name");
      // A project may get its video later, by upload (the superAIAutoCutVideo flow).
      const given = str(req, "video_path");
      const videoPath = given === "" ? "" : normaliseMediaPath(mediaRoot, given);
      const json = str(req, "script_json");
      const choice = (field: string, allowed: readonly string[]) => {
        const v = str(req, field);
        if (v !== "" && !allowed.includes(v)) {
          throw invalid(field, `${field} must be one of ${allowed.join(", ")}: got '${v}'`);
        }
        return v;
      };
      return projects.create({
        name,
        videoPath,
        scriptJson: json ? scriptText(json) : "",
        description: typeof req.description === "string" ? req.description : "",
        narrationType: choice("narration_type", NARRATION_TYPES),
        projectType: choice("project_type", PROJECT_TYPES),
      });
    }),

    ListProjects: rpc.unary("ListProjects", () => ({ projects: projects.list() })),

    GetProject: rpc.unary("GetProject", (req) => projects.get(required(req, "project_id"))),

    UpdateProject: rpc.unary("UpdateProject", (req) => {
      const id = required(req, "project_id");
      projects.get(id);
      const patch: ProjectPatch = {
        narrationType: oneOf(req, "narration_type", NARRATION_TYPES),
        projectType: oneOf(req, "project_type", PROJECT_TYPES),
        status: oneOf(req, "status", PROJECT_STATUSES),
      };
      const name = optional(req, "name");
      if (name !== undefined) {
        if (name.trim() === "") throw invalid("name", "name must not be empty");
        patch.name = name.trim();
      }
      patch.description = optional(req, "description");
      const videoPath = optional(req, "video_path");
      if (videoPath !== undefined) patch.videoPath = media(videoPath, "video_path");
      const merged = optional(req, "merged_video_path");
      if (merged !== undefined) patch.mergedVideoPath = media(merged, "merged_video_path");
      const list = req.video_paths as { values?: string[] } | null | undefined;
      if (list) {
        patch.videoPaths = (list.values ?? []).map((p, i) => media(p, `video_paths[${i}]`));
      }
      const script = optional(req, "script_json");
      if (script !== undefined) patch.scriptJson = script === "" ? "" : scriptText(script);
      const extra = optional(req, "extra_json");
      if (extra !== undefined) {
        patch.extra = parseExtra(extra);
        for (const key of SERVER_OWNED_EXTRAS) delete patch.extra[key];
      }
      return projects.update(id, patch);
    }),

    UpdateScript: rpc.unary("UpdateScript", (req) => {
      const id = required(req, "project_id");
      projects.get(id);
      return projects.updateScript(id, scriptText(required(req, "script_json")));
    }),

    DeleteProject: rpc.unary("DeleteProject", async (req) => {
      const id = required(req, "project_id");
      projects.get(id);
      for (const scope of ["generate_video", "generate_jianying_draft"] as const) {
        const active = deps.tasks.findActive(id, scope);
        if (active) {
          throw new SacvError(
            "FAILED_PRECONDITION",
            `project ${id} has a ${active.status} ${scope} task (${active.task_id}); cancel it first`,
            { reason: "TASK_ACTIVE", details: { project_id: id, task_id: active.task_id } },
          );
        }
      }
      const deleted = projects.delete(id);
      await deps.uploads.removeProject(id);
      // Its background music goes with it (a folder only ever created by UploadBgm).
      await Deno.remove(join(deps.uploadsDir, "bgm", id), { recursive: true }).catch(() => {});
      return { deleted };
    }),
  };
}
