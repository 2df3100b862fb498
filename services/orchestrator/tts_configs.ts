// TTS configurations saved through the API: provider, voice, speed and credentials, kept in
// `<data>/tts_configs.json` (mode 0600). Secrets are only read back masked and never logged.
import { join } from "node:path";
import { SacvError } from "../common/errors.ts";
import type { ListTtsConfigsResponse, TtsConfig } from "./messages.ts";
import type { ProviderCredentials__Output } from "../../proto/gen/sacv/tts/v1/ProviderCredentials.ts";

/** The file name inside the data dir. */
export const TTS_CONFIGS_FILE = "tts_configs.json";
/** What a set secret reads back as. */
export const MASK = "***";

/** A stored configuration (secrets in clear; never leaves this module unmasked except as credentials). */
interface StoredConfig {
  provider: string;
  secret_id: string;
  secret_key: string;
  api_key: string;
  region: string;
  base_url: string;
  description: string;
  enabled: boolean;
  active_voice_id: string;
  speed_ratio: number;
  extra_params: Record<string, unknown>;
  updated_at: string;
}

/** A partial update; absent fields are unchanged. */
export interface TtsConfigPatch {
  provider?: string;
  secret_id?: string;
  secret_key?: string;
  api_key?: string;
  region?: string;
  base_url?: string;
  description?: string;
  enabled?: boolean;
  active_voice_id?: string;
  speed_ratio?: number;
  extra_params?: Record<string, unknown>;
}

/** Credentials passed to the TTS service with each synthesis (`sacv.tts.v1.ProviderCredentials`). */
export type TtsCredentials = ProviderCredentials__Output;

/** What an active config contributes to a task that names no provider, voice or speed. */
export interface TtsDefaults {
  configId: string;
  provider: string;
  voice?: string;
  speed?: number;
}

const ID = /^[A-Za-z0-9_.-]{1,64}$/;
const PROVIDER = /^[a-z0-9_-]{1,32}$/;
const MAX_TEXT = 512;

function invalid(field: string, message: string): SacvError {
  return new SacvError("INVALID_ARGUMENT", message, {
    reason: "INVALID_FIELD",
    details: { field },
  });
}

/** Checks a config id (used as a key and in URLs), naming it when it is malformed. */
export function checkConfigId(id: string): string {
  if (!ID.test(id)) {
    throw invalid(
      "config_id",
      `config_id must be 1-64 letters, digits, '.', '_' or '-': got ${JSON.stringify(id)}`,
    );
  }
  return id;
}

function text(field: string, value: string): string {
  const v = value.trim();
  if (v.length > MAX_TEXT) throw invalid(field, `${field} is longer than ${MAX_TEXT} characters`);
  // deno-lint-ignore no-control-regex -- control characters have no place in a key or a region
  if (/[\u0000-\u001f\u007f]/.test(v)) throw invalid(field, `${field} contains control characters`);
  return v;
}

function masked(id: string, c: StoredConfig): TtsConfig {
  return {
    config_id: id,
    provider: c.provider,
    secret_id: c.secret_id ? MASK : "",
    secret_key: c.secret_key ? MASK : "",
    api_key: c.api_key ? MASK : "",
    region: c.region,
    base_url: c.base_url,
    description: c.description,
    enabled: c.enabled,
    active_voice_id: c.active_voice_id,
    speed_ratio: c.speed_ratio,
    extra_params_json: JSON.stringify(c.extra_params),
    updated_at: c.updated_at,
  };
}

function hasSecrets(c: StoredConfig): boolean {
  return Boolean(c.secret_id || c.secret_key || c.api_key);
}

/**
 * The stored TTS configurations. At most one is enabled: that one is active and
 * drives tasks that name no provider, voice or speed. Every change is written at
 * once (temp file + rename, mode 0600), so a restart keeps it.
 */
export class TtsConfigStore {
  readonly path: string;
  #configs: Record<string, StoredConfig>;

  /** Loads `<dataDir>/tts_configs.json` (missing = empty) and tightens its mode to 0600. */
  constructor(dataDir: string) {
    this.path = join(dataDir, TTS_CONFIGS_FILE);
    this.#configs = {};
    let raw: string | undefined;
    try {
      raw = Deno.readTextFileSync(this.path);
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
    }
    if (raw !== undefined) {
      Deno.chmodSync(this.path, 0o600);
      const parsed = JSON.parse(raw) as { configs?: Record<string, StoredConfig> };
      this.#configs = parsed.configs ?? {};
    }
  }

  #save(): void {
    const tmp = `${this.path}.${crypto.randomUUID()}.tmp`;
    const body = JSON.stringify({ version: 1, configs: this.#configs }, null, 2);
    try {
      Deno.writeTextFileSync(tmp, body, { mode: 0o600, createNew: true });
      Deno.renameSync(tmp, this.path);
    } catch (err) {
      try {
        Deno.removeSync(tmp);
      } catch {
        // Nothing was written.
      }
      throw err;
    }
  }

  /** Every config, secrets masked, and the active one's id ("" when none). */
  list(): ListTtsConfigsResponse {
    const configs = Object.entries(this.#configs).map(([id, c]) => masked(id, c));
    return { configs, active_config_id: this.activeId() };
  }

  /** The enabled config's id, or "". */
  activeId(): string {
    return Object.entries(this.#configs).find(([, c]) => c.enabled)?.[0] ?? "";
  }

  /** One config (masked), or NOT_FOUND naming it. */
  get(id: string): TtsConfig {
    const c = this.#configs[checkConfigId(id)];
    if (!c) {
      throw new SacvError("NOT_FOUND", `TTS config ${id} not found`, {
        reason: "TTS_CONFIG_NOT_FOUND",
        details: { field: "config_id" },
      });
    }
    return masked(id, c);
  }

  /**
   * Creates or changes a config. A masked value ("***") sent back leaves the
   * secret as it is; "" clears it. Enabling a config disables the others.
   */
  update(id: string, patch: TtsConfigPatch, defaultProvider = "tencent"): TtsConfig {
    checkConfigId(id);
    const now = new Date().toISOString();
    const c: StoredConfig = this.#configs[id] ? { ...this.#configs[id] } : {
      provider: defaultProvider,
      secret_id: "",
      secret_key: "",
      api_key: "",
      region: "",
      base_url: "",
      description: "",
      enabled: false,
      active_voice_id: "",
      speed_ratio: 1,
      extra_params: {},
      updated_at: now,
    };
    if (patch.provider !== undefined) {
      const p = patch.provider.trim();
      if (!PROVIDER.test(p)) {
        throw invalid("provider", `provider must be a provider name: got ${JSON.stringify(p)}`);
      }
      c.provider = p;
    }
    for (const key of ["secret_id", "secret_key", "api_key"] as const) {
      const v = patch[key];
      if (v === undefined || v === MASK) continue;
      const secret = text(key, v);
      // Secrets travel in HTTP headers (Tencent's TC3 signature, a bearer key): visible ASCII only.
      if (!/^[\x21-\x7e]*$/.test(secret)) {
        throw invalid(
          key,
          `${key} must be visible ASCII characters (${secret.length} given, not shown)`,
        );
      }
      c[key] = secret;
    }
    for (const key of ["region", "base_url", "description", "active_voice_id"] as const) {
      const v = patch[key];
      if (v !== undefined) c[key] = text(key, v);
    }
    if (patch.speed_ratio !== undefined) {
      const s = patch.speed_ratio;
      if (!Number.isFinite(s) || s < 0.25 || s > 4) {
        throw invalid("speed_ratio", `speed_ratio must be from 0.25 to 4: got ${s}`);
      }
      c.speed_ratio = s;
    }
    if (patch.extra_params !== undefined) c.extra_params = { ...patch.extra_params };
    if (patch.enabled !== undefined) c.enabled = patch.enabled;
    c.updated_at = now;
    if (c.enabled) { for (const other of Object.values(this.#configs)) other.enabled = false; }
    this.#configs[id] = c;
    this.#save();
    return masked(id, c);
  }

  /** Makes `id` the only enabled config. */
  activate(id: string): TtsConfig {
    this.get(id);
    return this.update(id, { enabled: true });
  }

  /** The provider, voice and speed of the active config, or undefined when none is active. */
  defaults(): TtsDefaults | undefined {
    const id = this.activeId();
    if (!id) return undefined;
    const c = this.#configs[id];
    const out: TtsDefaults = { configId: id, provider: c.provider };
    if (c.active_voice_id) out.voice = c.active_voice_id;
    if (c.speed_ratio && c.speed_ratio !== 1) out.speed = c.speed_ratio;
    return out;
  }

  /**
   * Credentials for a synthesis with `provider`: the config `configId` when it
   * is for that provider, else the active config, else any config of that
   * provider with secrets. Undefined means the TTS service's environment credentials.
   */
  credentialsFor(provider: string, configId = ""): TtsCredentials | undefined {
    const pick = (id: string) => {
      const c = this.#configs[id];
      return c && c.provider === provider && hasSecrets(c) ? c : undefined;
    };
    const c = (configId ? pick(configId) : undefined) ?? pick(this.activeId()) ??
      Object.values(this.#configs).find((c) => c.provider === provider && hasSecrets(c));
    if (!c) return undefined;
    return {
      secret_id: c.secret_id,
      secret_key: c.secret_key,
      session_token: "",
      region: c.region,
      api_key: c.api_key,
      base_url: c.base_url,
    };
  }

  /** The provider of config `id`, or undefined. */
  providerOf(id: string): string | undefined {
    return this.#configs[id]?.provider;
  }
}
