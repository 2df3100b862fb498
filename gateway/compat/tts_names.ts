// Our TTS provider names ⇄ superAIAutoCutVideo's engine names (`tencent` ⇄ `tencent_tts`),
// and what its settings page shows for each engine.

/** The frontend's name for one of our providers. */
export function upstreamName(provider: string): string {
  return `${provider}_tts`;
}

/** Our provider name for a frontend engine name (either form accepted). */
export function ourName(engine: string): string {
  return engine.replace(/_tts$/, "");
}

/** The config id the frontend uses for an engine (`tencent_tts_default`, ...). */
export function defaultConfigId(engine: string): string {
  return `${upstreamName(ourName(engine))}_default`;
}

/** The provider a `<engine>_default` config id implies, or undefined. */
export function providerOfConfigId(configId: string): string | undefined {
  const m = configId.match(/^([a-z0-9-]+?)(?:_tts)?_default$/);
  return m?.[1];
}

interface EngineText {
  display_name: string;
  description: string;
  required_fields: string[];
  optional_fields: string[];
  /** Works without credentials (voices can be previewed from their sample URL). */
  open: boolean;
}

const ENGINES: Record<string, EngineText> = {
  tencent: {
    display_name: "腾讯云 TTS",
    description: "Tencent Cloud TextToVoice; needs a SecretId and SecretKey (saved server-side).",
    required_fields: ["secret_id", "secret_key"],
    optional_fields: ["region"],
    open: false,
  },
  local: {
    display_name: "本地语音 (离线)",
    description: "An offline voice (espeak-ng) that needs no account.",
    required_fields: [],
    optional_fields: [],
    open: true,
  },
  edge: {
    display_name: "Edge TTS",
    description: "Microsoft Edge read-aloud voices; no account needed.",
    required_fields: [],
    optional_fields: [],
    open: true,
  },
  openai: {
    display_name: "OpenAI 兼容 TTS",
    description: "An OpenAI-compatible speech server; needs an API key and base URL.",
    required_fields: ["api_key", "base_url"],
    optional_fields: [],
    open: false,
  },
  fake: {
    display_name: "Fake (tests)",
    description: "Deterministic test audio (enabled with SACV_TTS_ENABLE_FAKE=1).",
    required_fields: [],
    optional_fields: [],
    open: true,
  },
};

/** What the settings page shows for provider `name`. */
export function engineText(name: string): EngineText {
  return ENGINES[name] ?? {
    display_name: name,
    description: `TTS provider ${name}`,
    required_fields: [],
    optional_fields: [],
    open: false,
  };
}
