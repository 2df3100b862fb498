// Pure builder of a Jianying/CapCut draft_content.json: video, narration audio and subtitle tracks.
import {
  audioMaterial,
  baseSegment,
  canvasMaterial,
  clipSettings,
  emptyMaterials,
  JIANYING_VERSION,
  newDraftId,
  soundChannelMapping,
  speedMaterial,
  textMaterial,
  videoMaterial,
  vocalSeparation,
} from "./materials.ts";
import { placeAudio, type TimeRange } from "./timeline.ts";

/** The source video as the draft references it. */
export interface DraftVideo {
  /** Path written into the draft (where the file will be when the draft is opened). */
  path: string;
  durationUs: number;
  width: number;
  height: number;
  fps: number;
  hasAudio: boolean;
}

/** One script segment placed on the timeline. */
export interface DraftSegment {
  id: string;
  kind: "narration" | "original" | "mixed";
  /** Where the segment's footage starts in the source, µs. */
  sourceStartUs: number;
  /** Segment length, µs (its slot on the timeline). */
  durationUs: number;
  /** The (normalised) narration audio, for narration and mixed segments. */
  audio?: { path: string; name: string; durationUs: number };
  /** Subtitle text; empty means no subtitle for this segment. */
  subtitle: string;
}

/** Input of {@linkcode buildDraftContent}. */
export interface DraftContentInput {
  name: string;
  video: DraftVideo;
  segments: readonly DraftSegment[];
  /** Draft id (uppercase UUID); generated when omitted. */
  draftId?: string;
  /** Seconds since the epoch for create/update times; defaults to now. */
  nowSec?: number;
  /** Linear volume of the source under narration on mixed segments (default 0.2). */
  duckVolume?: number;
  /** Tempo window of the alignment policy (default 1.15). */
  maxTempo?: number;
  /** Id generator (tests pass a deterministic one). */
  newId?: () => string;
}

/** The built draft plus facts the writer needs. */
export interface DraftContent {
  json: Record<string, unknown>;
  draftId: string;
  durationUs: number;
}

const RENDER_INDEX = { video: 0, audio: 0, text: 14000 } as const;

function track(type: "video" | "audio" | "text", id: string, segments: unknown[]) {
  return { attribute: 0, flag: 0, id, is_default_name: true, name: "", segments, type };
}

/**
 * Builds the draft JSON: a video track with one segment per script segment
 * taken from the source (narration segments muted, mixed ones ducked), an
 * audio track with each narration at its segment's start (speed/trim per the
 * alignment policy), and a subtitle text track. All times are integer µs;
 * every segment references its materials by id.
 */
export function buildDraftContent(input: DraftContentInput): DraftContent {
  const id = input.newId ?? newDraftId;
  const draftId = input.draftId ?? id();
  const nowSec = Math.floor(input.nowSec ?? Date.now() / 1000);
  const duck = input.duckVolume ?? 0.2;
  const m = emptyMaterials();
  const { video } = input;

  const videoId = id();
  m.videos.push(videoMaterial(videoId, { ...video, name: basename(video.path) }));

  const videoSegs: unknown[] = [];
  const audioSegs: unknown[] = [];
  const textSegs: unknown[] = [];
  let t = 0;
  for (const seg of input.segments) {
    if (!Number.isInteger(seg.durationUs) || seg.durationUs <= 0) {
      throw new RangeError(
        `Cannot place segment ${seg.id} as its duration must be a positive integer of µs: current value is ${seg.durationUs}`,
      );
    }
    const target: TimeRange = { start: t, duration: seg.durationUs };
    const source: TimeRange = { start: seg.sourceStartUs, duration: seg.durationUs };

    const speedId = id();
    const canvasId = id();
    const channelId = id();
    const vocalId = id();
    m.speeds.push(speedMaterial(speedId, 1));
    m.canvases.push(canvasMaterial(canvasId));
    m.sound_channel_mappings.push(soundChannelMapping(channelId));
    m.vocal_separations.push(vocalSeparation(vocalId));
    const volume = seg.kind === "original" ? 1 : seg.kind === "mixed" ? duck : 0;
    videoSegs.push({
      ...baseSegment(id(), videoId, target, source, {
        speed: 1,
        volume,
        refs: [speedId, canvasId, channelId, vocalId],
        renderIndex: RENDER_INDEX.video,
      }),
      clip: clipSettings(),
      uniform_scale: { on: true, value: 1 },
      hdr_settings: { intensity: 1, mode: 1, nits: 1000 },
    });

    if (seg.kind !== "original" && seg.audio) {
      const audioId = id();
      m.audios.push(audioMaterial(audioId, seg.audio));
      const place = placeAudio(seg.audio.durationUs, seg.durationUs, input.maxTempo);
      const aSpeedId = id();
      const aChannelId = id();
      m.speeds.push(speedMaterial(aSpeedId, place.speed));
      m.sound_channel_mappings.push(soundChannelMapping(aChannelId));
      audioSegs.push(
        baseSegment(id(), audioId, { start: t, duration: place.targetUs }, {
          start: 0,
          duration: place.sourceUs,
        }, {
          speed: place.speed,
          volume: 1,
          refs: [aSpeedId, aChannelId],
          renderIndex: RENDER_INDEX.audio,
        }),
      );
    }

    if (seg.subtitle.trim() !== "") {
      const textId = id();
      m.texts.push(textMaterial(textId, seg.subtitle.trim()));
      textSegs.push({
        ...baseSegment(id(), textId, target, null, {
          speed: 1,
          volume: 1,
          refs: [],
          renderIndex: RENDER_INDEX.text,
        }),
        clip: clipSettings(-0.8),
      });
    }
    t += seg.durationUs;
  }

  const platform = {
    app_id: JIANYING_VERSION.app_id,
    app_source: JIANYING_VERSION.app_source,
    app_version: JIANYING_VERSION.app_version,
    os: "windows",
  };
  const json: Record<string, unknown> = {
    id: draftId,
    name: input.name,
    canvas_config: { width: video.width, height: video.height, ratio: "original" },
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
      original_sound_last_index: 1,
      record_audio_last_index: 1,
      sticker_max_index: 1,
      subtitle_recognition_id: "",
      subtitle_sync: true,
      subtitle_taskinfo: [],
      system_font_list: [],
      video_mute: false,
      zoom_info_params: null,
    },
    cover: null,
    create_time: nowSec,
    update_time: nowSec,
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
    platform,
    materials: m,
    mutable_config: null,
    new_version: JIANYING_VERSION.new_version,
    relationships: [],
    render_index_track_mode_on: false,
    retouch_cover: null,
    source: "default",
    static_cover_image_path: "",
    time_marks: null,
    tracks: [
      track("video", id(), videoSegs),
      track("audio", id(), audioSegs),
      track("text", id(), textSegs),
    ],
    version: JIANYING_VERSION.version,
  };
  return { json, draftId, durationUs: t };
}

function basename(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
