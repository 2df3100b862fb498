// File copy that stops within one chunk when its signal aborts and never leaves a partial target.
import { CancelledError } from "../../common/errors.ts";

const CHUNK = 1 << 20;

/**
 * Copies `src` to `dst` in 1 MiB chunks, checking `signal` between chunks;
 * on abort or error the partial `dst` is removed.
 */
export async function copyFileAbortable(
  src: string,
  dst: string,
  signal: AbortSignal,
): Promise<void> {
  if (signal.aborted) throw new CancelledError("copy cancelled");
  const from = await Deno.open(src, { read: true });
  let to: Deno.FsFile | undefined;
  try {
    to = await Deno.open(dst, { write: true, create: true, truncate: true });
    const buf = new Uint8Array(CHUNK);
    while (true) {
      if (signal.aborted) throw new CancelledError("copy cancelled");
      const n = await from.read(buf);
      if (n === null) break;
      let off = 0;
      while (off < n) off += await to.write(buf.subarray(off, n));
    }
  } catch (err) {
    to?.close();
    to = undefined;
    await Deno.remove(dst).catch(() => {});
    throw err;
  } finally {
    from.close();
    to?.close();
  }
}
