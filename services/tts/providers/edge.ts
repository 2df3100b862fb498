// Microsoft Edge's read-aloud voices (keyless) as a TtsProvider, through msedge-tts: one
// WebSocket per piece of text, the speed ratio as a prosody rate, word boundaries kept.
import { MsEdgeTTS, OUTPUT_FORMAT } from "msedge-tts";
import { CancelledError, SacvError } from "../../common/errors.ts";
import type {
  Availability,
  Codec,
  SynthesisInput,
  SynthesisOutput,
  TtsProvider,
  VoiceInfo,
  VoiceList,
  WordTiming,
} from "../provider.ts";
import { splitText } from "../text_split.ts";
import { shiftWords } from "../voices.ts";
import { concatPcm } from "../wav.ts";
import { decodeMp3, encodePcm } from "./audio_codec.ts";
import { classifyEdgeError } from "./edge_errors.ts";
import { EDGE_VOICES, fromEdgeVoice } from "./edge_voices.ts";
import { resample } from "./local.ts";
import { mp3Frames } from "./mp3.ts";
import {
  boundaryWords,
  EDGE_PUBLIC_ENDPOINT,
  EDGE_SAMPLE_RATE,
  escapeSsmlText,
  guardMessages,
  speedToEdgeRate,
  useEdgeEndpoint,
} from "./edge_wire.ts";

export {
  EDGE_PUBLIC_ENDPOINT,
  EDGE_SAMPLE_RATE,
  escapeSsmlText,
  speedToEdgeRate,
  useEdgeEndpoint,
} from "./edge_wire.ts";

// Up to ~4 KB of escaped UTF-8 per request, as Edge's own client sends at most.
const PIECE_CHARS = 800;

/** Options for {@linkcode createEdgeProvider}. */
export interface EdgeOptions {
  /** Synthesis WebSocket URL (`SACV_EDGE_TTS_ENDPOINT`); default {@linkcode EDGE_PUBLIC_ENDPOINT}. */
  endpoint?: string;
  /** Concurrency limit when neither env nor SetLimits names one. Default 4. */
  limit?: number;
  /** Longest wait for one piece, connection included, in ms. Default 60 000. */
  timeoutMs?: number;
  /** How long a fetched voice list is reused, in ms. Default one hour. */
  voicesTtlMs?: number;
}

function invalid(field: string, message: string, reason = `INVALID_${field.toUpperCase()}`) {
  return new SacvError("INVALID_ARGUMENT", `${field}: ${message}`, {
    reason,
    details: { field, provider: "edge" },
  });
}

interface Piece {
  mp3: Uint8Array;
  words: WordTiming[];
}

/**
 * Creates the Edge provider. Each piece of text (split at sentence ends past
 * 800 characters) is one WebSocket connection, closed as soon as its turn
 * ends, or at once when the synthesis is cancelled. Word boundaries come back
 * as word timings; several pieces are decoded and joined as PCM.
 */
export function createEdgeProvider(options: EdgeOptions = {}): TtsProvider {
  const endpoint = options.endpoint ?? EDGE_PUBLIC_ENDPOINT;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const voicesTtlMs = options.voicesTtlMs ?? 3_600_000;
  useEdgeEndpoint(endpoint);
  let liveVoices: { at: number; voices: VoiceInfo[] } | undefined;

  function speakPiece(
    text: string,
    voice: string,
    prosody: Record<string, string>,
    signal: AbortSignal,
  ) {
    const tts = new MsEdgeTTS();
    return new Promise<Piece>((resolve, reject) => {
      let settled = false;
      const finish = (err?: unknown, piece?: Piece) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        tts.close();
        if (err) reject(err);
        else resolve(piece!);
      };
      const onAbort = () => finish(new CancelledError("edge synthesis cancelled"));
      const timer = setTimeout(
        () =>
          finish(
            new SacvError("UNAVAILABLE", `edge: no answer within ${timeoutMs} ms`, {
              reason: "TIMEOUT",
              retryable: true,
              details: { provider: "edge" },
            }),
          ),
        timeoutMs,
      );
      signal.addEventListener("abort", onAbort, { once: true });
      (async () => {
        useEdgeEndpoint(endpoint);
        await tts.setMetadata(voice, OUTPUT_FORMAT.AUDIO_24KHZ_48KBITRATE_MONO_MP3, {
          wordBoundaryEnabled: true,
        });
        // Cancelled while connecting: the socket opened after close() was called.
        if (settled) return tts.close();
        guardMessages(tts, (err) => finish(err));
        const { audioStream, metadataStream } = tts.toStream(escapeSsmlText(text), prosody);
        const chunks: Uint8Array[] = [];
        const words: WordTiming[] = [];
        metadataStream?.on("data", (c: Uint8Array) => words.push(...boundaryWords(String(c))));
        metadataStream?.on("error", () => {});
        audioStream.on("data", (c: Uint8Array) => chunks.push(new Uint8Array(c)));
        audioStream.on("error", (err: unknown) => finish(classifyEdgeError(err)));
        audioStream.on("end", () => {
          if (chunks.length === 0) {
            return finish(invalid(
              "voice",
              `edge returned no audio for voice '${voice}' (an unknown voice, or text it cannot speak)`,
              "NO_AUDIO",
            ));
          }
          const mp3 = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
          chunks.reduce((at, c) => (mp3.set(c, at), at + c.length), 0);
          finish(undefined, { mp3, words });
        });
      })().catch((err) => finish(signal.aborted ? new CancelledError() : classifyEdgeError(err)));
    });
  }

  async function synthesize(input: SynthesisInput, signal: AbortSignal): Promise<SynthesisOutput> {
    if (signal.aborted) throw new CancelledError("edge synthesis cancelled");
    if (!/^[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9-]+$/.test(input.voice)) {
      throw invalid(
        "voice",
        `must be an Edge voice such as zh-CN-XiaoxiaoNeural: got ${
          JSON.stringify(input.voice.slice(0, 60))
        }`,
      );
    }
    const prosody: Record<string, string> = { rate: speedToEdgeRate(input.speed) };
    for (
      const [key, pattern] of [["pitch", /^[+-]\d{1,3}Hz$/], ["volume", /^[+-]\d{1,3}%$/]] as const
    ) {
      const v = input.options[key];
      if (v === undefined) continue;
      if (!pattern.test(v)) {
        throw invalid(
          key,
          `edge ${key} looks like ${key === "pitch" ? "+5Hz" : "-10%"}: got ${JSON.stringify(v)}`,
        );
      }
      prosody[key] = v;
    }
    // Pieces with no letter or digit carry no speech, and Edge answers them with no audio.
    const texts = splitText(input.text, { maxChars: PIECE_CHARS })
      .filter((p) => /[\p{L}\p{N}]/u.test(p));
    if (texts.length === 0) {
      throw invalid("text", "has nothing Edge can speak (no letters or digits)");
    }
    const pieces: Piece[] = [];
    for (const text of texts) {
      if (signal.aborted) throw new CancelledError("edge synthesis cancelled");
      pieces.push(await speakPiece(text, input.voice, prosody, signal));
    }
    const base = { codec: input.codec, attempts: pieces.length, chunks: pieces.length };
    if (input.codec === "mp3" && pieces.length === 1 && input.sampleRate === EDGE_SAMPLE_RATE) {
      const parsed = mp3Frames(pieces[0].mp3, "edge");
      return {
        ...base,
        audio: parsed.frames,
        sampleRate: parsed.sampleRate,
        durationMs: parsed.durationMs,
        words: pieces[0].words,
      };
    }
    const pcms = [];
    for (const p of pieces) pcms.push(await decodeMp3(p.mp3, "edge"));
    const words: WordTiming[] = [];
    let offsetMs = 0;
    pcms.forEach((pcm, i) => {
      words.push(...shiftWords(pieces[i].words, offsetMs));
      offsetMs += (pcm.samples.length / pcm.sampleRate) * 1000;
    });
    const pcm = resample(concatPcm(pcms), input.sampleRate);
    const encoded = encodePcm(pcm, input.codec);
    return {
      ...base,
      audio: encoded.audio,
      sampleRate: pcm.sampleRate,
      durationMs: encoded.durationMs,
      words,
    };
  }

  async function listVoices({ signal }: { signal: AbortSignal }): Promise<VoiceList> {
    if (liveVoices && Date.now() - liveVoices.at < voicesTtlMs) {
      return { voices: liveVoices.voices, source: "service" };
    }
    try {
      useEdgeEndpoint(endpoint);
      const list = await Promise.race([
        new MsEdgeTTS().getVoices(),
        new Promise<never>((_, reject) => {
          const t = setTimeout(() => reject(new Error("timed out")), 10_000);
          signal.addEventListener("abort", () => (clearTimeout(t), reject(new CancelledError())), {
            once: true,
          });
        }),
      ]);
      const voices = (Array.isArray(list) ? list : []).map(fromEdgeVoice).filter((v) =>
        v !== undefined
      );
      if (voices.length === 0) throw new Error("empty voice list");
      liveVoices = { at: Date.now(), voices };
      return { voices, source: "service" };
    } catch (err) {
      if (signal.aborted) throw err instanceof CancelledError ? err : new CancelledError();
      return { voices: EDGE_VOICES, source: "builtin" };
    }
  }

  return {
    name: "edge",
    defaultLimit: options.limit ?? 4,
    defaultVoice: "zh-CN-XiaoxiaoNeural",
    defaultSampleRate: EDGE_SAMPLE_RATE,
    voices: EDGE_VOICES,
    codecs: ["wav", "mp3", "pcm"] as readonly Codec[],
    availability: (): Availability => ({ ok: true }),
    synthesize,
    listVoices,
  };
}
