// JSON shapes of draft materials and segments, with the field names Jianying 5.x/6.x writes.
import type { TimeRange } from "./timeline.ts";

/** Jianying version fields written into drafts (5.9 era; 6.x reads these too). */
export const JIANYING_VERSION = {
  version: 360000,
  new_version: "110.0.0",
  app_id: 3704,
  app_source: "lv",
  app_version: "5.9.0",
} as const;

/** A new id as Jianying writes them: an uppercase UUID. */
export function newDraftId(): string {
  return crypto.randomUUID().toUpperCase();
}

type Json = Record<string, unknown>;

/** `materials.videos[]` entry for a local video file. */
export function videoMaterial(
  id: string,
  v: {
    path: string;
    name: string;
    durationUs: number;
    width: number;
    height: number;
    hasAudio: boolean;
  },
): Json {
  return {
    id,
    type: "video",
    path: v.path,
    material_name: v.name,
    duration: v.durationUs,
    width: v.width,
    height: v.height,
    has_audio: v.hasAudio,
    category_name: "local",
    category_id: "",
    check_flag: 63487,
    crop: {
      upper_left_x: 0,
      upper_left_y: 0,
      upper_right_x: 1,
      upper_right_y: 0,
      lower_left_x: 0,
      lower_left_y: 1,
      lower_right_x: 1,
      lower_right_y: 1,
    },
    crop_ratio: "free",
    crop_scale: 1,
    extra_type_option: 0,
    local_material_id: "",
    material_id: "",
    media_path: "",
    source: 0,
    source_platform: 0,
    audio_fade: null,
    freeze: null,
    smart_motion: null,
  };
}

/** `materials.audios[]` entry for a local audio file. */
export function audioMaterial(
  id: string,
  a: { path: string; name: string; durationUs: number },
): Json {
  return {
    id,
    type: "extract_music",
    path: a.path,
    name: a.name,
    duration: a.durationUs,
    category_name: "local",
    category_id: "",
    check_flag: 1,
    local_material_id: id,
    music_id: id,
    source_platform: 0,
    wave_points: [],
  };
}

/** `materials.texts[]` entry: a plain white subtitle with a black outline. */
export function textMaterial(id: string, text: string): Json {
  const content = {
    styles: [{
      fill: { alpha: 1, content: { render_type: "solid", solid: { alpha: 1, color: [1, 1, 1] } } },
      range: [0, [...text].length],
      size: 8,
      bold: false,
      italic: false,
      underline: false,
      strokes: [{ content: { solid: { alpha: 1, color: [0, 0, 0] } }, width: 0.08 }],
    }],
    text,
  };
  return {
    id,
    type: "subtitle",
    content: JSON.stringify(content),
    alignment: 1,
    typesetting: 0,
    check_flag: 15,
    add_type: 0,
    base_content: "",
    fixed_height: -1,
    fixed_width: -1,
    line_max_width: 0.82,
    line_spacing: 0.02,
    letter_spacing: 0,
    text_to_audio_ids: [],
    words: { end_time: [], start_time: [], text: [] },
  };
}

/** `materials.speeds[]` entry. */
export function speedMaterial(id: string, speed: number): Json {
  return { id, type: "speed", mode: 0, speed, curve_speed: null };
}

/** `materials.canvases[]` entry (plain background). */
export function canvasMaterial(id: string): Json {
  return {
    id,
    type: "canvas_color",
    color: "",
    blur: 0,
    image: "",
    album_image: "",
    source_platform: 0,
  };
}

/** `materials.sound_channel_mappings[]` entry. */
export function soundChannelMapping(id: string): Json {
  return { id, type: "", audio_channel_mapping: 0, is_config_open: false };
}

/** `materials.vocal_separations[]` entry. */
export function vocalSeparation(id: string): Json {
  return { id, type: "vocal_separation", choice: 0, production_path: "", time_range: null };
}

/** Fields every track segment carries. */
export function baseSegment(
  id: string,
  materialId: string,
  target: TimeRange,
  source: TimeRange | null,
  extra: { speed: number; volume: number; refs: string[]; renderIndex: number },
): Json {
  return {
    id,
    material_id: materialId,
    target_timerange: target,
    source_timerange: source,
    speed: extra.speed,
    volume: extra.volume,
    last_nonzero_volume: 1,
    extra_material_refs: extra.refs,
    render_index: extra.renderIndex,
    track_render_index: 0,
    track_attribute: 0,
    visible: true,
    reverse: false,
    cartoon: false,
    intensifies_audio: false,
    is_placeholder: false,
    is_tone_modify: false,
    enable_adjust: true,
    enable_color_curves: true,
    enable_color_wheels: true,
    enable_lut: true,
    group_id: "",
    template_id: "",
    template_scene: "default",
    common_keyframes: [],
    keyframe_refs: [],
    caption_info: null,
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

/** Every `materials` list Jianying expects, empty. */
export function emptyMaterials(): Record<string, unknown[]> {
  // deno-fmt-ignore
  const names = [
    "ai_translates", "audio_balances", "audio_effects", "audio_fades", "audio_track_indexes",
    "audios", "beats", "canvases", "chromas", "color_curves", "digital_humans", "drafts",
    "effects", "flowers", "green_screens", "handwrites", "hsl", "images", "log_color_wheels",
    "loudnesses", "manual_deformations", "masks", "material_animations", "material_colors",
    "multi_language_refs", "placeholders", "plugin_effects", "primary_color_wheels",
    "realtime_denoises", "shapes", "smart_crops", "smart_relights", "sound_channel_mappings",
    "speeds", "stickers", "tail_leaders", "text_templates", "texts", "time_marks", "transitions",
    "video_effects", "video_trackings", "videos", "vocal_beautifys", "vocal_separations",
  ];
  return Object.fromEntries(names.map((n) => [n, []]));
}
