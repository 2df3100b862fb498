// superAIAutoCutVideo's TTS engines, voices and voice previews (configs: tts_configs.ts). A
// preview URL encodes what to synthesize, not the audio, so any gateway replica can answer it
// (the TTS cache makes the second synthesis free).
import { Buffer } from "node:buffer";
import { createRoute } from "@hono/zod-openapi";
import { decodeBase64Url, encodeBase64Url } from "./base64url.ts";
import { type App, type RouteDeps } from "../envelope.ts";
import { jsonBody } from "../body.ts";
import { HttpError } from "../errors.ts";
import { fileResponse } from "../file_response.ts";
import { errors, json, rangedFile, z } from "../openapi.ts";
import type { OrchestratorApi } from "../orchestrator.ts";
import type { ProviderInfoMsg } from "../types.ts";
import { COMPAT_TAG, success, successEnvelope } from "./envelope.ts";
import { engineText, ourName, upstreamName } from "./tts_names.ts";

const Engine = z.object({
  provider: z.string(),
  display_name: z.string(),
  description: z.string(),
  required_fields: z.array(z.string()),
  optional_fields: z.array(z.string()),
  available: z.boolean(),
  unavailable_reason: z.string(),
}).openapi("TtsEngine");

const Voice = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  language: z.string(),
  gender: z.string().optional(),
  sample_wav_url: z.string().optional(),
  category: z.string(),
  VoiceName: z.string(),
  VoiceDesc: z.string(),
  VoiceGender: z.string(),
}).openapi("TtsVoice");

/** What a preview URL asks for. */
interface PreviewSpec {
  v: string;
  p: string;
  c: string;
  t: string;
}

const MAX_TOKEN = 2048;

async function providers(orchestrator: OrchestratorApi): Promise<ProviderInfoMsg[]> {
  return (await orchestrator.listTtsProviders()).providers;
}

/** Registers the routes. */
export function registerCompatTts(app: App, deps: RouteDeps): void {
  const { orchestrator } = deps;

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tts/engines",
      tags: [COMPAT_TAG],
      summary: "TTS engines (our providers under the frontend's names, e.g. tencent_tts)",
      responses: { 200: json(successEnvelope(z.array(Engine))), ...errors(503) },
    }),
    async (c) => {
      const list = (await providers(orchestrator)).map((p) => {
        const t = engineText(p.name);
        return {
          provider: upstreamName(p.name),
          display_name: t.display_name,
          description: t.description,
          required_fields: t.required_fields,
          optional_fields: t.optional_fields,
          available: p.available,
          unavailable_reason: p.unavailable_reason,
        };
      });
      return success(c, list, `${list.length} TTS engines`);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tts/voices",
      tags: [COMPAT_TAG],
      summary: "Voices of an engine",
      request: { query: z.object({ provider: z.string().min(1) }) },
      responses: { 200: json(successEnvelope(z.array(Voice))), ...errors(404, 422, 503) },
    }),
    async (c) => {
      const name = ourName(c.req.valid("query").provider);
      const known = (await providers(orchestrator)).some((p) => p.name === name);
      if (!known) {
        throw new HttpError(
          404,
          `unknown TTS engine ${JSON.stringify(c.req.valid("query").provider)}`,
          "UNKNOWN_PROVIDER",
          { field: "provider" },
        );
      }
      const list = await orchestrator.listTtsVoices(name);
      const open = engineText(name).open;
      const voices = list.voices.map((v) => ({
        id: v.id,
        name: v.name,
        description: v.language ? `${v.name} (${v.language})` : v.name,
        language: v.language,
        ...(v.gender ? { gender: v.gender } : {}),
        ...(open ? { sample_wav_url: previewUrl({ v: v.id, p: name, c: "", t: "" }) } : {}),
        // Tencent's page groups voices by category; an English one is previewed in English.
        category: v.language.startsWith("zh")
          ? "中文音色"
          : v.language.startsWith("en")
          ? "外语音色"
          : "其他",
        VoiceName: v.name,
        VoiceDesc: v.language,
        VoiceGender: v.gender,
      }));
      return success(c, voices, `${voices.length} voices`);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/api/tts/voices/{voice_id}/preview",
      tags: [COMPAT_TAG],
      summary: "Synthesize a voice sample; answers an audio_url to play",
      middleware: [jsonBody({ optional: true, maxBytes: deps.jsonMaxBytes })],
      request: {
        params: z.object({ voice_id: z.string().min(1) }),
        body: {
          content: {
            "application/json": {
              schema: z.object({
                text: z.string().max(200).nullish(),
                language: z.string().nullish(),
                provider: z.string().nullish(),
                config_id: z.string().nullish(),
              }),
            },
          },
        },
      },
      responses: {
        200: json(successEnvelope(z.object({
          voice_id: z.string(),
          name: z.string(),
          audio_url: z.string(),
          sample_wav_url: z.string(),
          duration: z.number(),
          description: z.string().nullable(),
        }))),
        ...errors(404, 413, 415, 422, 503),
      },
    }),
    async (c) => {
      const voice = c.req.valid("param").voice_id;
      const b = c.req.valid("json");
      const spec = {
        v: voice,
        p: b.provider ? ourName(b.provider) : "",
        c: b.config_id ?? "",
        t: b.text ?? "",
      };
      const r = await orchestrator.previewTtsVoice({
        voice_id: spec.v,
        provider: spec.p,
        config_id: spec.c,
        text: spec.t,
      });
      const url = previewUrl({ ...spec, p: r.provider || spec.p });
      return success(c, {
        voice_id: voice,
        name: r.voice || voice,
        audio_url: url,
        sample_wav_url: url,
        duration: r.duration_ms / 1000,
        description: null,
      }, "preview ready");
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/api/tts/voices/preview/{preview_id}",
      tags: [COMPAT_TAG],
      summary: "The audio of a preview (from the preview's audio_url)",
      request: { params: z.object({ preview_id: z.string().min(1) }) },
      responses: { ...rangedFile("audio/wav"), ...errors(503) },
    }),
    async (c) => {
      const spec = readToken(c.req.valid("param").preview_id);
      const r = await orchestrator.previewTtsVoice({
        voice_id: spec.v,
        provider: spec.p,
        config_id: spec.c,
        text: spec.t,
      });
      const audio = new Uint8Array(r.audio);
      const ext = r.codec === "mp3" ? "mp3" : "wav";
      return fileResponse(c, async function* (offset, length) {
        const end = length ? Math.min(audio.length, offset + length) : audio.length;
        yield {
          data: Buffer.from(audio.subarray(offset, end)),
          total_size: audio.length,
          offset,
          filename: `preview.${ext}`,
        };
      }, { fallbackName: `preview.${ext}` });
    },
  );
}

/** The URL that plays `spec`'s audio (relative to the gateway). */
export function previewUrl(spec: PreviewSpec): string {
  return `/api/tts/voices/preview/${
    encodeBase64Url(new TextEncoder().encode(JSON.stringify(spec)))
  }`;
}

function readToken(token: string): PreviewSpec {
  const gone = () =>
    new HttpError(404, "preview not found: the link is malformed", "PREVIEW_NOT_FOUND", {
      field: "preview_id",
    });
  if (token.length > MAX_TOKEN || !/^[A-Za-z0-9_-]+$/.test(token)) throw gone();
  try {
    const v = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(decodeBase64Url(token)));
    if (typeof v?.v !== "string" || v.v === "") throw new Error("no voice");
    return { v: v.v, p: String(v.p ?? ""), c: String(v.c ?? ""), t: String(v.t ?? "") };
  } catch {
    throw gone();
  }
}
