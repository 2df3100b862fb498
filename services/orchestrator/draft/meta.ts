// draft_meta_info.json (what the editor's draft list shows) and the draft's entry in the
// drafts folder's root_meta_info.json. Paths are the editor's, never the server's.
import type { UsedMedia } from "./content.ts";
import type { EditorProfile } from "./editor.ts";
import { slashPath } from "./paths.ts";

/** The cover image every draft folder holds. */
export const COVER_FILE = "draft_cover.jpg";

/** Input of {@linkcode buildDraftMeta}. */
export interface DraftMetaInput {
  draftId: string;
  /** The draft's folder name (also its name in the editor's list). */
  name: string;
  editor: EditorProfile;
  /**
   * The editor's drafts folder as the editor's machine names it, when known
   * (`C:/Users/me/AppData/Local/JianyingPro/User Data/Projects/com.lveditor.draft`);
   * "" leaves the folder paths empty for the editor to fill in when it scans.
   */
  editorRoot: string;
  durationUs: number;
  /** The media the draft uses, for `draft_materials`. */
  media: readonly UsedMedia[];
  /** Total bytes of media in the draft. */
  materialsSize: number;
  /** Microseconds since the epoch; defaults to now. */
  nowUs?: number;
}

/** The draft's folder as the editor names it ("" when its drafts root is unknown). */
export function editorFolder(editorRoot: string, name: string): string {
  const root = slashPath(editorRoot).replace(/\/+$/, "");
  return root ? `${root}/${name}` : "";
}

/**
 * `draft_materials`: the media library entries (type 0) of the draft's video,
 * narrations and stills, with placeholder paths, so the editor lists them as
 * imported and accessible; the other types stay empty.
 */
export function draftMaterials(media: readonly UsedMedia[], nowUs: number): unknown[] {
  const sec = Math.floor(nowUs / 1_000_000);
  const imported = media.map((m) => ({
    ai_group_type: "",
    create_time: sec,
    duration: m.durationUs,
    enter_from: 0,
    extra_info: m.name,
    file_Path: m.path,
    height: m.height,
    id: m.id,
    import_time: sec,
    import_time_ms: nowUs,
    item_source: 1,
    md5: "",
    metetype: m.metetype,
    roughcut_time_range: { duration: m.durationUs, start: 0 },
    sub_time_range: { duration: -1, start: -1 },
    type: 0,
    width: m.width,
  }));
  return [0, 1, 2, 3, 6, 7, 8].map((type) => ({ type, value: type === 0 ? imported : [] }));
}

/** Builds draft_meta_info.json for a draft. */
export function buildDraftMeta(input: DraftMetaInput): Record<string, unknown> {
  const now = input.nowUs ?? Date.now() * 1000;
  const root = slashPath(input.editorRoot).replace(/\/+$/, "");
  return {
    cloud_package_completed_time: "",
    draft_cloud_capcut_purchase_info: "",
    draft_cloud_last_action_download: false,
    draft_cloud_purchase_info: "",
    draft_cloud_template_id: "",
    draft_cloud_tutorial_info: "",
    draft_cloud_videocut_purchase_info: "",
    draft_cover: COVER_FILE,
    draft_deeplink_url: "",
    draft_enterprise_info: {
      draft_enterprise_extra: "",
      draft_enterprise_id: "",
      draft_enterprise_name: "",
      enterprise_material: [],
    },
    draft_fold_path: editorFolder(root, input.name),
    draft_id: input.draftId,
    draft_is_ai_packaging_used: false,
    draft_is_ai_shorts: false,
    draft_is_ai_translate: false,
    draft_is_article_video_draft: false,
    draft_is_from_deeplink: "false",
    draft_is_invisible: false,
    draft_materials: draftMaterials(input.media, now),
    draft_materials_copied_info: [],
    draft_name: input.name,
    draft_new_version: "",
    draft_removable_storage_device: "",
    draft_root_path: root,
    draft_segment_extra_info: [],
    draft_timeline_materials_size_: input.materialsSize,
    draft_type: "",
    tm_draft_cloud_completed: "",
    tm_draft_cloud_modified: 0,
    tm_draft_create: now,
    tm_draft_modified: now,
    tm_draft_removed: 0,
    tm_duration: input.durationUs,
    ...input.editor.extraMeta,
  };
}

/** Options for {@linkcode rootEntry}. */
export interface RootEntryOptions {
  /** The editor's drafts folder (the root_meta_info.json's own `root_path`). */
  editorRoot: string;
  /** The file the editor opens: draft_info.json (6+, CapCut) or draft_content.json (5.x). */
  jsonFile: "draft_info.json" | "draft_content.json";
}

/** The entry for this draft in the drafts folder's root_meta_info.json. */
export function rootEntry(
  meta: Record<string, unknown>,
  options: RootEntryOptions,
): Record<string, unknown> {
  const root = slashPath(options.editorRoot).replace(/\/+$/, "");
  const folder = editorFolder(root, String(meta.draft_name));
  return {
    draft_cloud_last_action_download: false,
    draft_cloud_purchase_info: "",
    draft_cloud_template_id: "",
    draft_cloud_tutorial_info: "",
    draft_cloud_videocut_purchase_info: "",
    draft_cover: `${folder}/${COVER_FILE}`,
    draft_fold_path: folder,
    draft_id: meta.draft_id,
    draft_is_ai_shorts: false,
    draft_is_invisible: false,
    draft_json_file: `${folder}/${options.jsonFile}`,
    draft_name: meta.draft_name,
    draft_new_version: meta.draft_new_version,
    draft_root_path: root,
    draft_timeline_materials_size: meta.draft_timeline_materials_size_ ?? 0,
    draft_type: "",
    tm_draft_cloud_completed: "",
    tm_draft_cloud_modified: 0,
    tm_draft_create: meta.tm_draft_create,
    tm_draft_modified: meta.tm_draft_modified,
    tm_draft_removed: 0,
    tm_duration: meta.tm_duration,
  };
}
