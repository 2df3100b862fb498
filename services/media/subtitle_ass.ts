// SubRip cues into an Advanced SubStation script for libass: the frame's own pixel grid
// (PlayRes = output size, so sizes are pixels), a CJK font, the position and outline asked for.

/** One cue, seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
}

/** How burned-in lines look. */
export interface AssStyle {
  /** Text height, output pixels. */
  fontSize: number;
  position: "bottom" | "top" | "middle";
  /** Outline width, output pixels. */
  outline: number;
  /** Default "Noto Sans CJK SC" (Debian fonts-noto-cjk): Chinese renders, not tofu. */
  font?: string;
}

/** The font burned-in subtitles use unless told otherwise. */
export const SUBTITLE_FONT = "Noto Sans CJK SC";

function seconds(t: string): number {
  const m = t.trim().match(/^(\d+):(\d{1,2}):(\d{1,2})[,.](\d{1,3})$/);
  if (!m) return NaN;
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) +
    Number(m[4].padEnd(3, "0")) / 1000;
}

/** Cues of a SubRip text; malformed blocks are skipped (never thrown on). */
export function parseSrt(text: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").split(/\n{2,}/)) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    const at = lines.findIndex((l) => l.includes("-->"));
    if (at < 0) continue;
    const [a, b] = lines[at].split("-->");
    const start = seconds(a);
    const end = seconds(b ?? "");
    const body = lines.slice(at + 1).join("\n");
    if (Number.isFinite(start) && Number.isFinite(end) && end > start && body.trim() !== "") {
      cues.push({ start, end, text: body });
    }
  }
  return cues;
}

/** `H:MM:SS.cc`, the ASS clock (centiseconds). */
export function assTime(t: number): string {
  const cs = Math.max(0, Math.round(t * 100));
  const h = Math.floor(cs / 360_000);
  const m = Math.floor(cs / 6000) % 60;
  const s = Math.floor(cs / 100) % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${h}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/** Text with nothing libass would read as markup: braces and backslashes become full-width. */
export function assText(text: string): string {
  return text
    // deno-lint-ignore no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "＼").replace(/\{/g, "｛").replace(/\}/g, "｝")
    .split("\n").map((l) => l.trim()).filter(Boolean).join("\\N");
}

const ALIGN = { bottom: 2, middle: 5, top: 8 } as const;

/** The ASS script of `cues` on a `frame`-sized canvas. */
export function assFromSrt(
  cues: readonly Cue[],
  frame: { width: number; height: number },
  style: AssStyle,
): string {
  const margin = Math.round(frame.height * 0.05);
  const side = Math.round(frame.width * 0.04);
  const font = (style.font ?? SUBTITLE_FONT).replace(/,/g, " ");
  const lines = [
    "[Script Info]",
    "ScriptType: v4.00+",
    `PlayResX: ${frame.width}`,
    `PlayResY: ${frame.height}`,
    "WrapStyle: 0",
    "ScaledBorderAndShadow: yes",
    "",
    "[V4+ Styles]",
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, " +
    "BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, " +
    "BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding",
    `Style: Default,${font},${style.fontSize},&H00FFFFFF,&H000000FF,&H00000000,&H80000000,` +
    `0,0,0,0,100,100,0,0,1,${style.outline},0,${ALIGN[style.position]},${side},${side},` +
    `${margin},1`,
    "",
    "[Events]",
    "Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text",
  ];
  for (const c of cues) {
    const text = assText(c.text);
    if (text === "") continue;
    lines.push(`Dialogue: 0,${assTime(c.start)},${assTime(c.end)},Default,,0,0,0,,${text}`);
  }
  return lines.join("\n") + "\n";
}
