// The SacvError a call fails with, for tests that go on to check its status, reason and field.
import assert from "node:assert/strict";
import { SacvError } from "../../services/common/errors.ts";

/**
 * Awaits `p` and returns the {@linkcode SacvError} it rejects with; fails the test when `p`
 * resolves or rejects with anything else.
 *
 * @example
 * ```ts
 * const err = await sacvRejection(tts.synthesize(input("😀"), signal));
 * assert.equal(err.details.field, "text");
 * ```
 */
export async function sacvRejection(p: Promise<unknown>): Promise<SacvError> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof SacvError, `expected a SacvError, got ${err}`);
    return err;
  }
  assert.fail("expected the call to fail with a SacvError");
}
