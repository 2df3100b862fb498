// The output frame and burned-in subtitle options of a video task (common.proto OutputFrame,
// SubtitleStyle): checked the same way where a task is submitted and where the video is made,
// and the one rule for the frame size an aspect gives.
import { SacvError } from "./errors.ts";

/** Aspect ratios an output may ask for. */
export const ASPECTS = ["16:9", "9:16", "1:1"] as const;
/** How the picture goes into a frame of another shape. */
export const FITS = ["fit", "fill"] as const;
/** Where burned-in subtitles sit. */
export const POSITIONS = ["bottom", "top", "middle"] as const;

/** OutputFrame as received (zero / empty = not given). */
export interface FrameRequest {
  aspect?: string;
  width?: number;
  height?: number;
  fit?: string;
  fps?: number;
}

/** SubtitleStyle as received. */
export interface StyleRequest {
  burn?: boolean;
  font_size?: number;
  position?: string;
  outline?: number;
}

const MAX_SIDE = 7680;

function invalid(field: string, message: string, value: unknown): SacvError {
  const seen = typeof value === "string" ? JSON.stringify(value.slice(0, 64)) : String(value);
  return new SacvError("INVALID_ARGUMENT", `${field} ${message}: current value is ${seen}`, {
    reason: "INVALID_OUTPUT_OPTION",
    details: { field },
  });
}

/** Throws INVALID_ARGUMENT naming `<prefix>.<field>` for a bad OutputFrame. */
export function checkFrame(f: FrameRequest | undefined | null, prefix = "output"): void {
  if (!f) return;
  const aspect = f.aspect ?? "";
  if (aspect !== "" && !(ASPECTS as readonly string[]).includes(aspect)) {
    throw invalid(`${prefix}.aspect`, `must be ${ASPECTS.join(", ")}`, aspect);
  }
  for (const k of ["width", "height"] as const) {
    const v = f[k] ?? 0;
    if (v === 0) continue;
    if (!Number.isInteger(v) || v < 16 || v > MAX_SIDE || v % 2 !== 0) {
      throw invalid(`${prefix}.${k}`, `must be an even number of pixels from 16 to ${MAX_SIDE}`, v);
    }
  }
  const fit = f.fit ?? "";
  if (fit !== "" && !(FITS as readonly string[]).includes(fit)) {
    throw invalid(`${prefix}.fit`, `must be ${FITS.join(" or ")}`, fit);
  }
  const fps = f.fps ?? 0;
  if (!Number.isFinite(fps) || (fps !== 0 && (fps < 1 || fps > 120))) {
    throw invalid(`${prefix}.fps`, "must be from 1 to 120", fps);
  }
}

/** Throws INVALID_ARGUMENT naming `<prefix>.<field>` for a bad SubtitleStyle. */
export function checkStyle(s: StyleRequest | undefined | null, prefix = "subtitles"): void {
  if (!s) return;
  const size = s.font_size ?? 0;
  if (!Number.isInteger(size) || (size !== 0 && (size < 8 || size > 400))) {
    throw invalid(`${prefix}.font_size`, "must be a whole number of pixels from 8 to 400", size);
  }
  const position = s.position ?? "";
  if (position !== "" && !(POSITIONS as readonly string[]).includes(position)) {
    throw invalid(`${prefix}.position`, `must be ${POSITIONS.join(", ")}`, position);
  }
  if (s.outline !== undefined && s.outline !== null) {
    if (!Number.isFinite(s.outline) || s.outline < 0 || s.outline > 40) {
      throw invalid(`${prefix}.outline`, "must be from 0 to 40 pixels", s.outline);
    }
  }
}

/** Whether the frame asks for anything (any field given). */
export function frameRequested(f: FrameRequest | undefined | null): boolean {
  return !!f && !!(f.aspect || f.width || f.height || f.fps);
}

const even = (x: number) => Math.max(2, Math.round(x / 2) * 2);

/**
 * The output size for a source of `src` pixels. An exact width and height win; one of them
 * alone takes the other from the aspect (or the source's shape); an aspect alone keeps the
 * source's shorter side as the frame's shorter side (1920×1080 → 9:16 is 1080×1920, 1:1 is
 * 1080×1080). Computed sides are rounded to even numbers (4:2:0 video needs them).
 *
 * @example
 * ```ts
 * frameSize({ width: 320, height: 180 }, { aspect: "9:16" }); // { width: 180, height: 320 }
 * ```
 */
export function frameSize(
  src: { width: number; height: number },
  f: FrameRequest,
): { width: number; height: number } {
  const w = f.width ?? 0;
  const h = f.height ?? 0;
  if (w && h) return { width: w, height: h };
  const ratio = f.aspect
    ? Number(f.aspect.split(":")[0]) / Number(f.aspect.split(":")[1])
    : src.width / src.height;
  if (w) return { width: w, height: even(w / ratio) };
  if (h) return { width: even(h * ratio), height: h };
  if (!f.aspect) return { width: src.width, height: src.height };
  const short = Math.min(src.width, src.height);
  return ratio >= 1
    ? { width: even(short * ratio), height: even(short) }
    : { width: even(short), height: even(short / ratio) };
}
