// Synthesised narration kept in the task's work dir so a resumed task reuses it instead of
// paying the provider again. Completion is recorded atomically: the audio is written to a temp
// name and renamed, then a small JSON record (written the same way) says it is complete, so a
// half-written file is never taken for a finished one.
import { Buffer } from "node:buffer";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type { SynthesizeResult, TtsItem } from "../clients.ts";
import { writeFileInside } from "../safe_path.ts";
import { audioExt } from "./common.ts";

/** What the completion record holds: the result without its audio, plus the audio's size. */
interface AudioRecord extends Omit<SynthesizeResult, "audio"> {
  /** The audio file's name in the work dir. */
  file: string;
  bytes: number;
  /** The item key the audio was made for. */
  key: string;
}

/**
 * A short hash of everything that decides an item's audio (text, provider,
 * voice, speed, codec, sample rate, provider options): a stored file is only
 * reused for the very same request.
 */
export function itemKey(item: TtsItem): string {
  const options = Object.entries(item.options ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  const canonical = JSON.stringify([
    item.text ?? "",
    item.provider ?? "",
    item.voice ?? "",
    Number(item.speed ?? 0),
    item.codec ?? "",
    Number(item.sample_rate ?? 0),
    options,
  ]);
  return createHash("sha256").update(canonical).digest("hex").slice(0, 20);
}

const recordName = (index: number, key: string) => `tts_${index}.${key}.json`;

/**
 * Stores segment `index`'s audio in `workAbs` (audio first, then its
 * completion record), each through a temp file renamed inside the work dir
 * resolved again right before (never outside `roots`); returns the audio
 * file's name.
 */
export async function saveAudio(
  workAbs: string,
  index: number,
  key: string,
  result: SynthesizeResult,
  options: { roots: readonly string[]; signal?: AbortSignal },
): Promise<string> {
  const write = (name: string, data: Uint8Array) =>
    writeFileInside(workAbs, name, data, options.roots, {
      field: "work_dir",
      signal: options.signal,
    });
  const file = `tts_${index}.${key}.${audioExt(result.codec)}`;
  await write(file, result.audio);
  const { audio: _audio, ...rest } = result;
  const record: AudioRecord = { ...rest, file, bytes: result.audio.length, key };
  await write(recordName(index, key), new TextEncoder().encode(JSON.stringify(record)));
  return file;
}

/**
 * The audio a previous run of the task stored for segment `index` and this
 * exact request (`key`), or undefined when there is none or it is incomplete
 * (no record, unreadable record, or the file's size differs from the record).
 * Synchronous: a stage checks its few records before it starts its stream.
 */
export function loadAudio(
  workAbs: string,
  index: number,
  key: string,
): { file: string; result: SynthesizeResult } | undefined {
  let record: AudioRecord;
  try {
    record = JSON.parse(Deno.readTextFileSync(join(workAbs, recordName(index, key))));
  } catch {
    return undefined;
  }
  if (record.key !== key || typeof record.file !== "string" || record.file.includes("/")) {
    return undefined;
  }
  try {
    const audio = Deno.readFileSync(join(workAbs, record.file));
    if (audio.length !== record.bytes) return undefined;
    const { file, bytes: _bytes, key: _key, ...rest } = record;
    return { file, result: { ...rest, audio: Buffer.from(audio) } };
  } catch {
    return undefined;
  }
}
