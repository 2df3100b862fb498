// `deno task bench [section [--option value ...]]...`: runs each benchmark section and prints
// its lines; options after a section's name go to that section (e.g. `bench job --n 16`).
import { runBench as tts } from "./tts.ts";
import { runBench as job } from "./job.ts";
import { runBench as media } from "./media.ts";
import { runBench as ttsReplicas } from "./tts_replicas.ts";

/** Benchmark sections in print order; each returns the lines to print. */
const sections: Record<string, (args: string[]) => Promise<string[]>> = {
  tts,
  "tts-replicas": ttsReplicas,
  job,
  media,
};

/** Section names with the options that follow each. */
const wanted: [string, string[]][] = [];
for (const arg of Deno.args) {
  if (arg.startsWith("--") || (wanted.length && wanted.at(-1)![1].at(-1)?.startsWith("--"))) {
    if (wanted.length === 0) wanted.push(["job", []]);
    wanted.at(-1)![1].push(arg);
  } else wanted.push([arg, []]);
}
if (wanted.length === 0) { for (const name of Object.keys(sections)) wanted.push([name, []]); }
let failed = false;
for (const [name, args] of wanted) {
  const run = sections[name];
  console.log(`== ${name}`);
  if (!run) {
    console.log(`unknown section '${name}' (known: ${Object.keys(sections).join(", ")})`);
    failed = true;
    continue;
  }
  try {
    for (const line of await run(args)) console.log(line);
  } catch (err) {
    console.log(`${name}: failed: ${err instanceof Error ? err.message : err}`);
    failed = true;
  }
}
Deno.exit(failed ? 1 : 0);
