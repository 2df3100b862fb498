// A TCP front for the HTTP server that closes slow or silent connections. Deno.serve has no
// header timeout, so a client sending its request head a byte at a time (slowloris) or never
// sending anything would hold a connection forever. Every connection passes through here:
// bytes are forwarded as they arrive (nothing is buffered), and just enough HTTP/1.1 framing
// is tracked to know when a request head starts and ends.
import type { Logger } from "../services/common/log.ts";
import { RequestFramer } from "./request_framer.ts";

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
