// Measurements of encoded audio through ffmpeg (an independent decoder), for provider tests.

/** Decodes any audio ffmpeg reads to mono s16le samples at `rate` Hz. */
export async function decodeWithFfmpeg(bytes: Uint8Array, rate: number): Promise<Int16Array> {
  const child = new Deno.Command(Deno.env.get("FFMPEG_PATH") || "ffmpeg", {
    args: ["-v", "error", "-i", "pipe:0", "-f", "s16le", "-ac", "1", "-ar", `${rate}`, "pipe:1"],
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const writer = child.stdin.getWriter();
  await writer.write(bytes);
  await writer.close();
  const out = await child.output();
  if (!out.success) {
    throw new Error(`ffmpeg cannot decode: ${new TextDecoder().decode(out.stderr)}`);
  }
  const b = out.stdout;
  return new Int16Array(b.buffer, b.byteOffset, Math.floor(b.byteLength / 2));
}

/**
 * The longest run of near-silence (|sample| below `threshold`) strictly inside
 * the audio — between its first and last loud sample — in ms. Gaps where joined
 * pieces meet show up here; the edges (encoder delay, padding) do not.
 */
export function longestInnerSilenceMs(samples: Int16Array, rate: number, threshold = 300): number {
  let first = -1;
  let last = -1;
  for (let i = 0; i < samples.length; i++) {
    if (Math.abs(samples[i]) >= threshold) {
      if (first < 0) first = i;
      last = i;
    }
  }
  let longest = 0;
  let run = 0;
  for (let i = first + 1; i < last; i++) {
    run = Math.abs(samples[i]) < threshold ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return (longest / rate) * 1000;
}
