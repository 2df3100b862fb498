// RPCs for settings saved through the API: TTS configs (with their credentials), voice
// preview and connection test through the TTS service, and the Jianying drafts directory.
import type * as grpc from "@grpc/grpc-js";
import { unary as callUnary } from "../common/client.ts";
import { READY_WAIT_MS } from "./clients/call_policy.ts";
import { SacvError } from "../common/errors.ts";
import type { Clients } from "./clients.ts";
import type { SettingsStore } from "./settings.ts";
import { dependencyError } from "./dependency_error.ts";
import { isSet, type Req, required, type Rpc } from "./service_rpc.ts";
import { checkConfigId, type TtsConfigPatch, type TtsConfigStore } from "./tts_configs.ts";

/** What these RPCs need. */
export interface SettingsDeps {
  ttsConfigs: TtsConfigStore;
  settings: SettingsStore;
  clients: Pick<Clients, "tts">;
  /** Refuses a drafts directory the draft pipeline would refuse (INVALID_ARGUMENT naming it). */
  checkDraftDir(dir: string): void;
  /** How long a call waits for a ready TTS replica (SACV_DEPENDENCY_WAIT_MS). */
  readyWaitMs?: number;
}

/** Deadline of a preview or test synthesis. */
const SYNTH_TIMEOUT_MS = 60_000;
/** What a connection test says. */
const TEST_TEXT = "测试";
const MAX_PREVIEW_CHARS = 200;

function patchOf(req: Req): TtsConfigPatch {
  const patch: TtsConfigPatch = {};
  for (
    const key of [
      "provider",
      "secret_id",
      "secret_key",
      "api_key",
      "region",
      "base_url",
      "description",
      "active_voice_id",
    ] as const
  ) {
    if (isSet(req, key)) patch[key] = String(req[key] ?? "");
  }
  if (isSet(req, "enabled")) patch.enabled = Boolean(req.enabled);
  if (isSet(req, "speed_ratio")) patch.speed_ratio = Number(req.speed_ratio);
  if (isSet(req, "extra_params_json")) {
    let v: unknown;
    try {
      v = JSON.parse(String(req.extra_params_json));
    } catch {
      v = undefined;
    }
    if (v === null || typeof v !== "object" || Array.isArray(v)) {
      throw new SacvError("INVALID_ARGUMENT", "extra_params must be a JSON object", {
        reason: "INVALID_FIELD",
        details: { field: "extra_params" },
      });
    }
    patch.extra_params = v as Record<string, unknown>;
  }
  return patch;
}

/** The synthesis result fields the preview returns. */
interface SynthResult {
  audio: Uint8Array;
  codec: string;
  duration_ms: number;
  provider: string;
  voice: string;
  cached: boolean;
}

/** Builds the settings handlers over `deps`. */
export function settingsHandlers(deps: SettingsDeps, rpc: Rpc): grpc.UntypedServiceImplementation {
  const { ttsConfigs, settings } = deps;

  /** One call to a ready TTS replica; a transport failure reads "tts unavailable". */
  const tts = async <Res>(method: string, request: Record<string, unknown>): Promise<Res> => {
    const { ep, release } = await deps.clients.tts.pool.lease(
      undefined,
      deps.readyWaitMs ?? READY_WAIT_MS,
    )
      .catch(dependencyError("tts"));
    try {
      return await callUnary<unknown, Res>(ep.client, method, request, {
        timeoutMs: SYNTH_TIMEOUT_MS,
      }).catch(dependencyError("tts"));
    } finally {
      release();
    }
  };

  /** Adds the stored credentials for `provider` (never logged). */
  const withCredentials = (request: Record<string, unknown>, provider: string, configId = "") => {
    const credentials = provider ? ttsConfigs.credentialsFor(provider, configId) : undefined;
    if (credentials) request.credentials = credentials;
    return request;
  };

  /** One synthesis with a stored config's credentials. */
  const synth = (text: string, provider: string, voice: string, configId: string) =>
    tts<SynthResult>(
      "Synthesize",
      withCredentials({ text, provider, voice, codec: "wav", no_cache: false }, provider, configId),
    );

  /** The TTS service's voice sample (its sample text in the voice's language when none given). */
  const preview = (provider: string, voice: string, text: string, configId: string, speed = 0) =>
    tts<SynthResult>(
      "PreviewVoice",
      withCredentials({ provider, voice, text, codec: "wav", speed }, provider, configId),
    );

  return {
    ListTtsConfigs: rpc.unary("ListTtsConfigs", () => ttsConfigs.list()),
    UpdateTtsConfig: rpc.unary(
      "UpdateTtsConfig",
      (req) => ttsConfigs.update(checkConfigId(String(req.config_id ?? "")), patchOf(req)),
    ),
    ActivateTtsConfig: rpc.unary(
      "ActivateTtsConfig",
      (req) => ttsConfigs.activate(String(req.config_id ?? "")),
    ),
    TestTtsConfig: rpc.unary("TestTtsConfig", async (req) => {
      const config = ttsConfigs.get(String(req.config_id ?? ""));
      const t0 = performance.now();
      try {
        await synth(TEST_TEXT, config.provider, config.active_voice_id, config.config_id);
        return {
          success: true,
          config_id: config.config_id,
          provider: config.provider,
          message: "credentials valid: a test synthesis succeeded",
          duration_ms: Math.round(performance.now() - t0),
        };
      } catch (err) {
        // A failed test is an answer, not an error: the message names the provider's reason.
        const e = err as { status?: string; reason?: string; message?: string };
        return {
          success: false,
          config_id: config.config_id,
          provider: config.provider,
          message: `${e.reason ?? e.status ?? "ERROR"}: ${e.message ?? String(err)}`,
          duration_ms: Math.round(performance.now() - t0),
        };
      }
    }),
    PreviewTtsVoice: rpc.unary("PreviewTtsVoice", async (req) => {
      const voice = required(req, "voice_id");
      const configId = String(req.config_id ?? "").trim();
      const fromConfig = configId ? ttsConfigs.providerOf(configId) : undefined;
      const active = ttsConfigs.defaults();
      const provider = String(req.provider ?? "").trim() || fromConfig || active?.provider || "";
      const text = String(req.text ?? "").trim();
      if (text.length > MAX_PREVIEW_CHARS) {
        throw new SacvError(
          "INVALID_ARGUMENT",
          `preview text is longer than ${MAX_PREVIEW_CHARS} characters`,
          { reason: "INVALID_FIELD", details: { field: "text" } },
        );
      }
      const speed = active && active.provider === provider ? active.speed ?? 0 : 0;
      const r = await preview(provider, voice, text, configId, speed);
      return {
        audio: r.audio,
        codec: r.codec,
        duration_ms: r.duration_ms,
        provider: r.provider,
        voice: r.voice || voice,
        cached: r.cached,
      };
    }),
    ListTtsVoices: rpc.unary("ListTtsVoices", (req) => {
      const provider = String(req.provider ?? "").trim();
      return tts(
        "ListVoices",
        withCredentials({ provider, language: String(req.language ?? "") }, provider),
      );
    }),
    GetJianyingDraftPath: rpc.unary("GetJianyingDraftPath", () => settings.jianyingDraftPath()),
    SetJianyingDraftPath: rpc.unary("SetJianyingDraftPath", (req) => {
      const path = String(req.path ?? "").trim();
      if (path !== "") {
        try {
          deps.checkDraftDir(path);
        } catch (err) {
          const e = err as SacvError;
          throw new SacvError("INVALID_ARGUMENT", e.message, {
            reason: e.reason ?? "DRAFT_DIR_OUTSIDE",
            details: { field: "path" },
          });
        }
      }
      return settings.setJianyingDraftPath(path);
    }),
    DetectJianyingDraftPaths: rpc.unary(
      "DetectJianyingDraftPaths",
      () => settings.detectJianyingDraftPaths(),
    ),
  };
}
