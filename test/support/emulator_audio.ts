// Real audio for the provider emulators: a tone of a given length, encoded by ffmpeg.
import { pcmToBytes } from "../../services/tts/wav.ts";

/** A 220 Hz tone lasting `ms` at `rate` Hz: audible, and its length is what tests measure. */
export function tone(ms: number, rate: number, amplitude = 3000): Int16Array {
  const n = Math.round((ms / 1000) * rate);
  const samples = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    samples[i] = Math.round(amplitude * Math.sin((2 * Math.PI * 220 * i) / rate));
  }
  return samples;
}

/** ffmpeg arguments that write each container/codec a speech API returns. */
const FORMATS: Record<string, string[]> = {
  // A bare stream of frames, as streaming services send it (no ID3 or Xing header).
  mp3: ["-c:a", "libmp3lame", "-write_xing", "0", "-id3v2_version", "0", "-f", "mp3"],
  opus: ["-c:a", "libopus", "-f", "ogg"],
  aac: ["-c:a", "aac", "-f", "adts"],
  flac: ["-c:a", "flac", "-f", "flac"],
};

/**
 * Encodes mono s16le `samples` at `rate` Hz as `format` (mp3, opus, aac, flac)
 * with ffmpeg; `bitrate` like `48k` where the format has one.
 */
export async function encodeAudio(
  samples: Int16Array,
  rate: number,
  format: string,
  bitrate?: string,
): Promise<Uint8Array> {
  const codec = FORMATS[format];
  if (!codec) throw new RangeError(`Cannot encode '${format}': known are ${Object.keys(FORMATS)}`);
  const child = new Deno.Command(Deno.env.get("FFMPEG_PATH") || "ffmpeg", {
    args: [
      ...["-v", "error", "-f", "s16le", "-ar", `${rate}`, "-ac", "1", "-i", "pipe:0"],
      ...(bitrate ? ["-b:a", bitrate] : []),
      ...(format === "opus" ? ["-ar", "48000"] : []),
      ...codec,
      "pipe:1",
    ],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  // Write and read at once: a long input would otherwise fill both pipes and stall.
  const [, out] = await Promise.all([
    writer.write(pcmToBytes({ sampleRate: rate, channels: 1, samples })).then(() => writer.close()),
    child.output(),
  ]);
  if (!out.success) throw new Error(`ffmpeg failed: ${new TextDecoder().decode(out.stderr)}`);
  return out.stdout;
}
