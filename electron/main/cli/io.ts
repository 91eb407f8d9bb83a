/** What a CLI command may touch: its arguments, output streams and exit code conventions. */
export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Aborted when the user interrupts the command (Ctrl+C): long work stops and nothing is written. */
  signal?: AbortSignal;
}

/** Exit codes of the `lexgap` command: 0 ok, 1 user error (bad arguments, bad input), 2 internal error. */
export const EXIT = { ok: 0, user: 1, internal: 2 } as const;

/** An error caused by what the user asked or gave; printed without a stack trace, exit code 1. */
export class UserError extends Error {}

export interface CliCommand {
  /** One line for the usage text. */
  summary: string;
  /** Full usage of the command, printed instead of running it when the first argument is --help or -h. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Minimal option parser: --flag value, --flag=value, boolean flags; the rest are positionals. */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; booleans?: string[] },
): { positionals: string[]; values: Record<string, string>; flags: Set<string> } {
  const positionals: string[] = [];
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (spec.booleans?.includes(name)) {
        if (eq > 0) throw new UserError(`option --${name} takes no value`);
        flags.add(name);
      } else if (spec.values?.includes(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : args[++i];
        if (v === undefined || v === '') throw new UserError(`option --${name} needs a value`);
        values[name] = v;
      } else throw new UserError(`unknown option --${name}`);
    } else positionals.push(a);
  }
  return { positionals, values, flags };
}
