// HTTP Range header parsing for the output video (single byte ranges; others served whole).

/** A parsed `bytes=` range before the file size is known. */
export type RangeSpec =
  | { kind: "from"; start: number; end?: number }
  | { kind: "suffix"; length: number };

/**
 * Parses a `Range` header. Returns undefined when there is no usable single
 * byte range (absent, other units, several ranges, malformed): the whole file
 * is served then, as RFC 9110 allows.
 */
export function parseRange(header: string | undefined): RangeSpec | undefined {
  if (!header) return undefined;
  const m = header.trim().match(/^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i);
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  if (m[1] === "") return { kind: "suffix", length: Number(m[2]) };
  const start = Number(m[1]);
  if (m[2] === "") return { kind: "from", start };
  const end = Number(m[2]);
  if (end < start) return undefined;
  return { kind: "from", start, end };
}

/** An inclusive byte range within a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Resolves a range against the file size: the inclusive byte range, or
 * "unsatisfiable" (416) when it starts past the end or asks for nothing.
 */
export function resolveRange(spec: RangeSpec, size: number): ByteRange | "unsatisfiable" {
  if (spec.kind === "suffix") {
    if (spec.length === 0 || size === 0) return "unsatisfiable";
    return { start: Math.max(0, size - spec.length), end: size - 1 };
  }
  if (spec.start >= size) return "unsatisfiable";
  return { start: spec.start, end: Math.min(spec.end ?? size - 1, size - 1) };
}
