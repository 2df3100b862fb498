// WAV (RIFF) encoding as PCM s16le, parsing of integer and float WAV, and joining.

/** Decoded PCM audio. */
export interface Pcm {
  sampleRate: number;
  channels: number;
  /** Interleaved signed 16-bit samples. */
  samples: Int16Array;
}

/** Duration of PCM audio in milliseconds. */
export function pcmDurationMs(pcm: Pcm): number {
  return Math.round((pcm.samples.length / pcm.channels / pcm.sampleRate) * 1000);
}

/** Encodes PCM s16le samples as a WAV file. */
export function encodeWav(pcm: Pcm): Uint8Array {
  const dataBytes = pcm.samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (offset: number, s: string) => {
    for (let i = 0; i < s.length; i++) out[offset + i] = s.charCodeAt(i);
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, pcm.channels, true);
  view.setUint32(24, pcm.sampleRate, true);
  view.setUint32(28, pcm.sampleRate * pcm.channels * 2, true);
  view.setUint16(32, pcm.channels * 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  writeSamples(out, 44, pcm.samples);
  return out;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Writes samples as s16le at `offset` (a bulk copy on little-endian hosts). */
function writeSamples(out: Uint8Array, offset: number, samples: Int16Array): void {
  if (LITTLE_ENDIAN) {
    out.set(new Uint8Array(samples.buffer, samples.byteOffset, samples.byteLength), offset);
    return;
  }
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i < samples.length; i++) view.setInt16(offset + i * 2, samples[i], true);
}

// WAVE_FORMAT_PCM, _IEEE_FLOAT and _EXTENSIBLE (whose sub-format GUID starts with the real tag).
const PCM_FORMAT = 1;
const FLOAT_FORMAT = 3;
const EXTENSIBLE_FORMAT = 0xfffe;

/**
 * Parses a WAV file as 16-bit samples: integer PCM of 8, 16, 24 or 32 bits and
 * 32/64-bit float (as speech servers that write with torchaudio or soundfile
 * send), plain or WAVE_FORMAT_EXTENSIBLE. Throws a RangeError naming what is wrong.
 */
export function decodeWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (o: number) => String.fromCharCode(...bytes.subarray(o, o + 4));
  if (bytes.length < 12 || tag(0) !== "RIFF" || tag(8) !== "WAVE") {
    throw new RangeError("Cannot decode WAV: missing RIFF/WAVE header");
  }
  let offset = 12;
  let fmt: { channels: number; sampleRate: number; bits: number; format: number } | undefined;
  while (offset + 8 <= bytes.length) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === "fmt ") {
      let format = view.getUint16(body, true);
      if (format === EXTENSIBLE_FORMAT && size >= 26) format = view.getUint16(body + 24, true);
      fmt = {
        format,
        channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === "data") {
      if (!fmt) throw new RangeError("Cannot decode WAV: data chunk before fmt chunk");
      const { format, bits } = fmt;
      const supported = (format === PCM_FORMAT && [8, 16, 24, 32].includes(bits)) ||
        (format === FLOAT_FORMAT && (bits === 32 || bits === 64));
      if (!supported || fmt.channels < 1 || fmt.sampleRate < 1) {
        throw new RangeError(
          `Cannot decode WAV: only integer PCM (8-32 bits) and float (32/64 bits) are supported: current format ${format}, bits ${bits}`,
        );
      }
      // Streaming writers may put 0 or 0xFFFFFFFF as the size: take what is there.
      const end = Math.min(
        bytes.length,
        size === 0 || size === 0xffffffff ? bytes.length : body + size,
      );
      const width = bits / 8;
      const n = Math.floor((end - body) / width);
      const samples = new Int16Array(n);
      const read = sampleReader(view, format, bits);
      for (let i = 0; i < n; i++) samples[i] = read(body + i * width);
      return { sampleRate: fmt.sampleRate, channels: fmt.channels, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new RangeError("Cannot decode WAV: no data chunk");
}

/** Reads one sample at a byte offset as a 16-bit value (floats clipped to [-1, 1]). */
function sampleReader(view: DataView, format: number, bits: number): (at: number) => number {
  const fromFloat = (v: number) =>
    Number.isFinite(v) ? Math.round(Math.max(-1, Math.min(1, v)) * 32767) : 0;
  if (format === FLOAT_FORMAT) {
    return bits === 32
      ? (at) => fromFloat(view.getFloat32(at, true))
      : (at) => fromFloat(view.getFloat64(at, true));
  }
  switch (bits) {
    case 8:
      return (at) => (view.getUint8(at) - 128) << 8;
    case 24:
      return (at) => view.getInt16(at + 1, true);
    case 32:
      return (at) => view.getInt32(at, true) >> 16;
    default:
      return (at) => view.getInt16(at, true);
  }
}

/** Wraps raw PCM s16le bytes as {@linkcode Pcm}. */
export function pcmFromBytes(bytes: Uint8Array, sampleRate: number, channels = 1): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = Math.floor(bytes.length / 2);
  const samples = new Int16Array(n);
  for (let i = 0; i < n; i++) samples[i] = view.getInt16(i * 2, true);
  return { sampleRate, channels, samples };
}

/** Raw PCM s16le bytes of {@linkcode Pcm}. */
export function pcmToBytes(pcm: Pcm): Uint8Array {
  const out = new Uint8Array(pcm.samples.length * 2);
  writeSamples(out, 0, pcm.samples);
  return out;
}

/** Joins PCM pieces of the same format end to end. */
export function concatPcm(pieces: readonly Pcm[]): Pcm {
  if (pieces.length === 0) throw new RangeError("Cannot join audio: no pieces");
  const { sampleRate, channels } = pieces[0];
  for (const p of pieces) {
    if (p.sampleRate !== sampleRate || p.channels !== channels) {
      throw new RangeError(
        `Cannot join audio of different formats: ${sampleRate} Hz/${channels} ch and ${p.sampleRate} Hz/${p.channels} ch`,
      );
    }
  }
  const total = pieces.reduce((n, p) => n + p.samples.length, 0);
  const samples = new Int16Array(total);
  let at = 0;
  for (const p of pieces) {
    samples.set(p.samples, at);
    at += p.samples.length;
  }
  return { sampleRate, channels, samples };
}
