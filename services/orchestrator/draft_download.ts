// ReadDraftZip: one of a project's drafts streamed as a zip over gRPC, never held in memory.
import type * as grpc from "@grpc/grpc-js";
import { basename, isAbsolute, join, relative, resolve } from "node:path";
import { SacvError } from "../common/errors.ts";
import type { ProjectStore } from "./projects.ts";
import { zipFolder } from "./draft/zip.ts";

/** Bytes per FileChunk: small zip headers are gathered up to this. */
const CHUNK_BYTES = 256 * 1024;

/** Where drafts may be read from. */
export interface DraftDownloadDeps {
  projects: Pick<ProjectStore, "get">;
  dataDir: string;
  mediaRoot: string;
}

function inside(root: string, path: string): boolean {
  const rel = relative(resolve(root), path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The absolute folder of a project's draft: `draftDir` (as a task result gave
 * it) when it is one of the project's drafts, else the newest. NOT_FOUND when
 * the project has none or the folder is gone.
 */
export async function draftFolderOf(
  deps: DraftDownloadDeps,
  projectId: string,
  draftDir = "",
): Promise<string> {
  const project = deps.projects.get(projectId);
  const dirs = project.jianying_draft_dirs;
  const want = draftDir.trim();
  const chosen = want ? dirs.find((d) => d === want) : dirs.at(-1);
  if (chosen === undefined) {
    throw new SacvError(
      "NOT_FOUND",
      want
        ? `project ${project.id} has no draft ${want}`
        : `project ${project.id} has no Jianying draft yet`,
      { reason: "NO_DRAFT", details: { project_id: project.id, field: "draft_dir" } },
    );
  }
  const abs = isAbsolute(chosen) ? chosen : join(deps.dataDir, chosen);
  if (!inside(deps.dataDir, abs) && !inside(deps.mediaRoot, abs)) {
    throw new SacvError("FAILED_PRECONDITION", `draft ${chosen} is outside the data dir`, {
      reason: "DRAFT_OUTSIDE",
      details: { field: "draft_dir" },
    });
  }
  try {
    if ((await Deno.stat(abs)).isDirectory) return abs;
  } catch {
    // Reported below.
  }
  throw new SacvError("NOT_FOUND", `draft ${chosen} no longer exists`, {
    reason: "DRAFT_MISSING",
    details: { project_id: project.id, field: "draft_dir" },
  });
}

/** Waits until `call` can take more data, or is cancelled or closed. */
function writable(call: grpc.ServerWritableStream<unknown, unknown>): Promise<void> {
  return new Promise((done) => {
    const events = ["drain", "cancelled", "close", "error"] as const;
    const settle = () => {
      for (const e of events) call.off(e, settle);
      done();
    };
    for (const e of events) call.once(e, settle);
  });
}

/**
 * Streams the draft folder `dir` to `call` as `<folder>.zip`: the first
 * chunk carries the file name, then the archive in chunks of up to 256 KiB.
 * A client that cancels stops the zipping at once.
 */
export async function sendDraftZip(
  call: grpc.ServerWritableStream<unknown, unknown>,
  dir: string,
): Promise<void> {
  const name = basename(dir);
  const ac = new AbortController();
  const stop = () => ac.abort();
  call.once("cancelled", stop);
  call.once("close", stop);
  const reader = zipFolder(dir, { rootName: name, signal: ac.signal }).getReader();
  let offset = 0;
  let first = true;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const send = async () => {
    const data = new Uint8Array(pendingBytes);
    let at = 0;
    for (const p of pending) (data.set(p, at), at += p.length);
    pending = [];
    pendingBytes = 0;
    const ok = call.write({ data, total_size: 0, offset, filename: first ? `${name}.zip` : "" });
    first = false;
    offset += data.length;
    if (!ok) await writable(call);
  };
  try {
    while (true) {
      if (call.cancelled || call.destroyed) return;
      const { value, done } = await reader.read();
      if (done) break;
      pending.push(value);
      pendingBytes += value.length;
      if (pendingBytes >= CHUNK_BYTES) await send();
    }
    if (pendingBytes > 0 || first) await send();
  } finally {
    ac.abort();
    call.off("cancelled", stop);
    call.off("close", stop);
    await reader.cancel().catch(() => {});
  }
}
