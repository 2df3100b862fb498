// Joining the audio of Tencent's per-piece responses (WAV, raw PCM or MP3) and measuring it.
import { SacvError } from "../../common/errors.ts";
import type { Codec } from "../provider.ts";
import {
  concatPcm,
  decodeWav,
  encodeWav,
  type Pcm,
  pcmDurationMs,
  pcmFromBytes,
  pcmToBytes,
} from "../wav.ts";
import { encodeMp3 } from "./audio_codec.ts";
import { mp3Frames } from "./mp3.ts";

/**
 * The codec to ask Tencent for, per piece, when the text is split into `pieces`:
 * MP3 pieces each carry their own encoder delay and padding, audible as gaps
 * when joined, so a split text is fetched as PCM and encoded to MP3 once.
 */
export function pieceCodec(codec: Codec, pieces: number): Codec {
  return codec === "mp3" && pieces > 1 ? "pcm" : codec;
}

/** Joined audio, its duration and where each piece starts in it. */
export interface JoinedAudio {
  audio: Uint8Array;
  durationMs: number;
  /** Start of each piece in the joined audio, in ms (for word timings). */
  startsMs: number[];
}

function badAudio(what: string, err: unknown): SacvError {
  return new SacvError("UNAVAILABLE", `tencent: bad ${what} audio: ${(err as Error).message}`, {
    reason: "BAD_AUDIO",
    retryable: true,
    cause: err,
    details: { provider: "tencent" },
  });
}

function starts(durations: readonly number[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const d of durations) {
    out.push(at);
    at += d;
  }
  return out;
}

/**
 * Joins the pieces' audio, fetched as `fetched` (see {@linkcode pieceCodec}),
 * into one file of `codec` and measures it: WAV and PCM join sample-exact; a
 * single MP3 piece passes through; PCM pieces for MP3 are encoded once.
 */
export function joinAudio(
  fetched: Codec,
  pieces: readonly Uint8Array[],
  sampleRate: number,
  codec: Codec = fetched,
): JoinedAudio {
  if (fetched === "mp3") {
    if (codec !== "mp3" || pieces.length !== 1) {
      throw new RangeError(
        `Cannot join ${pieces.length} MP3 pieces into ${codec}: fetch split text as PCM`,
      );
    }
    const parsed = mp3Frames(pieces[0], "tencent");
    return { audio: parsed.frames, durationMs: parsed.durationMs, startsMs: [0] };
  }
  let parts: Pcm[];
  try {
    parts = pieces.map((p) => fetched === "wav" ? decodeWav(p) : pcmFromBytes(p, sampleRate));
  } catch (err) {
    throw badAudio(fetched.toUpperCase(), err);
  }
  let pcm: Pcm;
  try {
    pcm = concatPcm(parts);
  } catch (err) {
    throw badAudio(fetched.toUpperCase(), err);
  }
  const startsMs = starts(parts.map((p) => p.samples.length / p.sampleRate * 1000));
  const audio = codec === "wav"
    ? encodeWav(pcm)
    : codec === "mp3"
    ? encodeMp3(pcm)
    : pcmToBytes(pcm);
  return { audio, durationMs: pcmDurationMs(pcm), startsMs };
}
