// draft_meta_info.json: the per-draft metadata Jianying shows in its draft list.
import { JIANYING_VERSION } from "./materials.ts";

/** Input of {@linkcode buildDraftMeta}. */
export interface DraftMetaInput {
  draftId: string;
  name: string;
  /** Absolute folder of the draft, as it will be opened. */
  folder: string;
  /** Absolute drafts directory (the folder's parent). */
  root: string;
  durationUs: number;
  /** Total bytes of media in the draft. */
  materialsSize?: number;
  /** Microseconds since the epoch; defaults to now. */
  nowUs?: number;
}

/** Forward slashes, as Jianying writes paths on every OS. */
export function slashPath(path: string): string {
  return path.replaceAll("\\", "/");
}

/** Builds draft_meta_info.json for a draft. */
export function buildDraftMeta(input: DraftMetaInput): Record<string, unknown> {
  const now = input.nowUs ?? Date.now() * 1000;
  return {
    draft_id: input.draftId,
    draft_name: input.name,
    draft_fold_path: slashPath(input.folder),
    draft_root_path: slashPath(input.root),
    draft_cover: "",
    draft_new_version: JIANYING_VERSION.new_version,
    draft_type: "",
    draft_is_ai_shorts: false,
    draft_is_invisible: false,
    draft_is_from_deeplink: "false",
    draft_cloud_last_action_download: false,
    draft_cloud_materials: [],
    draft_cloud_purchase_info: "",
    draft_cloud_template_id: "",
    draft_cloud_tutorial_info: "",
    draft_cloud_videocut_purchase_info: "",
    draft_deeplink_url: "",
    draft_enterprise_info: {
      draft_enterprise_extra: "",
      draft_enterprise_id: "",
      draft_enterprise_name: "",
      enterprise_material: [],
    },
    draft_materials: [0, 1, 2, 3, 6, 7, 8].map((type) => ({ type, value: [] })),
    draft_materials_copied_info: [],
    draft_removable_storage_device: "",
    draft_segment_extra_info: [],
    draft_timeline_materials_size_: input.materialsSize ?? 0,
    tm_draft_create: now,
    tm_draft_modified: now,
    tm_draft_cloud_completed: "",
    tm_draft_cloud_modified: 0,
    tm_draft_removed: 0,
    tm_duration: input.durationUs,
  };
}

/** The entry for this draft in the drafts directory's root_meta_info.json. */
export function rootEntry(meta: Record<string, unknown>): Record<string, unknown> {
  const folder = String(meta.draft_fold_path);
  return {
    draft_id: meta.draft_id,
    draft_name: meta.draft_name,
    draft_fold_path: folder,
    draft_root_path: meta.draft_root_path,
    draft_json_file: `${folder}/draft_content.json`,
    draft_cover: `${folder}/draft_cover.jpg`,
    draft_new_version: meta.draft_new_version,
    draft_type: "",
    draft_is_ai_shorts: false,
    draft_is_invisible: false,
    draft_cloud_last_action_download: false,
    draft_cloud_purchase_info: "",
    draft_cloud_template_id: "",
    draft_cloud_tutorial_info: "",
    draft_cloud_videocut_purchase_info: "",
    draft_timeline_materials_size: meta.draft_timeline_materials_size_ ?? 0,
    tm_draft_create: meta.tm_draft_create,
    tm_draft_modified: meta.tm_draft_modified,
    tm_draft_cloud_completed: "",
    tm_draft_cloud_modified: 0,
    tm_draft_removed: 0,
    tm_duration: meta.tm_duration,
  };
}
