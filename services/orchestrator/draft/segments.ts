// JSON shapes of track segments (video, audio, text) with the keys the editors' drafts carry.
import type { TimeRange } from "./timeline.ts";

type Json = Record<string, unknown>;

/** What every segment needs besides its ids and ranges. */
export interface SegmentFields {
  speed: number;
  volume: number;
  /** Ids of the segment's speed/canvas/channel/... materials. */
  refs: string[];
  renderIndex: number;
}

/** Fields every track segment carries. */
function baseSegment(
  id: string,
  materialId: string,
  target: TimeRange,
  source: TimeRange | null,
  f: SegmentFields,
): Json {
  return {
    id,
    material_id: materialId,
    target_timerange: target,
    source_timerange: source,
    speed: f.speed,
    volume: f.volume,
    last_nonzero_volume: 1,
    extra_material_refs: f.refs,
    render_index: f.renderIndex,
    track_render_index: 0,
    track_attribute: 0,
    visible: true,
    reverse: false,
    cartoon: false,
    intensifies_audio: false,
    is_loop: false,
    is_placeholder: false,
    is_tone_modify: false,
    enable_adjust: true,
    enable_color_correct_adjust: false,
    enable_color_curves: true,
    enable_color_match_adjust: false,
    enable_color_wheels: true,
    enable_lut: true,
    enable_smart_color_adjust: false,
    group_id: "",
    raw_segment_id: "",
    template_id: "",
    template_scene: "default",
    common_keyframes: [],
    keyframe_refs: [],
    caption_info: null,
    responsive_layout: {
      enable: false,
      horizontal_pos_layout: 0,
      size_layout: 0,
      target_follow: "",
      vertical_pos_layout: 0,
    },
  };
}

/** The `clip` block of visual segments (`y` moves subtitles towards the bottom). */
export function clipSettings(y = 0): Json {
  return {
    alpha: 1,
    flip: { horizontal: false, vertical: false },
    rotation: 0,
    scale: { x: 1, y: 1 },
    transform: { x: 0, y },
  };
}

/** A segment on the video track (footage or a held frame). */
export function videoSegment(
  id: string,
  materialId: string,
  target: TimeRange,
  source: TimeRange,
  f: SegmentFields,
): Json {
  return {
    ...baseSegment(id, materialId, target, source, f),
    clip: clipSettings(),
    uniform_scale: { on: true, value: 1 },
    hdr_settings: { intensity: 1, mode: 1, nits: 1000 },
  };
}

/** A segment on the audio track: audio has no picture, so no clip or HDR settings. */
export function audioSegment(
  id: string,
  materialId: string,
  target: TimeRange,
  source: TimeRange,
  f: SegmentFields,
): Json {
  return { ...baseSegment(id, materialId, target, source, f), clip: null, hdr_settings: null };
}

/** A subtitle segment on the text track, near the bottom of the picture. */
export function textSegment(
  id: string,
  materialId: string,
  target: TimeRange,
  f: SegmentFields,
): Json {
  return {
    ...baseSegment(id, materialId, target, null, f),
    clip: clipSettings(-0.8),
    uniform_scale: { on: true, value: 1 },
    hdr_settings: null,
  };
}

/** A track of `type` holding `segments`. */
export function track(type: "video" | "audio" | "text", id: string, segments: Json[]): Json {
  return { attribute: 0, flag: 0, id, is_default_name: true, name: "", segments, type };
}
