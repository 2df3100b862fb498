// Argument parsing for `deno task sacv`: a command, positionals and --flags, with usage errors.
import { parseArgs } from "node:util";

/** A usage mistake: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The CLI's usage text. */
export const USAGE = `usage: deno task sacv [--url URL] [--token TOKEN] <command> [args]

commands:
  projects                                   list projects
  create --name N --video PATH --script FILE create a project (a local video file is uploaded)
  video <project_id> [--provider P] [--voice V] [--speed X] [--no-follow]
                                             generate the narrated MP4 and follow progress
  draft <project_id> [--editor jianying|capcut] [--overflow slow|freeze|extend]
        [--max-tempo X] [--editor-root PATH] [--draft-dir DIR] [--no-follow]
        [--out DIR] [--latest]
                                             generate a Jianying/CapCut draft and follow progress;
                                             --out downloads the finished draft and unpacks it in
                                             DIR (your editor's drafts folder); --latest skips
                                             generating and fetches the newest draft
  cancel <project_id> --scope SCOPE [--task ID]
  task <task_id>                             show a task with per-segment detail
  watch [project_id]                         print events until Ctrl-C
  concurrency [get]                          show concurrency config and effective values
  concurrency set SCOPE=N [SCOPE=N ...]      set max_workers (override on) and apply live

environment: SACV_GATEWAY_URL (default http://127.0.0.1:8000), SACV_API_TOKEN`;

/** A parsed command line. */
export interface Command {
  name: string;
  positionals: string[];
  url: string;
  token?: string;
  flags: Record<string, string | boolean | undefined>;
}

const COMMANDS = ["projects", "create", "video", "draft", "cancel", "task", "watch", "concurrency"];

/** Parses `argv` (without the program name), reading defaults from `env`. */
export function parseCommand(
  argv: string[],
  env: Record<string, string | undefined> = {},
): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        url: { type: "string" },
        token: { type: "string" },
        name: { type: "string" },
        video: { type: "string" },
        script: { type: "string" },
        provider: { type: "string" },
        voice: { type: "string" },
        speed: { type: "string" },
        "draft-dir": { type: "string" },
        editor: { type: "string" },
        overflow: { type: "string" },
        "max-tempo": { type: "string" },
        "editor-root": { type: "string" },
        out: { type: "string" },
        latest: { type: "boolean" },
        scope: { type: "string" },
        task: { type: "string" },
        "no-follow": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  const [name, ...positionals] = parsed.positionals;
  if (parsed.values.help || name === "help") {
    return { name: "help", positionals: [], url: "", flags: {} };
  }
  if (!name) throw new UsageError("missing command");
  if (!COMMANDS.includes(name)) throw new UsageError(`unknown command '${name}'`);
  const need = (n: number, what: string) => {
    if (positionals.length < n) throw new UsageError(`'${name}' needs ${what}`);
  };
  const flags = parsed.values as Record<string, string | boolean | undefined>;
  switch (name) {
    case "video":
    case "draft":
      need(1, "a project id");
      if (flags.speed !== undefined && !(Number(flags.speed) > 0)) {
        throw new UsageError(`--speed must be a positive number: got ${flags.speed}`);
      }
      if (flags.editor !== undefined && !["jianying", "capcut"].includes(String(flags.editor))) {
        throw new UsageError(`--editor must be jianying or capcut: got ${flags.editor}`);
      }
      if (
        flags.overflow !== undefined &&
        !["trim", "slow", "freeze", "extend"].includes(String(flags.overflow))
      ) {
        throw new UsageError(
          `--overflow must be trim, slow, freeze or extend: got ${flags.overflow}`,
        );
      }
      if (flags["max-tempo"] !== undefined) {
        const t = Number(flags["max-tempo"]);
        if (!(t >= 1 && t <= 2)) {
          throw new UsageError(`--max-tempo must be from 1 to 2: got ${flags["max-tempo"]}`);
        }
      }
      if (flags.latest && !flags.out) throw new UsageError("--latest needs --out DIR");
      break;
    case "task":
      need(1, "a task id");
      break;
    case "cancel":
      need(1, "a project id");
      if (!flags.scope) {
        throw new UsageError("'cancel' needs --scope generate_video|generate_jianying_draft");
      }
      break;
    case "create":
      for (const f of ["name", "video", "script"]) {
        if (!flags[f]) throw new UsageError(`'create' needs --${f}`);
      }
      break;
    case "concurrency": {
      const [sub = "get", ...pairs] = positionals;
      if (sub !== "get" && sub !== "set") {
        throw new UsageError(`unknown concurrency action '${sub}'`);
      }
      if (sub === "set") {
        if (pairs.length === 0) throw new UsageError("'concurrency set' needs SCOPE=N");
        for (const p of pairs) {
          if (!/^[a-z_]+=\d+$/.test(p)) throw new UsageError(`expected SCOPE=N, got '${p}'`);
        }
      }
      break;
    }
  }
  return {
    name,
    positionals,
    url: String(flags.url ?? env.SACV_GATEWAY_URL ?? "http://127.0.0.1:8000"),
    token: (flags.token as string | undefined) ?? (env.SACV_API_TOKEN || undefined),
    flags,
  };
}
