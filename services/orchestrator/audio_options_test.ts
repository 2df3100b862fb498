// Audio options of a video task as SubmitTask checks them: defaults, ranges named by field,
// the music confined to the media root (symlinks out refused), and the probe at submission.
import assert from "node:assert/strict";
import { SacvError } from "../common/errors.ts";
import { audioOptions, checkMusic } from "./audio_options.ts";
import type { ProbeResult } from "./clients.ts";

async function withRoot(fn: (root: string) => Promise<void>) {
  const root = await Deno.makeTempDir({ prefix: "sacv-audio-options-" });
  try {
    await fn(root);
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

function refused(fn: () => unknown, status: string, field: string) {
  assert.throws(fn, (err: SacvError) => {
    assert.equal(err.status, status, String(err));
    assert.equal(err.details?.field, field, String(err));
    assert.ok(err.message.includes(field), err.message);
    return true;
  });
}

Deno.test("audioOptions: absent means defaults; values kept; out-of-range values named", () =>
  withRoot(async (root) => {
    await Deno.mkdir(`${root}/bgm/p1`, { recursive: true });
    await Deno.writeFile(`${root}/bgm/p1/音乐 🎵.mp3`, new Uint8Array(4));
    assert.deepEqual(audioOptions({}, root), {});
    assert.deepEqual(audioOptions({ loudness: null, bgm: { path: "" } }, root), {});
    assert.deepEqual(
      audioOptions({
        loudness: { enabled: true, target_lufs: -23, true_peak_db: 0 },
        bgm: { path: ` ${root}/bgm/p1/音乐 🎵.mp3`, volume_db: -6, duck_db: 0, loop: false },
      }, root),
      {
        loudness: { enabled: true, targetLufs: -23, truePeakDb: 0 },
        bgm: { path: "bgm/p1/音乐 🎵.mp3", volumeDb: -6, duckDb: 0, loop: false },
      },
    );
    assert.deepEqual(audioOptions({ loudness: { enabled: false } }, root), {
      loudness: { enabled: false },
    });
    const bad: [Record<string, unknown>, string][] = [
      [{ loudness: { enabled: true, target_lufs: -41 } }, "loudness.target_lufs"],
      [{ loudness: { enabled: true, target_lufs: Number.NaN } }, "loudness.target_lufs"],
      [{ loudness: { enabled: true, true_peak_db: 0.5 } }, "loudness.true_peak_db"],
      [{ bgm: { path: "bgm/p1/音乐 🎵.mp3", volume_db: 13 } }, "bgm.volume_db"],
      [{ bgm: { path: "bgm/p1/音乐 🎵.mp3", duck_db: Infinity } }, "bgm.duck_db"],
      [{ bgm: { path: "a\u0000b.mp3" } }, "bgm.path"],
    ];
    for (const [req, field] of bad) {
      refused(() => audioOptions(req, root), "INVALID_ARGUMENT", field);
    }
  }));

Deno.test("audioOptions: the music must be a file inside the media root", () =>
  withRoot(async (root) => {
    const outside = await Deno.makeTempFile({ suffix: ".mp3" });
    try {
      await Deno.symlink(outside, `${root}/link.mp3`);
      await Deno.mkdir(`${root}/dir.mp3`);
      refused(
        () => audioOptions({ bgm: { path: "../x.mp3" } }, root),
        "INVALID_ARGUMENT",
        "bgm.path",
      );
      refused(() => audioOptions({ bgm: { path: outside } }, root), "INVALID_ARGUMENT", "bgm.path");
      refused(
        () => audioOptions({ bgm: { path: "link.mp3" } }, root),
        "INVALID_ARGUMENT",
        "bgm.path",
      );
      refused(() => audioOptions({ bgm: { path: "none.mp3" } }, root), "NOT_FOUND", "bgm.path");
      refused(() => audioOptions({ bgm: { path: "dir.mp3" } }, root), "NOT_FOUND", "bgm.path");
    } finally {
      await Deno.remove(outside);
    }
  }));

Deno.test("checkMusic: not audio is named; an unreachable media service lets it pass", async () => {
  const info = (has_audio: boolean) =>
    ({ has_audio, audio_duration: has_audio ? 3 : 0, channels: 2 }) as ProbeResult;
  const media = (answer: () => Promise<ProbeResult>) => ({ probe: answer });
  assert.equal(
    (await checkMusic(media(() => Promise.resolve(info(true))), "a.mp3", "bgm.path"))
      ?.audio_duration,
    3,
  );
  for (
    const answer of [
      () => Promise.resolve(info(false)),
      () => Promise.reject(new SacvError("INVALID_ARGUMENT", "input: not media")),
    ]
  ) {
    const err = await checkMusic(media(answer), "a.mp3", "bgm.path").catch((e) => e);
    assert.equal(err.status, "INVALID_ARGUMENT");
    assert.match(err.message, /^bgm\.path: a\.mp3/);
  }
  const down = () => Promise.reject(new SacvError("UNAVAILABLE", "no replica"));
  assert.equal(await checkMusic(media(down), "a.mp3", "bgm.path"), undefined);
});
