// `deno task sacv ...`: a small CLI for the gateway (projects, scripts, jobs, progress, concurrency).
import { parseCommand, USAGE, UsageError } from "./cli/args.ts";
import { runCommand } from "./cli/commands.ts";
import { GatewayError } from "./cli/client.ts";

/** Runs the CLI with `argv`; resolves with the exit code (0 ok, 1 failure, 2 usage). */
export async function main(argv: string[]): Promise<number> {
  try {
    const cmd = parseCommand(argv, Deno.env.toObject());
    if (cmd.name === "help") {
      console.log(USAGE);
      return 0;
    }
    return await runCommand(cmd);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`error: ${err.message}\n\n${USAGE}`);
      return 2;
    }
    if (err instanceof GatewayError) {
      console.error(`error: ${err.detail()}`);
      return 1;
    }
    console.error(`error: ${err instanceof Error ? err.message : err}`);
    return 1;
  }
}

if (import.meta.main) Deno.exit(await main(Deno.args));
