// JSON shapes of draft materials, with the field names Jianying 5.x/6.x and CapCut write.
import { utf16Length } from "../subtitles.ts";

/** A new id as the editors write them: an uppercase UUID. */
export function newDraftId(): string {
  return crypto.randomUUID().toUpperCase();
}

type Json = Record<string, unknown>;

/** How long the editors make a still image available (3 h, as their own drafts do). */
export const PHOTO_DURATION_US = 10_800_000_000;

const FULL_CROP = {
  upper_left_x: 0,
  upper_left_y: 0,
  upper_right_x: 1,
  upper_right_y: 0,
  lower_left_x: 0,
  lower_left_y: 1,
  lower_right_x: 1,
  lower_right_y: 1,
};

/** `materials.videos[]` entry for a local video file, or a still (`type: "photo"`). */
export function videoMaterial(
  id: string,
  v: {
    path: string;
    name: string;
    durationUs: number;
    width: number;
    height: number;
    hasAudio: boolean;
    type?: "video" | "photo";
  },
): Json {
  return {
    id,
    type: v.type ?? "video",
    path: v.path,
    material_name: v.name,
    duration: v.type === "photo" ? PHOTO_DURATION_US : v.durationUs,
    width: v.width,
    height: v.height,
    has_audio: v.hasAudio,
    category_name: "local",
    category_id: "",
    check_flag: 63487,
    crop: { ...FULL_CROP },
    crop_ratio: "free",
    crop_scale: 1,
    extra_type_option: 0,
    local_material_id: "",
    material_id: "",
    media_path: "",
    source: 0,
    source_platform: 0,
    team_id: "",
    audio_fade: null,
    freeze: null,
    smart_motion: null,
    stable: null,
    video_algorithm: null,
    matting: null,
    object_locked: null,
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
    app_id: 0,
    category_name: "local",
    category_id: "",
    check_flag: 1,
    copyright_limit_type: "none",
    effect_id: "",
    formula_id: "",
    intensifies_path: "",
    local_material_id: id,
    music_id: id,
    source_platform: 0,
    team_id: "",
    wave_points: [],
  };
}

/**
 * `materials.texts[]` entry: a plain white subtitle with a black outline.
 * The style `range` counts UTF-16 code units, as the editors do (an emoji is 2).
 */
export function textMaterial(id: string, text: string): Json {
  const content = {
    styles: [{
      fill: { alpha: 1, content: { render_type: "solid", solid: { alpha: 1, color: [1, 1, 1] } } },
      range: [0, utf16Length(text)],
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
    force_apply_line_max_width: false,
    global_alpha: 1,
    line_feed: 1,
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
    image_id: "",
    image_name: "",
    album_image: "",
    source_platform: 0,
    team_id: "",
  };
}

/** `materials.sound_channel_mappings[]` entry. */
export function soundChannelMapping(id: string): Json {
  return { id, type: "", audio_channel_mapping: 0, is_config_open: false };
}

/** `materials.vocal_separations[]` entry. */
export function vocalSeparation(id: string): Json {
  return {
    id,
    type: "vocal_separation",
    choice: 0,
    enter_from: "",
    final_algorithm: "",
    production_path: "",
    removed_sounds: [],
    time_range: null,
  };
}

/** `materials.placeholder_infos[]` entry (CapCut gives one to every segment). */
export function placeholderInfo(id: string): Json {
  return {
    id,
    type: "placeholder_info",
    error_path: "",
    error_text: "",
    meta_type: "none",
    res_path: "",
    res_text: "",
  };
}

/** `materials.material_colors[]` entry (CapCut gives one to every video segment). */
export function materialColor(id: string): Json {
  return {
    id,
    type: "material_color",
    gradient_angle: 90,
    gradient_colors: [],
    gradient_percents: [],
    height: 0,
    is_color_clip: false,
    is_gradient: false,
    solid_color: "",
    width: 0,
  };
}

/** Every list of `names`, empty. */
export function emptyMaterials(names: readonly string[]): Record<string, Json[]> {
  return Object.fromEntries(names.map((n) => [n, []]));
}
