// Stills for drafts (the cover, held last frames), taken by the media service's ExtractFrame.
import { unary } from "../../common/client.ts";
import type { ExtractFrameRequestInit, ExtractFrameResult } from "../../media/messages.ts";
import type { MediaClient } from "../clients.ts";

export type { ExtractFrameRequestInit, ExtractFrameResult };

/** Takes one frame of a video into an image file (paths relative to the media root). */
export type ExtractFrame = (
  req: ExtractFrameRequestInit,
  signal: AbortSignal,
) => Promise<ExtractFrameResult>;

/** ExtractFrame over the media client's channel; aborting the signal kills ffmpeg. */
export function mediaFrameExtractor(media: Pick<MediaClient, "raw">): ExtractFrame {
  return (req, signal) => unary(media.raw, "ExtractFrame", req, { signal });
}
