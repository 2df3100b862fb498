// Schema-first HTTP: the zod schemas that describe every route also validate its requests.
// This module holds the shared pieces: envelopes, error bodies and the one validation hook
// that turns a zod issue into our `{detail, code, field}` error (422 naming the field).
import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { HttpError } from "./errors.ts";

export { z };

/** `{message, data, timestamp}`: every JSON answer of our own API. */
export function envelope<T extends z.ZodType>(data: T) {
  return z.object({
    message: z.string(),
    data,
    timestamp: z.string().openapi({ format: "date-time" }),
  });
}

/** The error body: `{detail, code}` plus machine-readable keys such as `field`. */
export const ErrorBody = z.object({
  detail: z.string().openapi({ example: "'name' must be a string, got number" }),
  code: z.string().openapi({ example: "INVALID_FIELD" }),
  field: z.string().optional().openapi({ example: "name" }),
}).catchall(z.unknown()).openapi("Error");

const ERROR_TEXT: Record<number, string> = {
  400: "malformed request (bad JSON, unknown scope, path outside the media root)",
  401: "missing or wrong bearer token",
  404: "not found",
  409: "conflicts with the current state (e.g. a task is running)",
  413: "body larger than the limit",
  415: "wrong content type",
  416: "range not satisfiable",
  422: "a field has the wrong type or value (named in `field`)",
  429: "too many requests",
  500: "internal error",
  501: "not supported by this backend (the detail names the feature)",
  503: "a service is unavailable",
  504: "a service did not answer in time",
  507: "not enough disk space",
};

/** OpenAPI response objects for error statuses (the same body for each). */
export function errors(...statuses: number[]) {
  const out: Record<
    number,
    { description: string; content: { "application/json": { schema: typeof ErrorBody } } }
  > = {};
  for (const s of statuses) {
    out[s] = {
      description: ERROR_TEXT[s] ?? "error",
      content: { "application/json": { schema: ErrorBody } },
    };
  }
  return out;
}

/** A JSON response object for docs and typing. */
export function json<T extends z.ZodType>(schema: T, description = "ok") {
  return { description, content: { "application/json": { schema } } };
}

/** A binary response body for the docs. */
export function binary(type: string, description: string) {
  return { description, content: { [type]: { schema: z.string().openapi({ format: "binary" }) } } };
}

/** The responses of a file route that honours Range: 200 the whole file, 206 a range, 404, 416. */
export function rangedFile(type: string) {
  return {
    200: binary(type, "the whole file"),
    206: binary(type, "the requested byte range"),
    ...errors(404, 416),
  };
}

/**
 * A multipart request body for the docs only: a plain OpenAPI schema, not a zod one, so no
 * validator buffers the body (the route streams it). Fields are strings, `binary` ones files.
 */
export function multipart(fields: Record<string, string>, binaryField = "file") {
  const properties: Record<string, { type: "string"; format?: string; description: string }> = {};
  for (const [name, description] of Object.entries(fields)) {
    properties[name] = name === binaryField
      ? { type: "string", format: "binary", description }
      : { type: "string", description };
  }
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: { type: "object" as const, properties, required: Object.keys(fields) },
      },
    },
  };
}

type Issue = z.core.$ZodIssue;

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  return typeof v;
}

/** `a.b[2].c` from a zod path. */
export function fieldName(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else out += out === "" ? String(p) : `.${String(p)}`;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}

const ARTICLE: Record<string, string> = {
  string: "a string",
  number: "a number",
  int: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  record: "an object",
};

/** Fields whose unknown value is a malformed request (400) rather than a bad value (422). */
function isScopeField(field: string): boolean {
  return /(^|\.)scope$|^scopes\[\d+\]$/.test(field);
}

/**
 * Converts the first zod issue into an {@linkcode HttpError}: missing fields
 * 422 MISSING_FIELD, wrong types or values 422 INVALID_FIELD, unknown scopes
 * 400 UNKNOWN_SCOPE; every error names the field.
 */
export function issueError(issue: Issue, input: unknown, target: string): HttpError {
  const path = issue.path;
  let field = fieldName(path);
  const where = target === "json" ? "" : `${target} parameter `;
  const value = valueAt(input, path);
  if (issue.code === "unrecognized_keys") {
    const key = issue.keys[0];
    field = fieldName([...path, key]);
    return new HttpError(400, `unknown scope '${key}'`, "UNKNOWN_SCOPE", { field });
  }
  if (field === "") field = target === "json" ? "body" : target;
  if (issue.code === "invalid_type" && value === undefined) {
    return new HttpError(422, `${where}'${field}' is required`, "MISSING_FIELD", { field });
  }
  if (issue.code === "invalid_type") {
    const expected = ARTICLE[issue.expected] ?? issue.expected;
    return new HttpError(
      422,
      `${where}'${field}' must be ${expected}, got ${typeName(value)}`,
      "INVALID_FIELD",
      { field },
    );
  }
  if (issue.code === "invalid_union") {
    // Blame the branch that got furthest into the value (its paths are relative to the union).
    const best = issue.errors.map((b) => b[0]).filter(Boolean)
      .sort((a, b) => b.path.length - a.path.length)[0];
    if (best && best.path.length > 0) {
      return issueError({ ...best, path: [...path, ...best.path] } as Issue, input, target);
    }
    const kinds = issue.errors.map((b) => b[0]?.code === "invalid_type" ? b[0].expected : "")
      .filter(Boolean).map((k) => ARTICLE[k] ?? k);
    if (kinds.length > 0 && !isScopeField(field)) {
      return new HttpError(
        422,
        `${where}'${field}' must be ${kinds.join(" or ")}, got ${typeName(value)}`,
        "INVALID_FIELD",
        { field },
      );
    }
  }
  if (issue.code === "invalid_value" || issue.code === "invalid_union") {
    if (isScopeField(field)) {
      return new HttpError(400, `unknown scope ${JSON.stringify(value)}`, "UNKNOWN_SCOPE", {
        field,
      });
    }
    const allowed = issue.code === "invalid_value" ? `: one of ${issue.values.join(", ")}` : "";
    return new HttpError(
      422,
      `${where}'${field}' has an unsupported value${allowed}; got ${JSON.stringify(value)}`,
      "INVALID_FIELD",
      { field },
    );
  }
  if (issue.code === "too_small" || issue.code === "too_big") {
    const bound = issue.code === "too_small" ? "at least" : "at most";
    const what = issue.origin === "string"
      ? `${bound} ${issue.code === "too_small" ? issue.minimum : issue.maximum} characters long`
      : issue.origin === "array"
      ? `${bound} ${issue.code === "too_small" ? issue.minimum : issue.maximum} items long`
      : `${bound} ${issue.code === "too_small" ? issue.minimum : issue.maximum}`;
    const shown = typeof value === "string" && value.length > 40
      ? `${value.length} characters`
      : JSON.stringify(value);
    return new HttpError(422, `${where}'${field}' must be ${what}: got ${shown}`, "INVALID_FIELD", {
      field,
    });
  }
  return new HttpError(422, `${where}'${field}' ${issue.message}`, "INVALID_FIELD", { field });
}

/** The `defaultHook` of every OpenAPIHono app here: validation failures become HttpErrors. */
export function validationHook(
  result: { success: boolean; error?: z.ZodError; data?: unknown; target: string },
  _c: Context,
): void {
  if (result.success || !result.error) return;
  throw issueError(result.error.issues[0], result.data, result.target);
}
