// The sacv.media.v1 wire types, generated from proto/sacv/media/v1/media.proto into proto/gen
// (`deno task proto:gen`; CI fails when they drift). `X` is a message as a receiver gets it
// from proto-loader (snake_case, defaults filled: `X__Output` in the generated files);
// `XInit` is what a sender builds (requests: the required fields plus any others; results:
// proto-loader's permissive input shape).
import type { Outgoing } from "../common/proto.ts";
import type { CutClipRequest__Output } from "../../proto/gen/sacv/media/v1/CutClipRequest.ts";
import type { AlignNarrationRequest__Output } from "../../proto/gen/sacv/media/v1/AlignNarrationRequest.ts";
import type { ConcatRequest__Output } from "../../proto/gen/sacv/media/v1/ConcatRequest.ts";
import type { NormalizeLoudnessRequest__Output } from "../../proto/gen/sacv/media/v1/NormalizeLoudnessRequest.ts";
import type { ExtractFrameRequest__Output } from "../../proto/gen/sacv/media/v1/ExtractFrameRequest.ts";

export type { AlignNarrationRequest__Output as AlignNarrationRequest } from "../../proto/gen/sacv/media/v1/AlignNarrationRequest.ts";
export type {
  AlignNarrationResult as AlignNarrationResultInit,
  AlignNarrationResult__Output as AlignNarrationResult,
} from "../../proto/gen/sacv/media/v1/AlignNarrationResult.ts";
export type {
  ConcatProgress as ConcatProgressInit,
  ConcatProgress__Output as ConcatProgress,
} from "../../proto/gen/sacv/media/v1/ConcatProgress.ts";
export type { ConcatRequest__Output as ConcatRequest } from "../../proto/gen/sacv/media/v1/ConcatRequest.ts";
export type {
  ConcatResult as ConcatResultInit,
  ConcatResult__Output as ConcatResult,
} from "../../proto/gen/sacv/media/v1/ConcatResult.ts";
export type { CutClipRequest__Output as CutClipRequest } from "../../proto/gen/sacv/media/v1/CutClipRequest.ts";
export type {
  CutClipResult as CutClipResultInit,
  CutClipResult__Output as CutClipResult,
} from "../../proto/gen/sacv/media/v1/CutClipResult.ts";
export type { NormalizeLoudnessRequest__Output as NormalizeLoudnessRequest } from "../../proto/gen/sacv/media/v1/NormalizeLoudnessRequest.ts";
export type {
  NormalizeLoudnessResult as NormalizeLoudnessResultInit,
  NormalizeLoudnessResult__Output as NormalizeLoudnessResult,
} from "../../proto/gen/sacv/media/v1/NormalizeLoudnessResult.ts";
export type { ProbeRequest__Output as ProbeRequest } from "../../proto/gen/sacv/media/v1/ProbeRequest.ts";
export type {
  ProbeResult as ProbeResultInit,
  ProbeResult__Output as ProbeResult,
} from "../../proto/gen/sacv/media/v1/ProbeResult.ts";

/** `CutClipRequest` as a caller builds it. */
export type CutClipRequestInit = Outgoing<
  CutClipRequest__Output,
  "input" | "output" | "start" | "end"
>;
/** `AlignNarrationRequest` as a caller builds it. */
export type AlignNarrationRequestInit = Outgoing<
  AlignNarrationRequest__Output,
  "clip" | "narration" | "output"
>;
/** `ConcatRequest` as a caller builds it. */
export type ConcatRequestInit = Outgoing<
  ConcatRequest__Output,
  "inputs" | "output"
>;
/** `NormalizeLoudnessRequest` as a caller builds it. */
export type NormalizeLoudnessRequestInit = Outgoing<
  NormalizeLoudnessRequest__Output,
  "input" | "output"
>;
/** `ExtractFrameRequest` as a caller builds it. */
export type ExtractFrameRequestInit = Outgoing<ExtractFrameRequest__Output, "input" | "output">;
export type { ExtractFrameRequest__Output as ExtractFrameRequest } from "../../proto/gen/sacv/media/v1/ExtractFrameRequest.ts";
export type {
  ExtractFrameResult as ExtractFrameResultInit,
  ExtractFrameResult__Output as ExtractFrameResult,
} from "../../proto/gen/sacv/media/v1/ExtractFrameResult.ts";

// Script-wide calls: BuildVideo, BuildAudio, MuxVideo.
import type { BuildVideoRequest__Output } from "../../proto/gen/sacv/media/v1/BuildVideoRequest.ts";
import type { BuildAudioRequest__Output } from "../../proto/gen/sacv/media/v1/BuildAudioRequest.ts";
import type { FrameRequest, StyleRequest } from "../common/output_frame.ts";
import type { MuxVideoRequest__Output } from "../../proto/gen/sacv/media/v1/MuxVideoRequest.ts";
import type { AudioSegment__Output } from "../../proto/gen/sacv/media/v1/AudioSegment.ts";
import type { MuxSegment__Output } from "../../proto/gen/sacv/media/v1/MuxSegment.ts";

export type { VideoSegment__Output as VideoSegment } from "../../proto/gen/sacv/media/v1/VideoSegment.ts";
export type { BuildVideoRequest__Output as BuildVideoRequest } from "../../proto/gen/sacv/media/v1/BuildVideoRequest.ts";
export type {
  BuildVideoResult as BuildVideoResultInit,
  BuildVideoResult__Output as BuildVideoResult,
} from "../../proto/gen/sacv/media/v1/BuildVideoResult.ts";
export type {
  BuildVideoProgress as BuildVideoProgressInit,
  BuildVideoProgress__Output as BuildVideoProgress,
} from "../../proto/gen/sacv/media/v1/BuildVideoProgress.ts";
export type { SegmentVideo__Output as SegmentVideo } from "../../proto/gen/sacv/media/v1/SegmentVideo.ts";
export type { BuildAudioRequest__Output as BuildAudioRequest } from "../../proto/gen/sacv/media/v1/BuildAudioRequest.ts";
export type {
  BuildAudioResult as BuildAudioResultInit,
  BuildAudioResult__Output as BuildAudioResult,
} from "../../proto/gen/sacv/media/v1/BuildAudioResult.ts";
export type {
  BuildAudioProgress as BuildAudioProgressInit,
  BuildAudioProgress__Output as BuildAudioProgress,
} from "../../proto/gen/sacv/media/v1/BuildAudioProgress.ts";
export type {
  AlignedSegment as AlignedSegmentInit,
  AlignedSegment__Output as AlignedSegment,
} from "../../proto/gen/sacv/media/v1/AlignedSegment.ts";
export type { MuxVideoRequest__Output as MuxVideoRequest } from "../../proto/gen/sacv/media/v1/MuxVideoRequest.ts";
export type {
  MuxVideoResult as MuxVideoResultInit,
  MuxVideoResult__Output as MuxVideoResult,
} from "../../proto/gen/sacv/media/v1/MuxVideoResult.ts";
export type {
  MuxVideoProgress as MuxVideoProgressInit,
  MuxVideoProgress__Output as MuxVideoProgress,
} from "../../proto/gen/sacv/media/v1/MuxVideoProgress.ts";
export type { SegmentTiming__Output as SegmentTiming } from "../../proto/gen/sacv/media/v1/SegmentTiming.ts";

/** `AudioSegment` as a caller builds it (kind "original" needs no narration). */
export type AudioSegment = Outgoing<AudioSegment__Output, "start" | "end" | "kind">;
/** `MuxSegment` as a caller builds it (video "" or absent: as cut). */
export type MuxSegment = Outgoing<MuxSegment__Output, "start" | "end">;
/** `BuildVideoRequest` as a caller builds it. */
export type BuildVideoRequestInit = BuildVideoRequest__Output;
/** `BuildAudioRequest` as a caller builds it. */
export type BuildAudioRequestInit =
  & Outgoing<Omit<BuildAudioRequest__Output, "segments">, "source" | "output">
  & { segments: AudioSegment[] };
/** `MuxVideoRequest` as a caller builds it. */
export type MuxVideoRequestInit =
  & Omit<MuxVideoRequest__Output, "segments" | keyof MuxRenderInit>
  & { segments: MuxSegment[] }
  & MuxRenderInit;
/** The optional final render of a MuxVideo call (absent: stream copy). */
export interface MuxRenderInit {
  frame?: FrameRequest | null;
  subtitle_style?: StyleRequest | null;
  subtitles?: string;
}
