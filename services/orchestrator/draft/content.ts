// Pure builder of a draft's content (draft_info.json / draft_content.json): video, narration
// audio and subtitle tracks laid out from planned slots.
import type { SubtitleCue } from "../subtitles.ts";
import type { EditorProfile } from "./editor.ts";
import {
  audioMaterial,
  canvasMaterial,
  emptyMaterials,
  materialColor,
  newDraftId,
  placeholderInfo,
  soundChannelMapping,
  speedMaterial,
  textMaterial,
  videoMaterial,
  vocalSeparation,
} from "./materials.ts";
import { audioSegment, textSegment, track, videoSegment } from "./segments.ts";
import type { SlotPlan, TimeRange } from "./timeline.ts";

/** A media file as the draft references it. */
export interface DraftMedia {
  /** Path written into the draft (the placeholder form). */
  path: string;
  /** File name shown in the editor. */
  name: string;
  durationUs: number;
  width: number;
  height: number;
}

/** The source video. */
export interface DraftVideo extends DraftMedia {
  fps: number;
  hasAudio: boolean;
}

/** One script segment with its planned slot. */
export interface PlannedSegment {
  id: string;
  kind: "narration" | "original" | "mixed";
  /** Where the segment's footage starts in the source, µs. */
  sourceStartUs: number;
  plan: SlotPlan;
  /** The narration file (its duration is `plan.audio.sourceUs`). */
  audio?: DraftMedia;
  /** Subtitle lines: on the narration's clock (ms of the file) when there is audio, else the slot's. */
  cues: readonly SubtitleCue[];
  /** The held last frame, when the plan has a freeze part. */
  still?: DraftMedia;
}

/** Input of {@linkcode buildDraftContent}. */
export interface DraftContentInput {
  name: string;
  editor: EditorProfile;
  video: DraftVideo;
  segments: readonly PlannedSegment[];
  draftId?: string;
  /** Microseconds since the epoch for create/update times; defaults to now. */
  nowUs?: number;
  /** Linear volume of the source under narration on mixed segments (default 0.2). */
  duckVolume?: number;
  /** Id generator (tests pass a deterministic one). */
  newId?: () => string;
}

/** A media material of the draft, for draft_meta_info.json's `draft_materials`. */
export interface UsedMedia extends DraftMedia {
  id: string;
  /** "video", "photo" or "music", as draft_materials names them. */
  metetype: "video" | "photo" | "music";
}

/** The built draft plus facts the writer needs. */
export interface DraftContent {
  json: Record<string, unknown>;
  draftId: string;
  durationUs: number;
  media: UsedMedia[];
}

const RENDER_INDEX = { video: 0, audio: 0, text: 14000 } as const;

/** Integer µs ranges of `cues` placed on `[start, start+length)` at `speed` (null: too short). */
function cueRanges(
  cues: readonly SubtitleCue[],
  start: number,
  length: number,
  speed: number,
): (TimeRange | null)[] {
  const at = (ms: number) => Math.min(length, Math.max(0, Math.round((ms * 1000) / speed)));
  return cues.map((c) => {
    const a = at(c.start_ms);
    const b = at(c.end_ms);
    return b > a ? { start: start + a, duration: b - a } : null;
  });
}

/**
 * Builds the draft JSON for `input.editor`: the main video track with each
 * slot's pieces back to back from 0 (narration segments muted, mixed ones
 * ducked, held frames as stills), the audio track with each narration whole
 * at its slot's start, and the text track with each subtitle line inside its
 * speech. Integer µs throughout; every segment references its materials by id.
 */
export function buildDraftContent(input: DraftContentInput): DraftContent {
  const { editor, video } = input;
  const id = input.newId ?? newDraftId;
  const draftId = input.draftId ?? id();
  const nowUs = Math.floor(input.nowUs ?? Date.now() * 1000);
  const duck = input.duckVolume ?? 0.2;
  const m = emptyMaterials(editor.materialLists);
  const media: UsedMedia[] = [];

  const videoId = id();
  m.videos.push(videoMaterial(videoId, video));
  media.push({ ...video, id: videoId, metetype: "video" });

  /** Companion materials every segment references, per editor. */
  const companions = (kind: "video" | "audio" | "text", speed: number) => {
    const refs = [id()];
    m.speeds.push(speedMaterial(refs[0], speed));
    if (editor.segmentCompanions) {
      const p = id();
      m.placeholder_infos.push(placeholderInfo(p));
      refs.push(p);
    }
    if (kind === "text") return refs;
    const channel = id();
    m.sound_channel_mappings.push(soundChannelMapping(channel));
    refs.push(channel);
    if (kind === "video") {
      const canvas = id();
      const vocal = id();
      m.canvases.push(canvasMaterial(canvas));
      m.vocal_separations.push(vocalSeparation(vocal));
      refs.push(canvas, vocal);
      if (editor.segmentCompanions) {
        const color = id();
        m.material_colors.push(materialColor(color));
        refs.push(color);
      }
    }
    return refs;
  };

  const videoSegs: Record<string, unknown>[] = [];
  const audioSegs: Record<string, unknown>[] = [];
  const textSegs: Record<string, unknown>[] = [];
  let t = 0;
  for (const seg of input.segments) {
    const { plan } = seg;
    const volume = seg.kind === "original" ? 1 : seg.kind === "mixed" ? duck : 0;
    let at = t;
    for (const part of plan.video) {
      if (part.kind === "footage") {
        videoSegs.push(videoSegment(id(), videoId, { start: at, duration: part.targetUs }, {
          start: seg.sourceStartUs + part.sourceOffsetUs,
          duration: part.sourceUs,
        }, {
          speed: part.speed,
          volume,
          refs: companions("video", part.speed),
          renderIndex: RENDER_INDEX.video,
        }));
      } else {
        if (!seg.still) {
          throw new RangeError(
            `Cannot hold the last frame of segment ${seg.id} as no still was given: current value is undefined`,
          );
        }
        const stillId = id();
        m.videos.push(videoMaterial(stillId, { ...seg.still, hasAudio: false, type: "photo" }));
        media.push({ ...seg.still, id: stillId, metetype: "photo" });
        videoSegs.push(videoSegment(id(), stillId, { start: at, duration: part.targetUs }, {
          start: 0,
          duration: part.targetUs,
        }, { speed: 1, volume: 0, refs: companions("video", 1), renderIndex: RENDER_INDEX.video }));
      }
      at += part.targetUs;
    }

    let cues: (TimeRange | null)[];
    if (seg.audio && plan.audio) {
      const a = plan.audio;
      const audioId = id();
      m.audios.push(audioMaterial(audioId, seg.audio));
      media.push({ ...seg.audio, id: audioId, metetype: "music" });
      audioSegs.push(
        audioSegment(id(), audioId, { start: t, duration: a.targetUs }, {
          start: 0,
          duration: a.sourceUs,
        }, {
          speed: a.speed,
          volume: 1,
          refs: companions("audio", a.speed),
          renderIndex: RENDER_INDEX.audio,
        }),
      );
      cues = cueRanges(seg.cues, t, a.targetUs, a.speed);
    } else {
      cues = cueRanges(seg.cues, t, plan.slotUs, 1);
    }
    seg.cues.forEach((cue, i) => {
      const range = cues[i];
      if (!range) return;
      const textId = id();
      m.texts.push(textMaterial(textId, cue.text));
      textSegs.push(textSegment(id(), textId, range, {
        speed: 1,
        volume: 1,
        refs: companions("text", 1),
        renderIndex: RENDER_INDEX.text,
      }));
    });
    t += plan.slotUs;
  }

  const platform = { ...editor.platform };
  const json: Record<string, unknown> = {
    id: draftId,
    name: input.name,
    canvas_config: {
      width: video.width,
      height: video.height,
      ratio: "original",
      ...editor.extraCanvas,
    },
    color_space: 0,
    config: {
      adjust_max_index: 1,
      attachment_info: [],
      combination_max_index: 1,
      export_range: null,
      extract_audio_last_index: 1,
      lyrics_recognition_id: "",
      lyrics_sync: true,
      lyrics_taskinfo: [],
      maintrack_adsorb: true,
      material_save_mode: 0,
      multi_language_current: "none",
      multi_language_list: [],
      multi_language_main: "none",
      multi_language_mode: "none",
      original_sound_last_index: 1,
      record_audio_last_index: 1,
      sticker_max_index: 1,
      subtitle_keywords_config: null,
      subtitle_recognition_id: "",
      subtitle_sync: true,
      subtitle_taskinfo: [],
      system_font_list: [],
      video_mute: false,
      zoom_info_params: null,
      ...editor.extraConfig,
    },
    cover: null,
    create_time: Math.floor(nowUs / 1_000_000),
    update_time: Math.floor(nowUs / 1_000_000),
    duration: t,
    extra_info: null,
    fps: video.fps > 0 ? video.fps : 30,
    free_render_index_mode_on: false,
    group_container: null,
    keyframe_graph_list: [],
    keyframes: {
      adjusts: [],
      audios: [],
      effects: [],
      filters: [],
      handwrites: [],
      stickers: [],
      texts: [],
      videos: [],
    },
    last_modified_platform: platform,
    platform: { ...platform },
    materials: m,
    mutable_config: null,
    new_version: editor.newVersion,
    relationships: [],
    render_index_track_mode_on: true,
    retouch_cover: null,
    source: "default",
    static_cover_image_path: "",
    time_marks: null,
    tracks: [
      track("video", id(), videoSegs),
      track("audio", id(), audioSegs),
      track("text", id(), textSegs),
    ],
    version: editor.version,
    ...editor.extraContent(),
  };
  return { json, draftId, durationUs: t, media };
}
