// `deno task bench [section...]`: runs each benchmark section and prints its lines.
import { runBench as tts } from "./tts.ts";
import { runBench as job } from "./job.ts";
import { runBench as media } from "./media.ts";
import { runBench as ttsReplicas } from "./tts_replicas.ts";

/** Benchmark sections in print order; each returns the lines to print. */
const sections: Record<string, () => Promise<string[]>> = {
  tts,
  "tts-replicas": ttsReplicas,
  job,
  media,
};

const wanted = Deno.args.length > 0 ? Deno.args : Object.keys(sections);
let failed = false;
for (const name of wanted) {
  const run = sections[name];
  console.log(`== ${name}`);
  if (!run) {
    console.log(`unknown section '${name}' (known: ${Object.keys(sections).join(", ")})`);
    failed = true;
    continue;
  }
  try {
    for (const line of await run()) console.log(line);
  } catch (err) {
    console.log(`${name}: failed: ${err instanceof Error ? err.message : err}`);
    failed = true;
  }
}
Deno.exit(failed ? 1 : 0);
