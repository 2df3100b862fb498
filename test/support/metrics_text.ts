// Reading the Prometheus text exposition in tests.

/**
 * The value of one sample in the text exposition, `series` written as it appears there
 * (e.g. `sacv_media_children{tool="ffmpeg"}`); undefined when absent.
 */
export function sampleValue(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(series + " "));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}
