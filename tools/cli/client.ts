// A small HTTP + WebSocket client for the gateway, shared by the CLI, the demo and e2e tests.
import type { EventMsg } from "../../gateway/types.ts";

/** An error answer from the gateway (`{detail, code}`) or a transport failure. */
export class GatewayError extends Error {
  readonly status: number;
  readonly code: string;
  readonly body: Record<string, unknown>;
  constructor(status: number, code: string, detail: string, body: Record<string, unknown> = {}) {
    super(detail);
    this.name = "GatewayError";
    this.status = status;
    this.code = code;
    this.body = body;
  }

  /** `detail (HTTP status, code)` for people. */
  detail(): string {
    return this.status ? `${this.message} (HTTP ${this.status}, ${this.code})` : this.message;
  }
}

/** A task or progress event as `/ws` sends it: the wire event with `data_json` parsed into `data`. */
export interface GatewayEvent extends Omit<EventMsg, "data_json"> {
  data?: Record<string, unknown>;
}

/** A live `/ws` subscription. */
export interface EventSubscription {
  /** Resolves once the socket is open and the gateway confirmed the subscription. */
  ready: Promise<void>;
  /** Resolves when the socket closes. */
  closed: Promise<void>;
  close(): void;
}

/** Terminal event types: exactly one per task. */
export const TERMINAL_TYPES = new Set(["completed", "error", "cancelled"]);

/**
 * Calls the gateway's HTTP API and WebSocket.
 *
 * @example
 * ```ts
 * const api = new GatewayClient("http://127.0.0.1:8000");
 * const projects = await api.get<unknown[]>("/api/projects");
 * ```
 */
export class GatewayClient {
  readonly baseUrl: string;
  readonly token?: string;

  constructor(baseUrl: string, token?: string) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.token = token;
  }

  #headers(extra: Record<string, string> = {}): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}`, ...extra } : extra;
  }

  /** Sends a request and returns the envelope's `data`; non-2xx answers throw {@linkcode GatewayError}. */
  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ data: T; message: string; status: number }> {
    let res: Response;
    try {
      res = await fetch(this.baseUrl + path, {
        method,
        headers: this.#headers(body === undefined ? {} : { "content-type": "application/json" }),
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (err) {
      throw new GatewayError(
        0,
        "UNREACHABLE",
        `cannot reach the gateway at ${this.baseUrl}: ${err}`,
      );
    }
    const text = await res.text();
    let json: Record<string, unknown> = {};
    try {
      json = text ? JSON.parse(text) : {};
    } catch {
      json = { detail: text };
    }
    if (!res.ok) {
      throw new GatewayError(
        res.status,
        String(json.code ?? res.status),
        String(json.detail ?? res.statusText),
        json,
      );
    }
    return { data: json.data as T, message: String(json.message ?? ""), status: res.status };
  }

  /** GET returning `data`. */
  async get<T = unknown>(path: string): Promise<T> {
    return (await this.request<T>("GET", path)).data;
  }

  /** POST returning `data`. */
  async post<T = unknown>(path: string, body: unknown = {}): Promise<T> {
    return (await this.request<T>("POST", path, body)).data;
  }

  /** Uploads a local file as multipart `file`, streaming it from disk; returns `{video_path, size}`. */
  async uploadFile(path: string): Promise<{ video_path: string; size: number }> {
    const file = await Deno.open(path, { read: true });
    const boundary = `sacv-${crypto.randomUUID()}`;
    const name = path.split(/[\\/]/).pop()!.replace(/"/g, "_");
    const enc = new TextEncoder();
    const head = enc.encode(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\n` +
        `content-type: application/octet-stream\r\n\r\n`,
    );
    const tail = enc.encode(`\r\n--${boundary}--\r\n`);
    const size = (await file.stat()).size;
    const reader = file.readable.getReader();
    let stage = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(ctrl) {
        if (stage === 0) return (stage = 1, ctrl.enqueue(head));
        if (stage === 1) {
          const { value, done } = await reader.read();
          if (!done) return ctrl.enqueue(value);
          stage = 2;
          ctrl.enqueue(tail);
          return;
        }
        ctrl.close();
      },
      cancel: () => reader.cancel(),
    });
    const res = await fetch(`${this.baseUrl}/api/uploads/video`, {
      method: "POST",
      headers: this.#headers({
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(head.length + size + tail.length),
      }),
      body,
    });
    const json = await res.json().catch(() => ({}));
    if (!res.ok) throw new GatewayError(res.status, String(json.code), String(json.detail), json);
    return json.data;
  }

  /**
   * Streams `GET path` into the file `dest` (never held in memory) and
   * resolves with the server's file name from `content-disposition`
   * (`filename*` preferred). A non-2xx answer throws {@linkcode GatewayError}
   * and leaves no file.
   */
  async download(path: string, dest: string): Promise<{ filename: string; bytes: number }> {
    let res: Response;
    try {
      res = await fetch(this.baseUrl + path, { headers: this.#headers() });
    } catch (err) {
      throw new GatewayError(
        0,
        "UNREACHABLE",
        `cannot reach the gateway at ${this.baseUrl}: ${err}`,
      );
    }
    if (!res.ok || !res.body) {
      const json = await res.json().catch(() => ({}));
      throw new GatewayError(
        res.status,
        String(json.code ?? res.status),
        String(json.detail ?? res.statusText),
        json,
      );
    }
    const file = await Deno.open(dest, { write: true, create: true, truncate: true });
    let bytes = 0;
    const counter = new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, ctrl) {
        bytes += chunk.length;
        ctrl.enqueue(chunk);
      },
    });
    try {
      await res.body.pipeThrough(counter).pipeTo(file.writable);
    } catch (err) {
      await Deno.remove(dest).catch(() => {});
      throw new GatewayError(0, "DOWNLOAD_FAILED", `download of ${path} broke off: ${err}`);
    }
    return { filename: filenameOf(res.headers.get("content-disposition") ?? ""), bytes };
  }

  /**
   * Opens `/ws` (optionally for one project) and calls `onEvent` for every
   * event, heartbeats included.
   */
  watch(projectId: string | undefined, onEvent: (e: GatewayEvent) => void): EventSubscription {
    const url = new URL(this.baseUrl.replace(/^http/, "ws") + "/ws");
    if (projectId) url.searchParams.set("project_id", projectId);
    if (this.token) url.searchParams.set("token", this.token);
    const ws = new WebSocket(url);
    let markReady: () => void;
    let failReady: (err: Error) => void;
    const ready = new Promise<void>((res, rej) => (markReady = res, failReady = rej));
    ready.catch(() => {});
    const closed = new Promise<void>((res) => {
      ws.onclose = (e) => {
        failReady(new GatewayError(0, "WS_CLOSED", `event socket closed (${e.code} ${e.reason})`));
        res();
      };
    });
    ws.onerror = () => {};
    ws.onmessage = (m) => {
      const e = JSON.parse(String(m.data)) as GatewayEvent;
      if (e.type === "heartbeat" && e.message === "subscribed") markReady();
      onEvent(e);
    };
    return { ready, closed, close: () => ws.close() };
  }
}

/** The file name of a `content-disposition` header: RFC 5987 `filename*` first, then `filename`. */
export function filenameOf(disposition: string): string {
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // Fall back to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]*)"?/i.exec(disposition);
  return plain ? plain[1] : "";
}
