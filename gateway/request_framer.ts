// Just enough HTTP/1.1 request framing for the connection guard (conn_guard.ts) to know, from
// the raw bytes a client sends, when a request head starts and ends and where its body stops.

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
