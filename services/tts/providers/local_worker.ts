// Worker that owns one eSpeak-NG (emscripten) instance: synthesis is synchronous and
// single-threaded, so it runs here to keep the service's event loop free.
import createEspeak from "@echogarden/espeak-ng-emscripten";

/** A synthesis job sent to the worker. */
export interface LocalJob {
  id: number;
  text: string;
  /** eSpeak voice name, e.g. `cmn`, `en-us`. */
  voice: string;
  /** Words per minute. */
  rate: number;
}

/** The worker's answer: samples at the engine's native rate, or an error message. */
export type LocalReply =
  | { id: number; samples: Int16Array; sampleRate: number }
  | { id: number; error: string };

interface EspeakWorker {
  set_voice(name: string): number;
  set_rate(wpm: number): void;
  get_samplerate(): number;
  synthesize(text: string, cb: (samples: Int16Array, events: unknown) => number): void;
}

interface EspeakModule {
  eSpeakNGWorker: new () => EspeakWorker;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<LocalJob>) => void) | null;
  postMessage(msg: LocalReply, transfer?: Transferable[]): void;
};

const engine: Promise<EspeakWorker> = (async () => {
  const module = (await createEspeak()) as EspeakModule;
  return new module.eSpeakNGWorker();
})();

scope.onmessage = async (e) => {
  const job = e.data;
  try {
    const espeak = await engine;
    if (espeak.set_voice(job.voice) !== 0) throw new Error(`eSpeak has no voice '${job.voice}'`);
    espeak.set_rate(job.rate);
    const parts: Int16Array[] = [];
    espeak.synthesize(job.text, (samples) => {
      if (samples && samples.length > 0) parts.push(samples);
      return 0;
    });
    const total = parts.reduce((n, p) => n + p.length, 0);
    const samples = new Int16Array(total);
    let at = 0;
    for (const p of parts) {
      samples.set(p, at);
      at += p.length;
    }
    scope.postMessage({ id: job.id, samples, sampleRate: espeak.get_samplerate() }, [
      samples.buffer,
    ]);
  } catch (err) {
    scope.postMessage({ id: job.id, error: err instanceof Error ? err.message : String(err) });
  }
};
