import { AppError } from '../../../shared/api/errors';
import { EXIT, UserError, type CliCommand, type CliIO } from './io';
import { libraryCommand } from './commands/library';
import { segmentCommand } from './commands/segment';
import { analyzeCommand } from './commands/analyze';
import { reportCommand } from './commands/report';
import { compareCommand } from './commands/compare';

/** Commands of the `lexgap` executable, by name. */
const COMMANDS: Record<string, CliCommand> = {
  library: libraryCommand,
  segment: segmentCommand,
  analyze: analyzeCommand,
  report: reportCommand,
  compare: compareCommand,
};

/** Register a further command (the analysis and import modules add theirs). */
export function registerCommand(name: string, command: CliCommand): void {
  COMMANDS[name] = command;
}

function usage(): string {
  const names = Object.keys(COMMANDS).sort();
  const width = Math.max(...names.map((n) => n.length));
  return [
    'LexGap — legislative gap analysis against the UN Protocols, UNTOC and the UNODC Model Laws',
    '',
    'Usage: lexgap <command> [options]',
    '',
    ...names.map((n) => `  ${n.padEnd(width)}  ${COMMANDS[n]!.summary}`),
    '',
    'Run "lexgap <command> --help" for a command\'s options.',
    'Exit codes: 0 ok, 1 user error, 2 internal error.',
  ].join('\n');
}

/** Run the CLI with the given arguments; returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? EXIT.ok : EXIT.user;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`lexgap: unknown command "${name}"\n\n${usage()}`);
    return EXIT.user;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UserError) {
      io.err(`lexgap ${name}: ${error.message}`);
      return EXIT.user;
    }
    if (error instanceof AppError && error.code !== 'internal') {
      io.err(`lexgap ${name}: ${error.message}`);
      return EXIT.user;
    }
    io.err(`lexgap ${name}: internal error: ${(error as Error)?.stack ?? String(error)}`);
    return EXIT.internal;
  }
}
