// Request body parsing and field validation: malformed JSON is 400, wrong types 422 naming the field.
import type { Context } from "hono";
import { HttpError } from "./errors.ts";

/** A parsed JSON object body. */
export type Body = Record<string, unknown>;

/** The scopes of project-level task queues. */
export const TASK_SCOPES = ["generate_video", "generate_jianying_draft"] as const;
/** Scopes in the concurrency config (task scopes plus the TTS gate). */
export const CONCURRENCY_SCOPES = [...TASK_SCOPES, "tts"] as const;

/** Largest JSON body accepted (scripts are text; 16 MiB is far beyond any real one). */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/**
 * Reads the request body as a JSON object. An empty body is `{}` when
 * `optional`; malformed JSON is 400; a non-object is 422.
 */
export async function readJsonBody(c: Context, optional = false): Promise<Body> {
  const declared = Number(c.req.header("content-length") ?? "0");
  if (declared > MAX_JSON_BYTES) {
    throw new HttpError(413, `JSON body is larger than ${MAX_JSON_BYTES} bytes`, "BODY_TOO_LARGE");
  }
  const text = await c.req.text();
  if (text.length > MAX_JSON_BYTES) {
    throw new HttpError(413, `JSON body is larger than ${MAX_JSON_BYTES} bytes`, "BODY_TOO_LARGE");
  }
  if (text.trim() === "") {
    if (optional) return {};
    throw new HttpError(400, "request body is empty; expected a JSON object", "MALFORMED_JSON");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new HttpError(400, `request body is not valid JSON: ${why}`, "MALFORMED_JSON");
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new HttpError(422, "request body must be a JSON object", "INVALID_FIELD", {
      field: "body",
    });
  }
  return value as Body;
}

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

function invalid(field: string, expected: string, v: unknown): HttpError {
  return new HttpError(422, `'${field}' must be ${expected}, got ${typeName(v)}`, "INVALID_FIELD", {
    field,
  });
}

function missing(field: string): HttpError {
  return new HttpError(422, `'${field}' is required`, "MISSING_FIELD", { field });
}

/** A required non-empty string field. */
export function requireString(body: Body, field: string, prefix = ""): string {
  const v = body[field];
  if (v === undefined || v === null) throw missing(prefix + field);
  if (typeof v !== "string") throw invalid(prefix + field, "a string", v);
  if (v.trim() === "") {
    throw new HttpError(422, `'${prefix + field}' must not be empty`, "INVALID_FIELD", {
      field: prefix + field,
    });
  }
  return v;
}

/** An optional string field (null counts as absent). */
export function optionalString(body: Body, field: string, prefix = ""): string | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "string") throw invalid(prefix + field, "a string", v);
  return v;
}

/** An optional finite number field, optionally an integer and at least `min`. */
export function optionalNumber(
  body: Body,
  field: string,
  prefix = "",
  opts: { integer?: boolean; min?: number } = {},
): number | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  const what = opts.integer ? "an integer" : "a number";
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalid(prefix + field, what, v);
  if (opts.integer && !Number.isInteger(v)) throw invalid(prefix + field, what, v);
  if (opts.min !== undefined && v < opts.min) {
    throw new HttpError(
      422,
      `'${prefix + field}' must be at least ${opts.min}: got ${v}`,
      "INVALID_FIELD",
      { field: prefix + field },
    );
  }
  return v;
}

/** An optional boolean field. */
export function optionalBoolean(body: Body, field: string, prefix = ""): boolean | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "boolean") throw invalid(prefix + field, "a boolean", v);
  return v;
}

/** An optional nested object field. */
export function optionalObject(body: Body, field: string, prefix = ""): Body | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== "object" || Array.isArray(v)) throw invalid(prefix + field, "an object", v);
  return v as Body;
}

/** A scope name from `allowed`; anything else is 400 naming the scope. */
export function requireScope(
  value: unknown,
  allowed: readonly string[],
  field = "scope",
): string {
  if (value === undefined || value === null) throw missing(field);
  if (typeof value !== "string") throw invalid(field, "a string", value);
  if (!allowed.includes(value)) {
    throw new HttpError(
      400,
      `unknown scope '${value}'; expected one of ${allowed.join(", ")}`,
      "UNKNOWN_SCOPE",
      { field },
    );
  }
  return value;
}

/**
 * A script: `{segments: [...]}` (unknown keys kept) or an array of LLM-style
 * items. Shape only; the orchestrator checks times and texts.
 */
export function optionalScript(body: Body, field = "script"): unknown | undefined {
  const v = body[field];
  if (v === undefined || v === null) return undefined;
  const segments = Array.isArray(v) ? v : (typeof v === "object" ? (v as Body).segments : v);
  const where = Array.isArray(v) ? field : `${field}.segments`;
  if (typeof v !== "object") throw invalid(field, "an object with 'segments'", v);
  if (!Array.isArray(segments)) throw invalid(where, "an array", segments);
  segments.forEach((seg, i) => {
    if (seg === null || typeof seg !== "object" || Array.isArray(seg)) {
      throw invalid(`${where}[${i}]`, "an object", seg);
    }
  });
  return v;
}
