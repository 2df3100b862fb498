// MPEG audio (MP3) frame parsing: duration, sample rate and the bare frames of a file.
import { SacvError } from "../../common/errors.ts";

const MP3_BITRATES = {
  v1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  v2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const MP3_RATES: Record<number, number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

/** What {@linkcode mp3Frames} finds in an MP3 file. */
export interface Mp3Frames {
  /** The audio frames alone, back to back. */
  frames: Uint8Array;
  durationMs: number;
  /** Sample rate of the first frame (0 when there is none). */
  sampleRate: number;
}

/**
 * The MPEG layer III frames of `bytes` (ID3v2 tags and a leading Xing/Info
 * frame dropped, so pieces join into one clean stream), their duration and
 * sample rate. Throws a retryable UNAVAILABLE `BAD_AUDIO` naming `provider`
 * at the first byte that is not a frame.
 */
export function mp3Frames(bytes: Uint8Array, provider = "tts"): Mp3Frames {
  let at = 0;
  if (bytes.length > 10 && bytes[0] === 0x49 && bytes[1] === 0x44 && bytes[2] === 0x33) {
    at = 10 + ((bytes[6] << 21) | (bytes[7] << 14) | (bytes[8] << 7) | bytes[9]);
  }
  const kept: Uint8Array[] = [];
  let seconds = 0;
  let first = true;
  let sampleRate = 0;
  while (at + 4 <= bytes.length) {
    // An ID3v1 tag closes some files: 128 bytes starting "TAG", after the last frame.
    if (
      bytes.length - at === 128 && bytes[at] === 0x54 && bytes[at + 1] === 0x41 &&
      bytes[at + 2] === 0x47
    ) {
      break;
    }
    const h = (bytes[at] << 24 | bytes[at + 1] << 16 | bytes[at + 2] << 8 | bytes[at + 3]) >>> 0;
    const version = (h >>> 19) & 3;
    const rate = MP3_RATES[version]?.[(h >>> 10) & 3];
    const kbps = (version === 3 ? MP3_BITRATES.v1 : MP3_BITRATES.v2)[(h >>> 12) & 15];
    if ((h >>> 21) !== 0x7ff || ((h >>> 17) & 3) !== 1 || !rate || !kbps) {
      throw new SacvError("UNAVAILABLE", `${provider}: invalid MP3 frame at byte ${at}`, {
        reason: "BAD_AUDIO",
        retryable: true,
        details: { provider },
      });
    }
    const samples = version === 3 ? 1152 : 576;
    sampleRate ||= rate;
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
  return { frames, durationMs: Math.round(seconds * 1000), sampleRate };
}
