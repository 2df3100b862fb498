// Wire shapes of sacv.media.v1 messages as proto-loader delivers them (snake_case, defaults filled).
// The one TypeScript definition of proto/sacv/media/v1/media.proto, shared by the media
// service and the orchestrator's media client. Request fields marked optional may be
// omitted by a sender; the receiver sees the proto3 default (0, "" or false) in their place.

/** `sacv.media.v1.ProbeRequest`: the file to probe. */
export interface ProbeRequest {
  /** Relative to the media root (absolute paths inside it are accepted). */
  path: string;
}

/** `sacv.media.v1.ProbeResult`: container and stream facts about a media file. */
export interface ProbeResult {
  /** The path as the caller gave it. */
  path: string;
  /** Container duration, seconds. */
  duration: number;
  has_video: boolean;
  has_audio: boolean;
  /** Seconds; 0 without a video stream. */
  video_duration: number;
  /** Seconds; 0 without an audio stream. */
  audio_duration: number;
  fps: number;
  width: number;
  height: number;
  video_codec: string;
  audio_codec: string;
  sample_rate: number;
  channels: number;
  format: string;
}

/** `sacv.media.v1.CutClipRequest`: cut `[start, end)` of `input` into `output`. */
export interface CutClipRequest {
  input: string;
  output: string;
  /** Seconds in the input. */
  start: number;
  /** Seconds in the input. */
  end: number;
  /** Drop the audio stream (a narration will replace it anyway). */
  drop_audio?: boolean;
}

/** `sacv.media.v1.CutClipResult`: the written clip. */
export interface CutClipResult {
  output: string;
  duration: number;
  video_duration: number;
  audio_duration: number;
  stream_copied: boolean;
}

/** `sacv.media.v1.AlignNarrationRequest`: put a narration on a clip per the alignment policy. */
export interface AlignNarrationRequest {
  /** The clip (video, with or without audio). */
  clip: string;
  /** The narration audio (any format ffmpeg reads). */
  narration: string;
  output: string;
  /**
   * When the narration is longer than the clip beyond the tempo window: "trim"
   * (default), "extend" (take more footage from `source`) or "freeze" (hold the last frame).
   */
  overflow?: string;
  /** "replace" (default): narration is the clip's audio; "duck": over the original at `duck_volume`. */
  mix?: string;
  /** Linear gain of the original audio when `mix` is "duck"; 0 means 0.2. */
  duck_volume?: number;
  /** For `overflow` "extend": the source video. */
  source?: string;
  /** For `overflow` "extend": where the clip starts in `source`, seconds. */
  source_start?: number;
  /** Tempo window; 0 means 1.15. */
  max_tempo?: number;
}

/** `sacv.media.v1.AlignNarrationResult`: the aligned clip and what was done. */
export interface AlignNarrationResult {
  output: string;
  /** "exact", "speed_up", "slow_down", "trim", "pad", "extend" or "freeze". */
  strategy: string;
  /** atempo factor applied (1 when none). */
  tempo: number;
  narration_duration: number;
  clip_duration: number;
  duration: number;
  video_duration: number;
  audio_duration: number;
}

/** `sacv.media.v1.ConcatRequest`: concatenate `inputs` in order into `output`. */
export interface ConcatRequest {
  inputs: string[];
  output: string;
  /** Target frame width; 0 means the first input's. */
  width?: number;
  /** Target frame height; 0 means the first input's. */
  height?: number;
  /** Target frame rate; 0 means the first input's. */
  fps?: number;
}

/** `sacv.media.v1.ConcatResult`: the concatenated file. */
export interface ConcatResult {
  output: string;
  duration: number;
  video_duration: number;
  audio_duration: number;
}

/** `sacv.media.v1.ConcatProgress`: one message of the Concat stream. */
export interface ConcatProgress {
  /** 0..1 */
  progress: number;
  /** Seconds of output written so far. */
  out_time: number;
  /** Expected output duration, seconds. */
  total_duration: number;
  done: boolean;
  /** Set on the final message only (null or absent before). */
  result?: ConcatResult | null;
}

/** `sacv.media.v1.NormalizeLoudnessRequest`: two-pass loudnorm, optionally trimming leading silence. */
export interface NormalizeLoudnessRequest {
  input: string;
  output: string;
  /** Integrated loudness target, LUFS; 0 means -16. */
  target_lufs?: number;
  /** True peak, dBTP; 0 means -1.5. */
  true_peak?: number;
  /** Loudness range target; 0 means 11. */
  lra?: number;
  trim_leading_silence?: boolean;
  /** Output sample rate; 0 means 48000. */
  sample_rate?: number;
}

/** `sacv.media.v1.NormalizeLoudnessResult`: the written audio. */
export interface NormalizeLoudnessResult {
  output: string;
  input_lufs: number;
  output_lufs: number;
  duration: number;
  /** Leading silence removed, seconds. */
  trimmed_seconds: number;
}

/** `sacv.media.v1.VideoSegment`: a range of the source, seconds from its start. */
export interface VideoSegment {
  start: number;
  end: number;
}

/** `sacv.media.v1.BuildVideoRequest`: build the video track of a script into a folder. */
export interface BuildVideoRequest {
  source: string;
  /** Folder for the pieces (created; an earlier call's folder is rebuilt). */
  output_dir: string;
  segments: VideoSegment[];
}

/** `sacv.media.v1.SegmentVideo`: where one segment's frames came from. */
export interface SegmentVideo {
  /** Frames it shows. */
  frames: number;
  /** Of those, frames copied from the source unchanged. */
  copied_frames: number;
}

/** `sacv.media.v1.BuildVideoResult`. */
export interface BuildVideoResult {
  output_dir: string;
  /** "copy" (every frame copied), "smart" (whole GOPs copied, edges re-encoded) or "encode". */
  mode: string;
  /** Why frames could not be copied ("" when they could). */
  reason: string;
  frames: number;
  duration: number;
  copied_seconds: number;
  encoded_seconds: number;
  /** Files written (encoded pieces, copied HEVC ranges). */
  pieces: number;
  segments: SegmentVideo[];
}

/** `sacv.media.v1.BuildVideoProgress`: one message of the BuildVideo stream. */
export interface BuildVideoProgress {
  /** 0..1 */
  progress: number;
  /** Indexes of segments whose video became ready since the last message. */
  ready: number[];
  done: boolean;
  result?: BuildVideoResult | null;
}

/** `sacv.media.v1.AudioSegment`: one segment of the audio track. */
export interface AudioSegment {
  start: number;
  end: number;
  /** "narration" (replaces the original sound), "original" or "mixed" (narration over ducked original). */
  kind: string;
  /** Narration audio for narration and mixed segments. */
  narration?: string;
}

/** `sacv.media.v1.BuildAudioRequest`: the whole audio track in one graph, one AAC encode. */
export interface BuildAudioRequest {
  source: string;
  /** `.m4a` output. */
  output: string;
  segments: AudioSegment[];
  /** "trim" (default), "extend", "freeze" or "stretch". */
  overflow?: string;
  /** Gain of the original under narration in mixed segments; 0 means 0.2. */
  duck_volume?: number;
  /** Tempo window; 0 means 1.15. */
  max_tempo?: number;
}

/** `sacv.media.v1.AlignedSegment`: how a segment's audio was fitted and how long its slot is. */
export interface AlignedSegment {
  /** exact, speed_up, slow_down, trim, pad, extend, freeze, stretch or original. */
  strategy: string;
  tempo: number;
  narration_duration: number;
  /** What the video of the slot does: copy (as cut), extend, freeze or stretch. */
  video: string;
  /** Slot length, seconds (whole output frames). */
  duration: number;
}

/** `sacv.media.v1.BuildAudioResult`. */
export interface BuildAudioResult {
  output: string;
  duration: number;
  segments: AlignedSegment[];
}

/** `sacv.media.v1.BuildAudioProgress`. */
export interface BuildAudioProgress {
  progress: number;
  /** Indexes of segments whose audio is done since the last message. */
  ready: number[];
  done: boolean;
  result?: BuildAudioResult | null;
}

/** `sacv.media.v1.MuxSegment`: a segment and its slot as BuildAudio fitted it. */
export interface MuxSegment {
  start: number;
  end: number;
  /** copy, extend, freeze or stretch (AlignedSegment.video); "" means copy. */
  video?: string;
  /** Slot seconds (AlignedSegment.duration); used by extend, freeze and stretch. */
  duration?: number;
}

/** `sacv.media.v1.MuxVideoRequest`: the video track (copied) and the audio (copied) into the output. */
export interface MuxVideoRequest {
  source: string;
  /** BuildVideo's folder. */
  video_dir: string;
  /** BuildAudio's output. */
  audio: string;
  output: string;
  segments: MuxSegment[];
}

/** `sacv.media.v1.SegmentTiming`: where a segment lands in the output, seconds. */
export interface SegmentTiming {
  start: number;
  end: number;
}

/** `sacv.media.v1.MuxVideoResult`. */
export interface MuxVideoResult {
  output: string;
  duration: number;
  video_duration: number;
  audio_duration: number;
  /** copy, smart or encode (see BuildVideoResult.mode). */
  mode: string;
  reason: string;
  copied_seconds: number;
  encoded_seconds: number;
  segments: SegmentTiming[];
}

/** `sacv.media.v1.MuxVideoProgress`. */
export interface MuxVideoProgress {
  progress: number;
  /** patch (lengthened slots), mux, verify or reencode (fallback after a failed check). */
  stage: string;
  done: boolean;
  result?: MuxVideoResult | null;
}
