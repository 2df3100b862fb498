// The Edge read-aloud wire protocol as the emulator speaks it: the Sec-MS-GEC token check,
// the text and binary message framing, and reading the SSML a client sends.

/** The client token every Edge read-aloud client sends (public, part of the browser). */
export const TRUSTED_CLIENT_TOKEN = "6A5AA1D4EAFF4E9FB37E23D68491D6F4";
/** Where the synthesis WebSocket and the voice list live, under the endpoint's origin. */
export const SYNTH_PATH = "/consumer/speech/synthesize/readaloud/edge/v1";
export const VOICES_PATH = "/consumer/speech/synthesize/readaloud/voices/list";
/** The Origin the Edge extension sends. */
export const EDGE_ORIGIN = "chrome-extension://jdiccldimpdaibmpdkjnbmckianbfold";

// Windows file time (100 ns ticks since 1601) of the Unix epoch, in seconds.
const WIN_EPOCH_SECONDS = 11644473600n;

/**
 * The Sec-MS-GEC token for the five-minute window holding `unixMs`: SHA-256 of
 * the window's start in Windows ticks followed by the client token, upper-case hex.
 * Written with BigInt (the ticks exceed 2^53), independently of any client's code.
 */
export async function secMsGec(unixMs: number): Promise<string> {
  const seconds = BigInt(Math.floor(unixMs / 1000)) + WIN_EPOCH_SECONDS;
  const windowStart = seconds - (seconds % 300n);
  const ticks = windowStart * 10_000_000n;
  const data = new TextEncoder().encode(`${ticks}${TRUSTED_CLIENT_TOKEN}`);
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", data));
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("").toUpperCase();
}

/**
 * Why a handshake is refused (403 on the real service), or undefined when it
 * is accepted: the client token, a Sec-MS-GEC of this window or a neighbour
 * (clock skew), a Sec-MS-GEC-Version, a ConnectionId and the extension's Origin.
 */
export async function handshakeProblem(
  req: Request,
  now = Date.now(),
): Promise<string | undefined> {
  const q = new URL(req.url).searchParams;
  if (q.get("TrustedClientToken") !== TRUSTED_CLIENT_TOKEN) return "TrustedClientToken is wrong";
  const gec = q.get("Sec-MS-GEC") ?? "";
  const valid = await Promise.all([now - 300_000, now, now + 300_000].map(secMsGec));
  if (!valid.includes(gec)) return `Sec-MS-GEC '${gec.slice(0, 16)}…' is not this window's`;
  if (!/^1-\d+\.\d+\.\d+\.\d+$/.test(q.get("Sec-MS-GEC-Version") ?? "")) {
    return "Sec-MS-GEC-Version is missing or malformed";
  }
  if (!q.get("ConnectionId")) return "ConnectionId is missing";
  if (req.headers.get("origin") !== EDGE_ORIGIN) return "Origin is not the Edge extension";
  return undefined;
}

/** A text message: headers, a blank line, a body. */
export function textMessage(headers: Record<string, string>, body: string): string {
  const head = Object.entries(headers).map(([k, v]) => `${k}:${v}\r\n`).join("");
  return `${head}\r\n${body}`;
}

/** A binary audio message: a 2-byte big-endian header length, the headers, the audio. */
export function audioMessage(requestId: string, streamId: string, audio: Uint8Array): Uint8Array {
  const head = new TextEncoder().encode(
    `X-RequestId:${requestId}\r\nContent-Type:audio/mpeg\r\nX-StreamId:${streamId}\r\nPath:audio\r\n`,
  );
  const out = new Uint8Array(2 + head.length + audio.length);
  out[0] = head.length >> 8;
  out[1] = head.length & 0xff;
  out.set(head, 2);
  out.set(audio, 2 + head.length);
  return out;
}

/** Splits a text message into its headers (lower-cased names) and body. */
export function parseTextMessage(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf("\r\n\r\n");
  const head = at < 0 ? raw : raw.slice(0, at);
  const headers: Record<string, string> = {};
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) {
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return { headers, body: at < 0 ? "" : raw.slice(at + 4) };
}

/** What an SSML request asks for. */
export interface SsmlRequest {
  voice: string;
  lang: string;
  /** The prosody rate as a ratio (1 = normal). */
  rate: number;
  rateRaw: string;
  pitch: string;
  volume: string;
  /** The spoken text, tags removed and entities decoded. */
  text: string;
}

const NAMED_RATES: Record<string, number> = {
  "x-slow": 0.5,
  slow: 0.75,
  medium: 1,
  default: 1,
  fast: 1.5,
  "x-fast": 2,
};

/** The rate a prosody `rate` attribute means: `+50%`, `-20%`, `1.5`, or a named rate. */
export function rateRatio(raw: string): number | undefined {
  const pct = raw.match(/^([+-]?\d+(?:\.\d+)?)%$/);
  if (pct) return 1 + Number(pct[1]) / 100;
  if (/^\d+(?:\.\d+)?$/.test(raw)) return Number(raw);
  return NAMED_RATES[raw];
}

const attr = (tag: string, name: string) =>
  tag.match(new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`))?.[1] ?? "";

/** Reads an SSML document the way the service does; throws naming what is malformed. */
export function parseSsml(ssml: string): SsmlRequest {
  const speak = ssml.match(/<speak\b[^>]*>/);
  const voice = ssml.match(/<voice\b[^>]*>/);
  const prosody = ssml.match(/<prosody\b[^>]*>/);
  if (!speak || !voice || !/<\/speak>\s*$/.test(ssml)) {
    throw new Error("SSML is not a <speak> document");
  }
  const rateRaw = prosody ? attr(prosody[0], "rate") : "";
  const rate = rateRaw === "" ? 1 : rateRatio(rateRaw);
  if (rate === undefined || !(rate > 0)) throw new Error(`prosody rate '${rateRaw}' is not a rate`);
  const inner = ssml.replace(/<[^<>]*>/g, "");
  const text = inner.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"')
    .replaceAll("&apos;", "'").replaceAll("&amp;", "&").trim();
  return {
    voice: attr(voice[0], "name"),
    lang: attr(speak[0], "xml:lang"),
    rate,
    rateRaw,
    pitch: prosody ? attr(prosody[0], "pitch") : "",
    volume: prosody ? attr(prosody[0], "volume") : "",
    text,
  };
}

/** Words with their start and length in ms, the way the emulator speaks `text`. */
export function wordBoundaries(
  text: string,
  msPerChar: number,
): { text: string; offsetMs: number; durationMs: number }[] {
  const out: { text: string; offsetMs: number; durationMs: number }[] = [];
  let t = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+|\S/gu)) {
    const n = Array.from(m[0]).length;
    if (/[\p{L}\p{N}]/u.test(m[0])) {
      out.push({ text: m[0], offsetMs: t, durationMs: n * msPerChar });
    }
    t += n * msPerChar;
  }
  return out;
}
