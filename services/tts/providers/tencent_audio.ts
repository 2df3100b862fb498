// Joining the audio of Tencent's per-piece responses (WAV, raw PCM or MP3) and measuring it.
import { SacvError } from "../../common/errors.ts";
import type { Codec } from "../provider.ts";
import { concatPcm, decodeWav, encodeWav, pcmDurationMs } from "../wav.ts";

const MP3_BITRATES = {
  v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/**
 * The MPEG layer III frames of `bytes` (ID3v2 tags and a leading Xing/Info
 * frame dropped, so pieces join into one clean stream) and their duration.
 */
export function mp3Frames(bytes: Uint8Array): { frames: Uint8Array; durationMs: number } {
  let at = 0;
  if (bytes.length > 10 && bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    at = 10 + ((bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9]);
  }
  const kept: Uint8Array[] = [];
  let seconds = 0;
  let first = true;
  while (at + 4 <= bytes.length) {
    const h = (bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3]) >>> 0;
    const version = (h >>> 19) & 3;
    const rate = MP3_RATES[version]?.[(h >>> 10) & 3];
    const kbps = (version === 3 ? MP3_BITRATES.v1 : MP3_BITRATES.v2)[(h >>> 12) & 15];
    if ((h >>> 21) !== 0x7ff || ((h >>> 17) & 3) !== 1 || !rate || !kbps) {
      throw new SacvError("UNAVAILABLE", `tencent: invalid MP3 frame at byte ${at}`, {
        reason: "BAD_AUDIO",
        retryable: true,
      });
    }
    const samples = version === 3 ? 1152 : 576;
    const size = Math.floor((samples / 8) * kbps * 1000 / rate) + ((h >>> 9) & 1);
    const frame = bytes.subarray(at, Math.min(at + size, bytes.length));
    const tag = new TextDecoder().decode(frame.subarray(4, 40));
    if (!(first && (tag.includes("Xing") || tag.includes("Info")))) {
      kept.push(frame);
      seconds += samples / rate;
    }
    first = false;
    at += size;
  }
  const frames = new Uint8Array(kept.reduce((n, f) => n + f.length, 0));
  let o = 0;
  for (const f of kept) frames.set(f, (o += f.length) - f.length);
  return { frames, durationMs: Math.round(seconds * 1000) };
}

/** Joins the pieces' audio into one file of `codec` and measures it. */
export function joinAudio(
  codec: Codec,
  pieces: readonly Uint8Array[],
  sampleRate: number,
): { audio: Uint8Array; durationMs: number } {
  const concat = (parts: readonly Uint8Array[]) => {
    const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of parts) out.set(p, (o += p.length) - p.length);
    return out;
  };
  if (codec === "wav") {
    let pcm;
    try {
      pcm = concatPcm(pieces.map(decodeWav));
    } catch (err) {
      throw new SacvError("UNAVAILABLE", `tencent: bad WAV audio: ${(err as Error).message}`, {
        reason: "BAD_AUDIO",
        retryable: true,
        cause: err,
      });
    }
    return { audio: encodeWav(pcm), durationMs: pcmDurationMs(pcm) };
  }
  if (codec === "pcm") {
    const audio = concat(pieces);
    return { audio, durationMs: Math.round((audio.length / 2 / sampleRate) * 1000) };
  }
  const parsed = pieces.map(mp3Frames);
  return {
    audio: concat(parsed.map((p) => p.frames)),
    durationMs: parsed.reduce((n, p) => n + p.durationMs, 0),
  };
}
