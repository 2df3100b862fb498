// A TCP front for the HTTP server that closes slow or silent connections. Deno.serve has no
// header timeout, so a client sending its request head a byte at a time (slowloris) or never
// sending anything would hold a connection forever. Every connection passes through here:
// bytes are forwarded as they arrive (nothing is buffered), and just enough HTTP/1.1 framing
// is tracked to know when a request head starts and ends.
import type { Logger } from "../services/common/log.ts";

/** Options for {@linkcode startConnGuard}. */
export interface ConnGuardOptions {
  /** Where clients connect. */
  hostname: string;
  port: number;
  /** The HTTP server behind the guard (on loopback). */
  backend: { hostname: string; port: number };
  /** A request head must be complete within this time of its first byte (and of accept). */
  headerTimeoutMs: number;
  /** A connection with no bytes either way for this long is closed. */
  idleTimeoutMs: number;
  /** Largest request head (request line + headers); bigger ones close the connection. */
  maxHeaderBytes?: number;
  logger?: Logger;
}

/** A running guard. */
export interface ConnGuard {
  readonly hostname: string;
  readonly port: number;
  /** Open client connections. */
  connections(): number;
  /** Connections closed so far for a slow head, an oversized head, or idleness. */
  readonly closedBy: { header: number; idle: number; oversized: number };
  /** Stops accepting; open connections end when the backend closes them (or are cut). */
  close(): void;
  /** Closes every open connection at once. */
  closeAll(): void;
}

const CRLFCRLF = [13, 10, 13, 10];

type Mode = "head" | "fixed" | "chunked" | "tunnel";

/**
 * Tracks HTTP/1.1 request framing on the client's byte stream: where heads
 * start and end, and how bodies (Content-Length or chunked) are delimited.
 * Anything it does not understand turns it into a plain tunnel (the server
 * then judges the bytes).
 */
export class RequestFramer {
  mode: Mode = "head";
  /** Bytes of the current head seen so far (0 = waiting for a request). */
  headBytes = 0;
  /** Requests received in full (head and body). */
  completed = 0;
  #head: number[] = [];
  #remaining = 0;
  #chunk: "size" | "data" | "crlf" | "trailer" = "size";
  #line: number[] = [];
  #trailerLineEmpty = true;

  /** Feeds bytes; returns how many complete heads they finished. */
  feed(bytes: Uint8Array): number {
    let heads = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      switch (this.mode) {
        case "tunnel":
          return heads;
        case "head":
          this.headBytes++;
          this.#head.push(b);
          if (this.#endsWithCrlfCrlf()) {
            heads++;
            this.#startBody();
          }
          break;
        case "fixed": {
          const take = Math.min(this.#remaining, bytes.length - i);
          this.#remaining -= take;
          i += take - 1;
          if (this.#remaining === 0) this.#requestDone();
          break;
        }
        case "chunked":
          this.#chunked(b);
          break;
      }
    }
    return heads;
  }

  #endsWithCrlfCrlf(): boolean {
    const h = this.#head;
    if (h.length < 4) return false;
    for (let k = 0; k < 4; k++) if (h[h.length - 4 + k] !== CRLFCRLF[k]) return false;
    // Blank lines before a request line are allowed (RFC 9112 §2.2): not a head yet.
    return h.some((c) => c !== 13 && c !== 10);
  }

  #toHead(): void {
    this.mode = "head";
    this.headBytes = 0;
    this.#head = [];
  }

  #startBody(): void {
    const text = new TextDecoder().decode(new Uint8Array(this.#head));
    const headers = text.split("\r\n").slice(1);
    const get = (name: string) =>
      headers.filter((l) => l.toLowerCase().startsWith(`${name}:`))
        .map((l) => l.slice(name.length + 1).trim().toLowerCase());
    const upgrade = get("upgrade").length > 0 &&
      get("connection").some((v) => v.includes("upgrade"));
    const te = get("transfer-encoding");
    const cl = get("content-length");
    this.#head = [];
    if (upgrade) {
      this.mode = "tunnel";
    } else if (te.length > 0) {
      if (te.join(",").split(",").map((s) => s.trim()).at(-1) !== "chunked") this.mode = "tunnel";
      else {
        this.mode = "chunked";
        this.#chunk = "size";
        this.#line = [];
      }
    } else if (cl.length > 0) {
      const n = Number(cl[0]);
      if (!/^\d+$/.test(cl[0]) || cl.some((v) => v !== cl[0])) this.mode = "tunnel";
      else if (n === 0) this.#requestDone();
      else {
        this.mode = "fixed";
        this.#remaining = n;
      }
    } else {
      this.#requestDone();
    }
  }

  #requestDone(): void {
    this.completed++;
    this.#toHead();
  }

  #chunked(b: number): void {
    switch (this.#chunk) {
      case "size":
        this.#line.push(b);
        if (b === 10) {
          const text = new TextDecoder().decode(new Uint8Array(this.#line)).split(";")[0].trim();
          this.#line = [];
          if (!/^[0-9a-f]{1,15}$/i.test(text)) {
            this.mode = "tunnel";
            return;
          }
          const n = parseInt(text, 16);
          if (n === 0) {
            this.#chunk = "trailer";
            this.#trailerLineEmpty = true;
          } else {
            this.#remaining = n;
            this.#chunk = "data";
          }
        } else if (this.#line.length > 4096) this.mode = "tunnel";
        break;
      case "data":
        if (--this.#remaining === 0) {
          this.#chunk = "crlf";
          this.#remaining = 2;
        }
        break;
      case "crlf":
        if (--this.#remaining === 0) this.#chunk = "size";
        break;
      case "trailer":
        if (b === 10) {
          if (this.#trailerLineEmpty) this.#requestDone();
          this.#trailerLineEmpty = true;
        } else if (b !== 13) this.#trailerLineEmpty = false;
        break;
    }
  }
}

async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let at = 0;
  while (at < bytes.length) at += await conn.write(bytes.subarray(at));
}

function quietly(fn: () => void): void {
  try {
    fn();
  } catch {
    // Already closed.
  }
}

/**
 * Listens on `hostname:port` and relays each connection to `backend`, closing
 * it when a request head takes longer than `headerTimeoutMs`, when it is
 * silent both ways for `idleTimeoutMs`, or when a head exceeds `maxHeaderBytes`.
 */
export function startConnGuard(options: ConnGuardOptions): ConnGuard {
  const listener = Deno.listen({ hostname: options.hostname, port: options.port });
  const maxHead = options.maxHeaderBytes ?? 64 * 1024;
  const open = new Set<() => void>();
  const closedBy = { header: 0, idle: 0, oversized: 0 };

  const handle = async (client: Deno.TcpConn) => {
    let backend: Deno.TcpConn;
    try {
      backend = await Deno.connect(options.backend);
    } catch (err) {
      options.logger?.error("gateway backend unreachable", { error: err });
      quietly(() => client.close());
      return;
    }
    // Small request/response writes must not wait for Nagle's algorithm on either hop.
    quietly(() => client.setNoDelay(true));
    quietly(() => backend.setNoDelay(true));
    let closed = false;
    const framer = new RequestFramer();
    let headTimer: ReturnType<typeof setTimeout> | undefined;
    let idleTimer: ReturnType<typeof setTimeout> | undefined;
    const close = () => {
      if (closed) return;
      closed = true;
      clearTimeout(headTimer);
      clearTimeout(idleTimer);
      open.delete(close);
      quietly(() => client.close());
      quietly(() => backend.close());
    };
    open.add(close);
    const cut = (why: keyof typeof closedBy) => () => {
      closedBy[why]++;
      options.logger?.debug("connection closed", { reason: why });
      close();
    };
    // Requests received in full that the server has not begun to answer: while one waits (a
    // slow handler), the connection is not idle; a slow body or a silent keep-alive is.
    let answered = 0;
    const armIdle = () => {
      clearTimeout(idleTimer);
      if (framer.completed > answered) return;
      idleTimer = setTimeout(cut("idle"), options.idleTimeoutMs);
    };
    // A new connection must deliver its first head in time, like every later one.
    headTimer = setTimeout(cut("header"), options.headerTimeoutMs);
    armIdle();

    const up = async () => {
      const buf = new Uint8Array(64 * 1024);
      for (;;) {
        const n = await client.read(buf);
        if (n === null) break;
        const chunk = buf.subarray(0, n);
        const waiting = framer.mode === "head" && framer.headBytes === 0;
        const heads = framer.feed(chunk);
        armIdle();
        if (framer.mode === "head" && framer.headBytes > maxHead) {
          cut("oversized")();
          return;
        }
        if (heads > 0) clearTimeout(headTimer);
        if (framer.mode === "head" && framer.headBytes > 0 && (heads > 0 || waiting)) {
          clearTimeout(headTimer);
          headTimer = setTimeout(cut("header"), options.headerTimeoutMs);
        }
        await writeAll(backend, chunk);
      }
      quietly(() => backend.closeWrite());
    };
    const down = async () => {
      const buf = new Uint8Array(64 * 1024);
      for (;;) {
        const n = await backend.read(buf);
        if (n === null) break;
        answered = framer.completed;
        armIdle();
        await writeAll(client, buf.subarray(0, n));
      }
    };
    // The response side ending (server closed) ends the connection; so does any error on
    // either side. Neither pump's rejection may go unhandled (it would end the process).
    const upDone = up().then(() => new Promise<void>(() => {}), () => {});
    await Promise.race([down().catch(() => {}), upDone]);
    close();
  };

  (async () => {
    for await (const conn of listener) {
      handle(conn).catch((err) => options.logger?.warn("connection failed", { error: err }));
    }
  })().catch(() => {});

  const addr = listener.addr as Deno.NetAddr;
  return {
    hostname: addr.hostname,
    port: addr.port,
    connections: () => open.size,
    closedBy,
    close: () => quietly(() => listener.close()),
    closeAll: () => [...open].forEach((c) => c()),
  };
}
