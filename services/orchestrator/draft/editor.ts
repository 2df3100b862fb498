// What differs between the editors a draft is written for: platform/app fields, version
// labels and the template keys each editor's own drafts carry (read from public templates).

/** Editors a draft can be written for (task option `editor`). */
export type EditorName = "jianying" | "capcut";

/** The editors, default first. */
export const EDITORS: readonly EditorName[] = ["jianying", "capcut"];

/** The `platform` / `last_modified_platform` block of a draft. */
export interface PlatformInfo {
  app_id: number;
  app_source: string;
  app_version: string;
  device_id: string;
  hard_disk_id: string;
  mac_address: string;
  os: string;
  os_version: string;
}

/** Everything the builders need to know about one editor. */
export interface EditorProfile {
  name: EditorName;
  /** Draft format version (`version`), the same in both editors' drafts. */
  version: number;
  /** Schema version the editor writes (`new_version`). */
  newVersion: string;
  platform: PlatformInfo;
  /** Every `materials` list the editor's template has. */
  materialLists: readonly string[];
  /** Extra top-level keys of the content template. */
  extraContent: () => Record<string, unknown>;
  /** Extra keys of `config`. */
  extraConfig: Record<string, unknown>;
  /** Extra keys of `canvas_config`. */
  extraCanvas: Record<string, unknown>;
  /** Extra keys of draft_meta_info.json. */
  extraMeta: Record<string, unknown>;
  /** CapCut 6.5+ gives every segment a placeholder_info (and videos a material_color). */
  segmentCompanions: boolean;
  /** Whether the editor's root_meta_info.json entries name draft_info.json (else decided per file). */
  alwaysDraftInfo: boolean;
}

// deno-fmt-ignore
const COMMON_LISTS = [
  "ai_translates", "audio_balances", "audio_effects", "audio_fades", "audio_track_indexes",
  "audios", "beats", "canvases", "chromas", "color_curves", "digital_humans", "drafts",
  "effects", "flowers", "green_screens", "handwrites", "hsl", "images", "log_color_wheels",
  "loudnesses", "manual_deformations", "material_animations", "material_colors",
  "multi_language_refs", "placeholders", "plugin_effects", "primary_color_wheels",
  "realtime_denoises", "shapes", "smart_crops", "smart_relights", "sound_channel_mappings",
  "speeds", "stickers", "tail_leaders", "text_templates", "texts", "time_marks", "transitions",
  "video_effects", "video_trackings", "videos", "vocal_beautifys", "vocal_separations",
];

function platform(appId: number, source: string, version: string, os: string): PlatformInfo {
  return {
    app_id: appId,
    app_source: source,
    app_version: version,
    // A real install writes hashes of its own machine here; a generated draft has no machine.
    device_id: "",
    hard_disk_id: "",
    mac_address: "",
    os,
    os_version: "",
  };
}

/** `os` the editor's platform block names: mac for `/Users/...` drafts roots, else windows. */
export function editorOs(editorDraftsRoot = ""): "mac" | "windows" {
  return editorDraftsRoot.startsWith("/") ? "mac" : "windows";
}

/**
 * The profile of `name`. Jianying drafts carry the 5.9 labels (read by 5.x
 * and, through draft_info.json, by 6+); CapCut drafts the 6.5 labels and the
 * extra keys of CapCut's template.
 */
export function editorProfile(name: EditorName, os: "mac" | "windows" = "windows"): EditorProfile {
  if (name === "capcut") {
    return {
      name,
      version: 360000,
      newVersion: "138.0.0",
      platform: platform(359289, "cc", "6.5.0", os),
      materialLists: [
        ...COMMON_LISTS,
        "common_mask",
        "digital_human_model_dressing",
        "manual_beautys",
        "placeholder_infos",
      ].sort(),
      extraContent: () => ({
        is_drop_frame_timecode: false,
        lyrics_effects: [],
        path: "",
        uneven_animation_template_info: {
          composition: "",
          content: "",
          order: "",
          sub_template_info_list: [],
        },
      }),
      extraConfig: { use_float_render: false },
      extraCanvas: { background: null },
      extraMeta: {
        cloud_draft_cover: false,
        cloud_draft_sync: false,
        draft_cloud_package_type: "",
        draft_is_ae_produce: false,
        draft_is_cloud_temp_draft: false,
        draft_need_rename_folder: false,
        tm_draft_cloud_entry_id: -1,
        tm_draft_cloud_parent_entry_id: -1,
        tm_draft_cloud_space_id: -1,
        tm_draft_cloud_user_id: -1,
      },
      segmentCompanions: true,
      alwaysDraftInfo: true,
    };
  }
  if (name !== "jianying") {
    throw new RangeError(
      `Cannot write a draft as 'editor' must be jianying or capcut: current value is ${name}`,
    );
  }
  return {
    name,
    version: 360000,
    newVersion: "110.0.0",
    platform: platform(3704, "lv", "5.9.0", os),
    materialLists: [...COMMON_LISTS, "masks"].sort(),
    extraContent: () => ({}),
    extraConfig: {},
    extraCanvas: {},
    extraMeta: { draft_cloud_materials: [] },
    segmentCompanions: false,
    alwaysDraftInfo: false,
  };
}
