// Original file: proto/sacv/tts/v1/tts.proto

import type { ProviderCredentials as _sacv_tts_v1_ProviderCredentials, ProviderCredentials__Output as _sacv_tts_v1_ProviderCredentials__Output } from '../../../sacv/tts/v1/ProviderCredentials.ts';

export interface PreviewVoiceRequest {
  /**
   * Empty means SACV_TTS_DEFAULT_PROVIDER.
   */
  'provider'?: (string);
  /**
   * Empty means the provider's default voice.
   */
  'voice'?: (string);
  /**
   * Empty means the voice's sample text.
   */
  'text'?: (string);
  /**
   * Speaking rate as a ratio; 0 means 1.0.
   */
  'speed'?: (number | string);
  /**
   * "wav" (default), "mp3" or "pcm".
   */
  'codec'?: (string);
  'credentials'?: (_sacv_tts_v1_ProviderCredentials | null);
}

export interface PreviewVoiceRequest__Output {
  /**
   * Empty means SACV_TTS_DEFAULT_PROVIDER.
   */
  'provider': (string);
  /**
   * Empty means the provider's default voice.
   */
  'voice': (string);
  /**
   * Empty means the voice's sample text.
   */
  'text': (string);
  /**
   * Speaking rate as a ratio; 0 means 1.0.
   */
  'speed': (number);
  /**
   * "wav" (default), "mp3" or "pcm".
   */
  'codec': (string);
  'credentials': (_sacv_tts_v1_ProviderCredentials__Output | null);
}
