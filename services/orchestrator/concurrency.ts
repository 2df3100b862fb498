// The concurrency config file (<data>/generate_concurrency.json) and its effective values.
import { dirname, join } from "node:path";
import { SacvError } from "../common/errors.ts";
import type {
  ConcurrencyState as ConcurrencyStateMsg,
  ScopeConfig,
  ScopeConfigPatch,
  ScopeEffective as ScopeEffectiveMsg,
} from "./messages.ts";
import { CONCURRENCY_SCOPES, type ConcurrencyScope, recommendConcurrency } from "./recommend.ts";

export type { ScopeConfig, ScopeConfigPatch };

/** File name of the config inside the data dir. */
export const CONCURRENCY_FILE = "generate_concurrency.json";
/** Largest max_workers accepted for any scope. */
export const MAX_WORKERS_LIMIT = 256;

/** Where an effective value comes from. */
export type EffectiveSource = "user" | "env" | "recommended";

/** A scope's value in force, its source narrowed. */
export interface ScopeEffective extends ScopeEffectiveMsg {
  source: EffectiveSource;
}

/** What GetConcurrency returns, keyed by the scopes the orchestrator knows. */
export interface ConcurrencyState extends ConcurrencyStateMsg {
  config: Record<ConcurrencyScope, ScopeConfig>;
  effective: Record<ConcurrencyScope, ScopeEffective>;
}

/** Options for {@linkcode ConcurrencySettings.load}. */
export interface ConcurrencyOptions {
  /** Env values per scope (undefined when the variable is unset). */
  env?: Partial<Record<ConcurrencyScope, number | undefined>>;
  /** Defaults to {@linkcode recommendConcurrency}. */
  recommend?: (scope: ConcurrencyScope) => number;
}

type Listener = (state: ConcurrencyState, changed: ConcurrencyScope[]) => void;

/** True when `s` names a concurrency scope. */
export function isConcurrencyScope(s: string): s is ConcurrencyScope {
  return (CONCURRENCY_SCOPES as readonly string[]).includes(s);
}

/** INVALID_ARGUMENT with reason UNKNOWN_SCOPE naming `scope`. */
export function unknownScope(scope: string): SacvError {
  return new SacvError(
    "INVALID_ARGUMENT",
    `unknown scope '${scope}': expected one of ${CONCURRENCY_SCOPES.join(", ")}`,
    { reason: "UNKNOWN_SCOPE", details: { field: "scope", scope } },
  );
}

function checkWorkers(value: unknown, field: string): number {
  if (
    typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > MAX_WORKERS_LIMIT
  ) {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `${field} must be an integer from 1 to ${MAX_WORKERS_LIMIT}: current value is ${
        JSON.stringify(value)
      }`,
      { reason: "INVALID_MAX_WORKERS", details: { field } },
    );
  }
  return value;
}

function checkBool(value: unknown, field: string): boolean {
  if (typeof value !== "boolean") {
    throw new SacvError(
      "INVALID_ARGUMENT",
      `${field} must be true or false: current value is ${JSON.stringify(value)}`,
      { reason: "INVALID_OVERRIDE", details: { field } },
    );
  }
  return value;
}

/**
 * The concurrency settings: precedence user override > env > recommended.
 * Updates are validated as a whole, written atomically (temp + rename) and
 * announced to listeners (worker pools, the TTS gate) at once.
 */
export class ConcurrencySettings {
  #path: string;
  #config: Record<ConcurrencyScope, ScopeConfig>;
  #env: Partial<Record<ConcurrencyScope, number | undefined>>;
  #recommend: (scope: ConcurrencyScope) => number;
  #listeners: Listener[] = [];

  private constructor(
    path: string,
    config: Record<ConcurrencyScope, ScopeConfig>,
    options: ConcurrencyOptions,
  ) {
    this.#path = path;
    this.#config = config;
    this.#env = options.env ?? {};
    this.#recommend = options.recommend ?? ((s) => recommendConcurrency(s));
  }

  /**
   * Loads `<dataDir>/generate_concurrency.json` (defaults when missing). A
   * legacy `allow_same_project_parallel` key is accepted and dropped on the
   * next save; a malformed value throws naming the file and field.
   */
  static load(dataDir: string, options: ConcurrencyOptions = {}): ConcurrencySettings {
    const path = join(dataDir, CONCURRENCY_FILE);
    const settings = new ConcurrencySettings(
      path,
      {} as Record<ConcurrencyScope, ScopeConfig>,
      options,
    );
    let raw: Record<string, unknown> = {};
    try {
      raw = JSON.parse(Deno.readTextFileSync(path));
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) {
        throw new SacvError(
          "FAILED_PRECONDITION",
          `cannot read ${path}: ${(err as Error).message}`,
          {
            reason: "BAD_CONFIG_FILE",
            cause: err,
          },
        );
      }
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
      throw new SacvError("FAILED_PRECONDITION", `${path} must hold a JSON object`, {
        reason: "BAD_CONFIG_FILE",
      });
    }
    for (const scope of CONCURRENCY_SCOPES) {
      const entry = (raw[scope] ?? {}) as Record<string, unknown>;
      const where = `${path}: ${scope}`;
      settings.#config[scope] = {
        max_workers: entry.max_workers === undefined
          ? settings.#fallback(scope).max_workers
          : checkWorkers(entry.max_workers, `${where}.max_workers`),
        override: entry.override === undefined
          ? false
          : checkBool(entry.override, `${where}.override`),
      };
    }
    return settings;
  }

  /** The config and effective values of every scope. */
  state(): ConcurrencyState {
    const config = {} as ConcurrencyState["config"];
    const effective = {} as ConcurrencyState["effective"];
    for (const scope of CONCURRENCY_SCOPES) {
      config[scope] = { ...this.#config[scope] };
      effective[scope] = this.effective(scope);
    }
    return { config, effective };
  }

  /** The value in force for `scope` and where it comes from. */
  effective(scope: ConcurrencyScope): ScopeEffective {
    const c = this.#config[scope];
    if (c.override) return { max_workers: c.max_workers, source: "user" };
    return this.#fallback(scope);
  }

  /** Registers a listener called after every applied update. */
  onChange(listener: Listener): void {
    this.#listeners.push(listener);
  }

  /**
   * Applies `patch` (scope → change) after validating all of it: unknown
   * scopes are INVALID_ARGUMENT with reason UNKNOWN_SCOPE, bad values name
   * their field. A `max_workers` without `override` also sets override unless
   * `options.keepOverride`. Saves atomically, then notifies listeners.
   */
  async update(
    patch: Record<string, ScopeConfigPatch>,
    options: { keepOverride?: boolean } = {},
  ): Promise<ConcurrencyState> {
    const next = structuredClone(this.#config);
    for (const [scope, change] of Object.entries(patch)) {
      if (!isConcurrencyScope(scope)) throw unknownScope(scope);
      if (change.max_workers !== undefined) {
        next[scope].max_workers = checkWorkers(change.max_workers, `${scope}.max_workers`);
        // Naming a value without saying otherwise means "use it", unless the caller keeps
        // override as it was (superAIAutoCutVideo's HTTP semantics).
        if (change.override === undefined && !options.keepOverride) next[scope].override = true;
      }
      if (change.override !== undefined) {
        next[scope].override = checkBool(change.override, `${scope}.override`);
      }
    }
    const before = this.state();
    await this.#save(next);
    this.#config = next;
    const after = this.state();
    const changed = CONCURRENCY_SCOPES.filter((s) =>
      before.effective[s].max_workers !== after.effective[s].max_workers ||
      before.effective[s].source !== after.effective[s].source
    );
    for (const l of this.#listeners) l(after, changed);
    return after;
  }

  #fallback(scope: ConcurrencyScope): ScopeEffective {
    const env = this.#env[scope];
    if (env !== undefined) return { max_workers: env, source: "env" };
    return { max_workers: this.#recommend(scope), source: "recommended" };
  }

  async #save(config: Record<ConcurrencyScope, ScopeConfig>): Promise<void> {
    const tmp = join(dirname(this.#path), `.${CONCURRENCY_FILE}.${crypto.randomUUID()}.tmp`);
    try {
      await Deno.writeTextFile(tmp, JSON.stringify(config, null, 2) + "\n");
      await Deno.rename(tmp, this.#path);
    } catch (err) {
      await Deno.remove(tmp).catch(() => {});
      throw err;
    }
  }
}
