// In-process MP3 decoding (mpg123, WebAssembly) and encoding (LAME in JavaScript), so providers
// can join pieces as PCM and hand back any of our codecs without an ffmpeg in the TTS image.
import { Mp3Encoder } from "@breezystack/lamejs";
import { MPEGDecoder } from "mpg123-decoder";
import { SacvError } from "../../common/errors.ts";
import type { Codec } from "../provider.ts";
import { encodeWav, type Pcm, pcmDurationMs, pcmToBytes } from "../wav.ts";

/** Sample rates an MPEG-1/2/2.5 layer III stream can have (what LAME accepts). */
export const MP3_SAMPLE_RATES: readonly number[] = [
  8000,
  11025,
  12000,
  16000,
  22050,
  24000,
  32000,
  44100,
  48000,
];

function badAudio(provider: string, what: string, cause?: unknown): SacvError {
  return new SacvError("UNAVAILABLE", `${provider}: ${what}`, {
    reason: "BAD_AUDIO",
    retryable: true,
    cause,
    details: { provider },
  });
}

/**
 * Decodes MP3 bytes to mono PCM s16le (the first channel of stereo). Throws a
 * retryable UNAVAILABLE `BAD_AUDIO` naming `provider` when nothing decodes.
 */
export async function decodeMp3(bytes: Uint8Array, provider: string): Promise<Pcm> {
  const decoder = new MPEGDecoder();
  try {
    await decoder.ready;
    const out = decoder.decode(bytes);
    if (out.samplesDecoded === 0 || out.channelData.length === 0) {
      throw badAudio(provider, `MP3 of ${bytes.length} bytes decoded to no samples`);
    }
    const channel = out.channelData[0];
    const samples = new Int16Array(out.samplesDecoded);
    for (let i = 0; i < samples.length; i++) {
      const v = Math.max(-1, Math.min(1, channel[i]));
      samples[i] = Math.round(v * 32767);
    }
    return { sampleRate: out.sampleRate, channels: 1, samples };
  } catch (err) {
    throw err instanceof SacvError ? err : badAudio(provider, "MP3 did not decode", err);
  } finally {
    decoder.free();
  }
}

/** Encodes mono PCM as one MP3 stream (constant `kbps`, default 48) with LAME. */
export function encodeMp3(pcm: Pcm, kbps = 48): Uint8Array {
  if (pcm.channels !== 1) {
    throw new RangeError(
      `Cannot encode MP3 as 'channels' must be 1: current value is ${pcm.channels}`,
    );
  }
  if (!MP3_SAMPLE_RATES.includes(pcm.sampleRate)) {
    throw new RangeError(
      `Cannot encode MP3 as 'sampleRate' must be one of ${
        MP3_SAMPLE_RATES.join(", ")
      }: current value is ${pcm.sampleRate}`,
    );
  }
  const encoder = new Mp3Encoder(1, pcm.sampleRate, kbps);
  const parts: Uint8Array[] = [];
  // LAME's documented block size; one call per block keeps its buffers small.
  const block = 1152;
  for (let i = 0; i < pcm.samples.length; i += block) {
    const part = encoder.encodeBuffer(pcm.samples.subarray(i, i + block));
    if (part.length > 0) parts.push(new Uint8Array(part));
  }
  const tail = encoder.flush();
  if (tail.length > 0) parts.push(new Uint8Array(tail));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** PCM as the bytes of `codec` (MP3 encoded once, so it has a single encoder delay). */
export function encodePcm(pcm: Pcm, codec: Codec): { audio: Uint8Array; durationMs: number } {
  const audio = codec === "wav"
    ? encodeWav(pcm)
    : codec === "pcm"
    ? pcmToBytes(pcm)
    : encodeMp3(pcm);
  return { audio, durationMs: pcmDurationMs(pcm) };
}
