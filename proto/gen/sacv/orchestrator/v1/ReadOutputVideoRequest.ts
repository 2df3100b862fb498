// Original file: proto/sacv/orchestrator/v1/orchestrator.proto

import type { Long } from '@grpc/proto-loader';

export interface ReadOutputVideoRequest {
  'project_id'?: (string);
  'offset'?: (number | string | Long);
  /**
   * 0 means to the end.
   */
  'length'?: (number | string | Long);
  /**
   * Which output file: "video" (default, the MP4) or "subtitles" (the .srt
   * written beside it).
   */
  'file'?: (string);
}

export interface ReadOutputVideoRequest__Output {
  'project_id': (string);
  'offset': (number);
  /**
   * 0 means to the end.
   */
  'length': (number);
  /**
   * Which output file: "video" (default, the MP4) or "subtitles" (the .srt
   * written beside it).
   */
  'file': (string);
}
