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
