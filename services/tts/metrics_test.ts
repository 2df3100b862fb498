import assert from "node:assert/strict";
import { Registry } from "prom-client";
import { createLogger } from "../common/log.ts";
import { TtsGates } from "./gates.ts";
import { TtsMetrics } from "./metrics.ts";
import { createFakeProvider } from "./providers/fake.ts";
import { ProviderRegistry } from "./registry.ts";
import { Synthesizer } from "./synthesizer.ts";
import { sampleValue } from "../../test/support/metrics_text.ts";

const never = new AbortController().signal;

/** The value of one sample line of the Prometheus text, e.g. `name{a="b"}`. */
function sample(text: string, series: string): number {
  const v = sampleValue(text, series);
  if (v === undefined) throw new Error(`no sample ${series} in:\n${text}`);
  return v;
}

Deno.test("TTS metrics report limits, throttles, retries, cache hits and latency", async () => {
  const registry = new Registry();
  const gates = new TtsGates(6, { fake: 4 });
  const late: { metrics?: TtsMetrics } = {};
  const synth = new Synthesizer({
    registry: new ProviderRegistry([createFakeProvider()], "fake"),
    gates,
    cacheBytes: 1 << 20,
    retry: { budgetMs: 10_000, minDelayMs: 1, maxDelayMs: 2 },
    observe: (p, s, o) => late.metrics?.observe(p, s, o),
    logger: createLogger("test", { sink: () => {} }),
  });
  late.metrics = new TtsMetrics(registry, {
    snapshot: () => gates.snapshot(),
    cacheStats: synth.cacheStats,
  });

  await synth.synthesize({
    text: "节流两次",
    options: { fail: "RequestLimitExceeded", fail_times: "2" },
  }, never);
  await synth.synthesize({
    text: "节流两次",
    options: { fail: "RequestLimitExceeded", fail_times: "2" },
  }, never);
  await assert.rejects(synth.synthesize({ text: "坏", options: { fail: "AuthFailure" } }, never));

  const text = await registry.metrics();
  assert.equal(sample(text, 'sacv_tts_throttles_total{provider="fake"}'), 2);
  assert.equal(sample(text, 'sacv_tts_retries_total{provider="fake"}'), 2);
  assert.equal(sample(text, 'sacv_tts_limit{gate="fake",kind="configured"}'), 4);
  assert.equal(
    sample(text, 'sacv_tts_limit{gate="fake",kind="effective"}'),
    2,
    "halved twice, then one step back",
  );
  assert.equal(sample(text, 'sacv_tts_limit{gate="global",kind="configured"}'), 6);
  assert.equal(sample(text, 'sacv_tts_in_flight{gate="fake"}'), 0);
  assert.equal(sample(text, 'sacv_tts_gates_mode{mode="local"}'), 1);
  assert.equal(sample(text, 'sacv_tts_gates_mode{mode="shared"}'), 0);
  assert.equal(sample(text, "sacv_tts_replicas"), 1);
  assert.equal(sample(text, 'sacv_tts_cache_hits_total{layer="memory"}'), 1);
  assert.equal(sample(text, "sacv_tts_cache_misses_total"), 2);
  const count = (outcome: string) =>
    sample(text, `sacv_tts_synthesis_seconds_count{provider="fake",outcome="${outcome}"}`);
  assert.deepEqual([count("ok"), count("cached"), count("error")], [1, 1, 1]);
  // A second scrape does not double the counters read from the gates.
  const again = await registry.metrics();
  assert.equal(sample(again, 'sacv_tts_throttles_total{provider="fake"}'), 2);
});
