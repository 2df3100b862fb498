// In-process probing of the formats the pipeline handles most (MP4/MOV and
// WAV): starting ffprobe costs 100+ ms per call on this build, more than the
// work itself. Anything else (or anything odd) returns null: use ffprobe.
import { probeMp4 } from "./mp4_probe.ts";
import type { ProbeResult } from "./messages.ts";

async function probeWav(
  file: Deno.FsFile,
  size: number,
  shown: string,
): Promise<ProbeResult | null> {
  const head = new Uint8Array(Math.min(size, 4096));
  await file.seek(0, Deno.SeekMode.Start);
  let off = 0;
  while (off < head.length) {
    const n = await file.read(head.subarray(off));
    if (n === null) break;
    off += n;
  }
  const view = new DataView(head.buffer, 0, off);
  let fmt: { format: number; channels: number; rate: number; blockAlign: number } | null = null;
  for (const pos of chunkOffsets(view)) {
    const id = String.fromCharCode(...head.subarray(pos, pos + 4));
    const len = view.getUint32(pos + 4, true);
    if (id === "fmt " && pos + 24 <= off) {
      fmt = {
        format: view.getUint16(pos + 8, true),
        channels: view.getUint16(pos + 10, true),
        rate: view.getUint32(pos + 12, true),
        blockAlign: view.getUint16(pos + 20, true),
      };
    }
    if (id === "data") {
      // PCM s16le only: other WAV flavours go to ffprobe.
      if (!fmt || fmt.format !== 1 || fmt.blockAlign !== fmt.channels * 2 || !fmt.rate) return null;
      const bytes = Math.min(len, size - (pos + 8));
      const seconds = Math.floor(bytes / fmt.blockAlign) / fmt.rate;
      return {
        path: shown,
        duration: seconds,
        has_video: false,
        has_audio: true,
        video_duration: 0,
        audio_duration: seconds,
        fps: 0,
        width: 0,
        height: 0,
        video_codec: "",
        audio_codec: "pcm_s16le",
        sample_rate: fmt.rate,
        channels: fmt.channels,
        format: "wav",
      };
    }
  }
  return null;
}

function* chunkOffsets(view: DataView): Generator<number> {
  let pos = 12;
  while (pos + 8 <= view.byteLength) {
    yield pos;
    pos += 8 + view.getUint32(pos + 4, true) + (view.getUint32(pos + 4, true) % 2);
  }
}

/**
 * Probes an MP4/MOV (ISO BMFF) or PCM WAV file without spawning ffprobe.
 * Returns null for anything else or anything it does not fully understand.
 */
export async function probeNative(absPath: string, shown: string): Promise<ProbeResult | null> {
  let file: Deno.FsFile;
  try {
    file = await Deno.open(absPath, { read: true });
  } catch {
    return null;
  }
  try {
    const size = (await file.stat()).size;
    const magic = new Uint8Array(12);
    if ((await file.read(magic)) !== 12) return null;
    const tag = (from: number) => String.fromCharCode(...magic.subarray(from, from + 4));
    if (tag(0) === "RIFF" && tag(8) === "WAVE") return await probeWav(file, size, shown);
    if (["ftyp", "moov", "free", "wide", "mdat"].includes(tag(4))) {
      return await probeMp4(file, size, shown);
    }
    return null;
  } catch {
    return null;
  } finally {
    file.close();
  }
}
