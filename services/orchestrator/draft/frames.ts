// Stills for drafts (the cover, held last frames), taken by the media service's ExtractFrame.
import type { ExtractFrameRequestInit, ExtractFrameResult } from "../../media/messages.ts";
import type { MediaClient } from "../clients.ts";

export type { ExtractFrameRequestInit, ExtractFrameResult };

/** Takes one frame of a video into an image file (paths relative to the media root). */
export type ExtractFrame = (
  req: ExtractFrameRequestInit,
  signal: AbortSignal,
) => Promise<ExtractFrameResult>;

/** ExtractFrame through the media client (ready wait, deadline, retries); aborting kills ffmpeg. */
export function mediaFrameExtractor(media: Pick<MediaClient, "extractFrame">): ExtractFrame {
  return (req, signal) => media.extractFrame(req, signal);
}
