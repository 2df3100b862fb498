// superAIAutoCutVideo's TTS configs: list (secrets masked), create or change (credentials saved
// 0600 by the orchestrator), activate, and a connection test.
import { createRoute } from "@hono/zod-openapi";
import { type App, type RouteDeps } from "../envelope.ts";
import { jsonBody } from "../body.ts";
import { HttpError } from "../errors.ts";
import { errors, json, z } from "../openapi.ts";
import type { TtsConfigMsg, UpdateTtsConfigMsg } from "../types.ts";
import { COMPAT_TAG, success, successEnvelope } from "./envelope.ts";
import { ourName, providerOfConfigId, upstreamName } from "./tts_names.ts";

const Config = z.object({
  provider: z.string(),
  secret_id: z.string().nullable().openapi({ description: '"***" when set' }),
  secret_key: z.string().nullable().openapi({ description: '"***" when set' }),
  api_key: z.string().nullable(),
  base_url: z.string().nullable(),
  region: z.string().nullable(),
  description: z.string().nullable(),
  enabled: z.boolean(),
  active_voice_id: z.string().nullable(),
  speed_ratio: z.number(),
  extra_params: z.record(z.string(), z.unknown()),
}).openapi("TtsConfig");

const ConfigPatch = z.object({
  provider: z.string().nullish(),
  secret_id: z.string().nullish(),
  secret_key: z.string().nullish(),
  api_key: z.string().nullish(),
  base_url: z.string().nullish(),
  region: z.string().nullish(),
  description: z.string().nullish(),
  enabled: z.boolean().nullish(),
  active_voice_id: z.string().nullish(),
  speed_ratio: z.number().min(0.25).max(4).nullish(),
  extra_params: z.record(z.string(), z.unknown()).nullish(),
}).openapi("TtsConfigPatch");

const ConfigParams = z.object({ config_id: z.string().min(1) });

function configJson(c: TtsConfigMsg): z.infer<typeof Config> {
  const orNull = (s: string) => (s === "" ? null : s);
  let extra: Record<string, unknown> = {};
  try {
    extra = JSON.parse(c.extra_params_json || "{}");
  } catch {
    // Stored by us as JSON; nothing else to show.
  }
  return {
    provider: upstreamName(c.provider),
    secret_id: orNull(c.secret_id),
    secret_key: orNull(c.secret_key),
    api_key: orNull(c.api_key),
    base_url: orNull(c.base_url),
    region: orNull(c.region),
    description: orNull(c.description),
    enabled: c.enabled,
    active_voice_id: orNull(c.active_voice_id),
    speed_ratio: c.speed_ratio || 1,
    extra_params: extra,
  };
}

/** Registers the routes. */
export function registerCompatTtsConfigs(app: App, deps: RouteDeps): void {
  const { orchestrator } = deps;

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tts/configs",
      tags: [COMPAT_TAG],
      summary: "TTS configs (secrets masked) and the active one",
      responses: {
        200: json(successEnvelope(z.object({
          configs: z.record(z.string(), Config),
          active_config_id: z.string().nullable(),
        }))),
      },
    }),
    async (c) => {
      const got = await orchestrator.listTtsConfigs();
      const configs: Record<string, z.infer<typeof Config>> = {};
      for (const cfg of got.configs) configs[cfg.config_id] = configJson(cfg);
      let active = got.active_config_id || null;
      if (!active) {
        // Nothing chosen yet: show the TTS service's default provider as the active engine
        // (not stored: tasks keep following SACV_TTS_DEFAULT_PROVIDER until a config is saved).
        const list = await orchestrator.listTtsProviders().catch(() => undefined);
        const name = list?.default_provider;
        const id = name ? `${upstreamName(name)}_default` : "";
        if (name && !configs[id]) {
          configs[id] = configJson({
            config_id: id,
            provider: name,
            secret_id: "",
            secret_key: "",
            api_key: "",
            base_url: "",
            region: "",
            description: "",
            enabled: true,
            active_voice_id: "",
            speed_ratio: 1,
            extra_params_json: "{}",
            updated_at: "",
          });
          active = id;
        }
      }
      return success(c, { configs, active_config_id: active }, `${got.configs.length} TTS configs`);
    },
  );

  const update = (configId: string, b: z.infer<typeof ConfigPatch>): Promise<TtsConfigMsg> => {
    const req: UpdateTtsConfigMsg = { config_id: configId };
    const provider = b.provider ? ourName(b.provider) : undefined;
    if (provider) req.provider = provider;
    for (
      const k of [
        "secret_id",
        "secret_key",
        "api_key",
        "base_url",
        "region",
        "description",
        "active_voice_id",
      ] as const
    ) {
      const v = b[k];
      if (v !== undefined && v !== null) req[k] = v;
    }
    if (b.enabled !== undefined && b.enabled !== null) req.enabled = b.enabled;
    if (b.speed_ratio !== undefined && b.speed_ratio !== null) req.speed_ratio = b.speed_ratio;
    if (b.extra_params) req.extra_params_json = JSON.stringify(b.extra_params);
    return orchestrator.updateTtsConfig(req);
  };

  /** Creates `<engine>_default` on first use, as the frontend expects its configs to exist. */
  const ensure = async (configId: string, b: z.infer<typeof ConfigPatch> = {}) => {
    const known = (await orchestrator.listTtsConfigs()).configs.some((c) =>
      c.config_id === configId
    );
    if (known) return;
    const implied = providerOfConfigId(configId);
    if (!b.provider && !implied) {
      throw new HttpError(404, `TTS config ${configId} not found`, "TTS_CONFIG_NOT_FOUND", {
        field: "config_id",
      });
    }
    await update(configId, { provider: b.provider ?? implied });
  };

  app.openapi(
    createRoute({
      method: "patch",
      path: "/api/tts/configs/{config_id}",
      tags: [COMPAT_TAG],
      summary: "Create or change a TTS config (credentials saved 0600 server-side)",
      description: 'A masked value ("***") sent back leaves the secret unchanged.',
      middleware: [jsonBody({ maxBytes: deps.jsonMaxBytes })],
      request: {
        params: ConfigParams,
        body: { content: { "application/json": { schema: ConfigPatch } }, required: true },
      },
      responses: { 200: json(successEnvelope(Config)), ...errors(400, 413, 415, 422) },
    }),
    async (c) => {
      const id = c.req.valid("param").config_id;
      const b = c.req.valid("json");
      await ensure(id, b);
      return success(c, configJson(await update(id, b)), "saved");
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/tts/configs/{config_id}/activate",
      tags: [COMPAT_TAG],
      summary: "Make a config the active one (it then drives generation)",
      request: { params: ConfigParams },
      responses: { 200: json(successEnvelope(Config)), ...errors(404, 422) },
    }),
    async (c) => {
      const id = c.req.valid("param").config_id;
      await ensure(id);
      return success(c, configJson(await orchestrator.activateTtsConfig(id)), `activated ${id}`);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/tts/configs/{config_id}/test",
      tags: [COMPAT_TAG],
      summary: "Test a config with a short synthesis",
      request: { params: ConfigParams, query: z.object({ proxy_url: z.string().optional() }) },
      responses: {
        200: json(z.object({
          success: z.boolean(),
          data: z.object({
            success: z.boolean(),
            config_id: z.string(),
            provider: z.string(),
            message: z.string(),
            duration_ms: z.number().int(),
          }),
        })),
        ...errors(404, 422, 503),
      },
    }),
    async (c) => {
      const r = await orchestrator.testTtsConfig(c.req.valid("param").config_id);
      const data = { ...r, provider: upstreamName(r.provider) };
      return c.json({ success: r.success, data }, 200);
    },
  );
}
