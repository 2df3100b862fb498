// Our drafts carry every key the public generators' templates and segment classes write.
// The lists below were written by reading GuanYixuan/pyJianYingDraft (its Jianying 5.9
// draft_content_template.json, draft_meta_info.json and segment/material classes),
// sun-guannan/CapCutAPI (its CapCut 6.5 and Jianying 5.9 templates) and
// renezander030/capcut-cli (CapCut's per-segment companion materials); no file was copied.
import assert from "node:assert/strict";
import { buildDraftContent } from "./content.ts";
import { type EditorName, editorProfile } from "./editor.ts";
import { buildDraftMeta, rootEntry } from "./meta.ts";
import { assetPath } from "./paths.ts";
import { planDraft } from "./plan.ts";

type J = Record<string, unknown>;

// deno-fmt-ignore
const CONTENT = [
  "canvas_config", "color_space", "config", "cover", "create_time", "duration", "extra_info",
  "fps", "free_render_index_mode_on", "group_container", "id", "keyframe_graph_list", "keyframes",
  "last_modified_platform", "materials", "mutable_config", "name", "new_version", "platform",
  "relationships", "render_index_track_mode_on", "retouch_cover", "source",
  "static_cover_image_path", "time_marks", "tracks", "update_time", "version",
];
const CONTENT_CAPCUT = [
  "is_drop_frame_timecode",
  "lyrics_effects",
  "path",
  "uneven_animation_template_info",
];
// deno-fmt-ignore
const CONFIG = [
  "adjust_max_index", "attachment_info", "combination_max_index", "export_range",
  "extract_audio_last_index", "lyrics_recognition_id", "lyrics_sync", "lyrics_taskinfo",
  "maintrack_adsorb", "material_save_mode", "multi_language_current", "multi_language_list",
  "multi_language_main", "multi_language_mode", "original_sound_last_index",
  "record_audio_last_index", "sticker_max_index", "subtitle_keywords_config",
  "subtitle_recognition_id", "subtitle_sync", "subtitle_taskinfo", "system_font_list",
  "video_mute", "zoom_info_params",
];
const PLATFORM = [
  "app_id",
  "app_source",
  "app_version",
  "device_id",
  "hard_disk_id",
  "mac_address",
  "os",
  "os_version",
];
const KEYFRAMES = [
  "adjusts",
  "audios",
  "effects",
  "filters",
  "handwrites",
  "stickers",
  "texts",
  "videos",
];
// deno-fmt-ignore
const MATERIAL_LISTS = [
  "ai_translates", "audio_balances", "audio_effects", "audio_fades", "audio_track_indexes",
  "audios", "beats", "canvases", "chromas", "color_curves", "digital_humans", "drafts", "effects",
  "flowers", "green_screens", "handwrites", "hsl", "images", "log_color_wheels", "loudnesses",
  "manual_deformations", "material_animations", "material_colors", "multi_language_refs",
  "placeholders", "plugin_effects", "primary_color_wheels", "realtime_denoises", "shapes",
  "smart_crops", "smart_relights", "sound_channel_mappings", "speeds", "stickers", "tail_leaders",
  "text_templates", "texts", "time_marks", "transitions", "video_effects", "video_trackings",
  "videos", "vocal_beautifys", "vocal_separations",
];
const MATERIAL_LISTS_ONLY = {
  jianying: ["masks"],
  capcut: ["common_mask", "digital_human_model_dressing", "manual_beautys", "placeholder_infos"],
};
const TRACK = ["attribute", "flag", "id", "is_default_name", "name", "segments", "type"];
// deno-fmt-ignore
const SEGMENT = [
  "enable_adjust", "enable_color_correct_adjust", "enable_color_curves",
  "enable_color_match_adjust", "enable_color_wheels", "enable_lut", "enable_smart_color_adjust",
  "last_nonzero_volume", "reverse", "track_attribute", "track_render_index", "visible", "id",
  "material_id", "target_timerange", "common_keyframes", "keyframe_refs", "source_timerange",
  "speed", "volume", "extra_material_refs", "is_tone_modify", "render_index",
];
const VISUAL_SEGMENT = ["clip", "uniform_scale"];
const VIDEO_SEGMENT = [...VISUAL_SEGMENT, "hdr_settings"];
const AUDIO_SEGMENT_NULLS = ["clip", "hdr_settings"];
const CLIP = ["alpha", "flip", "rotation", "scale", "transform"];
// deno-fmt-ignore
const VIDEO_MATERIAL = [
  "audio_fade", "category_id", "category_name", "check_flag", "crop", "crop_ratio", "crop_scale",
  "duration", "height", "id", "local_material_id", "material_id", "material_name", "media_path",
  "path", "type", "width", "has_audio", "extra_type_option", "source_platform", "freeze",
];
const CROP = [
  "upper_left_x",
  "upper_left_y",
  "upper_right_x",
  "upper_right_y",
  "lower_left_x",
  "lower_left_y",
  "lower_right_x",
  "lower_right_y",
];
// deno-fmt-ignore
const AUDIO_MATERIAL = [
  "app_id", "category_id", "category_name", "check_flag", "copyright_limit_type", "duration",
  "effect_id", "formula_id", "id", "local_material_id", "music_id", "name", "path",
  "source_platform", "type", "wave_points", "intensifies_path", "team_id",
];
// deno-fmt-ignore
const TEXT_MATERIAL = [
  "id", "content", "typesetting", "alignment", "letter_spacing", "line_spacing", "line_feed",
  "line_max_width", "force_apply_line_max_width", "check_flag", "type", "global_alpha",
];
const TEXT_CONTENT = ["styles", "text"];
const TEXT_STYLE = ["fill", "range", "size", "bold", "italic", "underline", "strokes"];
const SPEED = ["curve_speed", "id", "mode", "speed", "type"];
const CANVAS = [
  "id",
  "type",
  "blur",
  "color",
  "source_platform",
  "album_image",
  "image",
  "image_id",
  "image_name",
  "team_id",
];
const CHANNEL = ["id", "type", "audio_channel_mapping", "is_config_open"];
const VOCAL = [
  "id",
  "type",
  "choice",
  "enter_from",
  "final_algorithm",
  "production_path",
  "removed_sounds",
  "time_range",
];
const PLACEHOLDER_INFO = [
  "id",
  "type",
  "error_path",
  "error_text",
  "meta_type",
  "res_path",
  "res_text",
];
const MATERIAL_COLOR = [
  "id",
  "gradient_angle",
  "gradient_colors",
  "gradient_percents",
  "height",
  "is_color_clip",
  "is_gradient",
  "solid_color",
  "width",
];
// deno-fmt-ignore
const META = [
  "cloud_package_completed_time", "draft_cloud_capcut_purchase_info",
  "draft_cloud_last_action_download", "draft_cloud_purchase_info", "draft_cloud_template_id",
  "draft_cloud_tutorial_info", "draft_cloud_videocut_purchase_info", "draft_cover",
  "draft_deeplink_url", "draft_enterprise_info", "draft_fold_path", "draft_id",
  "draft_is_ai_packaging_used", "draft_is_ai_shorts", "draft_is_ai_translate",
  "draft_is_article_video_draft", "draft_is_from_deeplink", "draft_is_invisible", "draft_materials",
  "draft_materials_copied_info", "draft_name", "draft_new_version", "draft_removable_storage_device",
  "draft_root_path", "draft_segment_extra_info", "draft_type", "tm_draft_cloud_completed",
  "tm_draft_cloud_modified", "tm_draft_removed", "tm_duration", "draft_timeline_materials_size_",
  "tm_draft_create", "tm_draft_modified",
];
const META_ONLY = {
  jianying: ["draft_cloud_materials"],
  capcut: [
    "cloud_draft_cover",
    "cloud_draft_sync",
    "draft_cloud_package_type",
    "draft_is_ae_produce",
    "draft_is_cloud_temp_draft",
    "draft_need_rename_folder",
    "tm_draft_cloud_entry_id",
    "tm_draft_cloud_parent_entry_id",
    "tm_draft_cloud_space_id",
    "tm_draft_cloud_user_id",
  ],
};
const ENTERPRISE = [
  "draft_enterprise_extra",
  "draft_enterprise_id",
  "draft_enterprise_name",
  "enterprise_material",
];
// deno-fmt-ignore
const LIBRARY_ITEM = [
  "ai_group_type", "create_time", "duration", "enter_from", "extra_info", "file_Path", "height",
  "id", "import_time", "import_time_ms", "item_source", "md5", "metetype", "roughcut_time_range",
  "sub_time_range", "type", "width",
];
// deno-fmt-ignore
const ROOT_ENTRY = [
  "draft_cover", "draft_fold_path", "draft_id", "draft_json_file", "draft_name",
  "draft_root_path", "draft_timeline_materials_size", "draft_is_ai_shorts", "draft_is_invisible",
  "draft_cloud_last_action_download", "draft_new_version", "draft_type", "tm_draft_create",
  "tm_draft_modified", "tm_draft_removed", "tm_duration",
];

function has(obj: unknown, keys: readonly string[], what: string): void {
  assert.ok(obj && typeof obj === "object", `${what} is not an object`);
  const missing = keys.filter((k) => !(k in (obj as J)));
  assert.deepEqual(missing, [], `${what} lacks ${missing.join(", ")}`);
}

function sample(editor: EditorName) {
  const profile = editorProfile(editor);
  const segments = planDraft([
    {
      id: "n",
      kind: "narration",
      startUs: 0,
      endUs: 2_000_000,
      subtitle: "解说😀",
      narration: {
        path: assetPath("n.wav"),
        name: "n.wav",
        durationUs: 3_000_000,
        width: 0,
        height: 0,
        text: "解说😀",
      },
    },
  ], { policy: "freeze", maxTempo: 1.15, sourceUs: 5_000_000, maxChars: 16 });
  segments[0].still = {
    path: assetPath("s.jpg"),
    name: "s.jpg",
    durationUs: 0,
    width: 2,
    height: 2,
  };
  const content = buildDraftContent({
    name: "d",
    editor: profile,
    video: {
      path: assetPath("v.mp4"),
      name: "v.mp4",
      durationUs: 5_000_000,
      width: 2,
      height: 2,
      fps: 25,
      hasAudio: true,
    },
    segments,
  });
  const meta = buildDraftMeta({
    draftId: content.draftId,
    name: "d",
    editor: profile,
    editorRoot: "C:/drafts",
    durationUs: content.durationUs,
    media: content.media,
    materialsSize: 1,
  });
  return { json: content.json, meta };
}

for (const editor of ["jianying", "capcut"] as const) {
  Deno.test(`reference keys (${editor}): content, config, platform, materials lists, tracks`, () => {
    const { json } = sample(editor);
    has(json, editor === "capcut" ? [...CONTENT, ...CONTENT_CAPCUT] : CONTENT, "content");
    has(json.config, CONFIG, "config");
    has(json.canvas_config, ["height", "ratio", "width"], "canvas_config");
    has(json.platform, PLATFORM, "platform");
    has(json.last_modified_platform, PLATFORM, "last_modified_platform");
    has(json.keyframes, KEYFRAMES, "keyframes");
    has(json.materials, [...MATERIAL_LISTS, ...MATERIAL_LISTS_ONLY[editor]], "materials");
    for (const t of json.tracks as J[]) has(t, TRACK, `${t.type} track`);
  });

  Deno.test(`reference keys (${editor}): video, audio and text segments`, () => {
    const { json } = sample(editor);
    const by = (
      type: string,
    ) => ((json.tracks as J[]).find((t) => t.type === type)!.segments as J[]);
    assert.equal(by("video").length, 2, "footage and held frame");
    for (const s of by("video")) {
      has(s, [...SEGMENT, ...VIDEO_SEGMENT], "video segment");
      has(s.clip, CLIP, "video segment clip");
    }
    for (const s of by("audio")) {
      has(s, [...SEGMENT, ...AUDIO_SEGMENT_NULLS], "audio segment");
      for (const k of AUDIO_SEGMENT_NULLS) assert.equal(s[k], null, `audio segment ${k}`);
    }
    for (const s of by("text")) {
      has(s, [...SEGMENT, ...VISUAL_SEGMENT], "text segment");
      assert.deepEqual(s.uniform_scale, { on: true, value: 1 });
      assert.equal(s.source_timerange, null);
    }
  });

  Deno.test(`reference keys (${editor}): every material type`, () => {
    const { json } = sample(editor);
    const m = json.materials as Record<string, J[]>;
    for (const v of m.videos) {
      has(v, VIDEO_MATERIAL, `${v.type} material`);
      has(v.crop, CROP, "crop");
    }
    assert.deepEqual(m.videos.map((v) => v.type), ["video", "photo"]);
    for (const a of m.audios) has(a, AUDIO_MATERIAL, "audio material");
    for (const t of m.texts) {
      has(t, TEXT_MATERIAL, "text material");
      const content = JSON.parse(String(t.content));
      has(content, TEXT_CONTENT, "text content");
      has(content.styles[0], TEXT_STYLE, "text style");
      assert.deepEqual(content.styles[0].range, [0, content.text.length], "UTF-16 range");
    }
    for (const s of m.speeds) has(s, SPEED, "speed");
    for (const c of m.canvases) has(c, CANVAS, "canvas");
    for (const c of m.sound_channel_mappings) has(c, CHANNEL, "sound channel mapping");
    for (const v of m.vocal_separations) has(v, VOCAL, "vocal separation");
    if (editor === "capcut") {
      assert.ok(m.placeholder_infos.length > 0 && m.material_colors.length > 0);
      for (const p of m.placeholder_infos) has(p, PLACEHOLDER_INFO, "placeholder info");
      for (const c of m.material_colors) has(c, MATERIAL_COLOR, "material color");
    }
    for (const list of [m.speeds, m.canvases, m.sound_channel_mappings, m.vocal_separations]) {
      assert.ok(list.length > 0, "companion materials are written");
    }
  });

  Deno.test(`reference keys (${editor}): draft_meta_info.json and the root_meta_info.json entry`, () => {
    const { meta } = sample(editor);
    has(meta, [...META, ...META_ONLY[editor]], "meta");
    has(meta.draft_enterprise_info, ENTERPRISE, "draft_enterprise_info");
    const library = (meta.draft_materials as { type: number; value: J[] }[])[0].value;
    assert.equal(library.length, 3);
    for (const item of library) has(item, LIBRARY_ITEM, "draft_materials item");
    has(
      rootEntry(meta, { editorRoot: "C:/drafts", jsonFile: "draft_info.json" }),
      ROOT_ENTRY,
      "root entry",
    );
  });
}

Deno.test("reference keys: CapCut and Jianying platform fields differ as the editors write them", () => {
  const jy = sample("jianying").json;
  const cc = sample("capcut").json;
  assert.deepEqual(
    [jy.platform as J, cc.platform as J].map((p) => [p.app_id, p.app_source, p.app_version, p.os]),
    [[3704, "lv", "5.9.0", "windows"], [359289, "cc", "6.5.0", "windows"]],
  );
  assert.deepEqual([jy.new_version, cc.new_version], ["110.0.0", "138.0.0"]);
  assert.deepEqual([jy.version, cc.version], [360000, 360000]);
  assert.equal((cc.config as J).use_float_render, false);
  assert.equal(editorProfile("capcut", "mac").platform.os, "mac");
  assert.throws(() => editorProfile("premiere" as EditorName), /editor.*current value is premiere/);
});
