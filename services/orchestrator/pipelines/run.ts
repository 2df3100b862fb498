// What both media pipelines hold for one run: a linked abort, the task's work dir, the serial
// media queue, the TTS stream's completion and the first failure; and the cleanup on every outcome.
import { join } from "node:path";
import { CancelledError } from "../../common/errors.ts";
import { InterruptedError, type PipelineContext } from "../pipeline.ts";
import { ensureDirInside } from "../safe_path.ts";
import { linkedController, locate } from "./common.ts";
import { SerialQueue } from "./serial_queue.ts";

/** Relative work dir of a task under the media root. */
export function workDirOf(taskId: string): string {
  return join(".work", taskId);
}

/**
 * One run of a pipeline. The first failure (`fail`) aborts `signal`, which
 * stops the TTS stream and skips queued media work; `close()` in a `finally`
 * waits for both and removes the work dir.
 *
 * @example
 * ```ts
 * const run = new PipelineRun(ctx, "generate_video");
 * try {
 *   run.trackSpeech(startSpeech(ctx, clients, narrated, { signal: run.signal, ... }).done);
 *   run.queue.push(() => cut(...)).catch(run.fail);
 *   await run.settle();
 * } catch (err) {
 *   throw run.outcomeOf(err);
 * } finally {
 *   await run.close();
 * }
 * ```
 */
export class PipelineRun {
  /** Aborts on task cancel and on the first failure. */
  readonly signal: AbortSignal;
  /** The work dir, relative to the media root. */
  readonly workRel: string;
  /** The work dir, absolute and real (created by the constructor). */
  readonly workAbs: string;
  /** Media work of this run, one job at a time. */
  readonly queue: SerialQueue;
  readonly #ctx: PipelineContext;
  readonly #ac: AbortController;
  readonly #name: string;
  #failure: unknown;
  #speechDone: Promise<void> = Promise.resolve();

  /** `name` is the pipeline's name, used in the CancelledError message. */
  constructor(ctx: PipelineContext, name: string) {
    this.#ctx = ctx;
    this.#name = name;
    this.#ac = linkedController(ctx.signal);
    this.signal = this.#ac.signal;
    this.workRel = workDirOf(ctx.taskId);
    // Made here, resolved component by component: a `.work` symlinked out of the media root is
    // refused before anything is written (the pipelines' later mkdir finds it made).
    try {
      this.workAbs = ensureDirInside(join(ctx.mediaRoot, this.workRel), [ctx.mediaRoot], {
        field: "work_dir",
      });
    } catch (err) {
      throw locate(err, { stage: "prepare" });
    }
    this.queue = new SerialQueue(this.signal);
  }

  /** Records `err` if it is the first failure and aborts the run (bound, for `.catch`). */
  readonly fail = (err: unknown): void => {
    this.#failure ??= err;
    this.#ac.abort(err);
  };

  /** Tracks the TTS stream's completion; its rejection fails the run. */
  trackSpeech(done: Promise<void>): void {
    this.#speechDone = done;
    done.catch(this.fail);
  }

  /** Throws CancelledError when the task was cancelled. */
  throwIfCancelled(): void {
    if (this.#ctx.signal.aborted) throw new CancelledError(`${this.#name} cancelled`);
  }

  /**
   * Waits for the TTS stream and every queued media job; then throws
   * CancelledError if the task was cancelled, else the first failure.
   */
  async settle(): Promise<void> {
    await this.#speechDone.catch(() => {});
    await this.queue.idle();
    this.throwIfCancelled();
    if (this.#failure !== undefined) throw this.#failure;
  }

  /**
   * The error the pipeline rejects with when `err` escaped: CancelledError if
   * the task was cancelled, else the first failure, else `err` itself.
   */
  outcomeOf(err: unknown): unknown {
    if (this.#ctx.signal.aborted) return new CancelledError(`${this.#name} cancelled`);
    return this.#failure ?? err;
  }

  /**
   * Aborts what still runs, waits for the TTS stream and the queue, removes
   * the work dir, unless the task was interrupted by a shutdown: its
   * synthesised narration stays for the resumed task.
   */
  async close(): Promise<void> {
    this.#ac.abort();
    await this.#speechDone.catch(() => {});
    await this.queue.idle();
    if (this.#ctx.signal.reason instanceof InterruptedError) return;
    await Deno.remove(this.workAbs, { recursive: true }).catch(() => {});
  }
}
