// Recommended worker counts per concurrency scope, from cores and free memory.

/** Scopes of the concurrency config: the two task queues plus the TTS global gate. */
export type ConcurrencyScope = "generate_video" | "generate_jianying_draft" | "tts";

/** Every concurrency scope in a fixed order. */
export const CONCURRENCY_SCOPES: readonly ConcurrencyScope[] = [
  "generate_video",
  "generate_jianying_draft",
  "tts",
];

/** The cap of every recommendation. */
export const RECOMMEND_CAP = 16;

/** Machine facts a recommendation is computed from (injectable for tests). */
export interface MachineInfo {
  cores: number;
  freeMemoryBytes: number;
}

/** Reads the cores and free memory of this machine (free memory falls back to 4 GiB). */
export function machineInfo(): MachineInfo {
  let free = 4 * 1024 ** 3;
  try {
    free = Deno.systemMemoryInfo().available;
  } catch {
    // No --allow-sys: keep the fallback.
  }
  return { cores: navigator.hardwareConcurrency || 1, freeMemoryBytes: free };
}

/**
 * `recommend_concurrency(scope)`: ffmpeg-heavy generate_video gets half the
 * cores and one worker per GiB free; drafts (mostly copying and JSON) get one
 * per core and per 512 MiB; TTS is network-bound, so four slots per core.
 * Every value is at least 1 and at most 16.
 */
export function recommendConcurrency(
  scope: ConcurrencyScope,
  info: MachineInfo = machineInfo(),
): number {
  const gib = info.freeMemoryBytes / 1024 ** 3;
  let n: number;
  switch (scope) {
    case "generate_video":
      n = Math.min(Math.floor(info.cores / 2), Math.floor(gib));
      break;
    case "generate_jianying_draft":
      n = Math.min(info.cores, Math.floor(gib * 2));
      break;
    case "tts":
      n = Math.max(4, info.cores * 4);
      break;
  }
  return Math.max(1, Math.min(RECOMMEND_CAP, n));
}
