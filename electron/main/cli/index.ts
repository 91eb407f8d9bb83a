import { AppError } from '../../../shared/api/errors';
import type { TaskName } from '../workers/tasks';
import { EXIT, UserError, type CliCommand, type CliIO } from './io';

/**
 * Commands of the `lexgap` executable, by name: the one-line summary for the usage text, the
 * module, loaded only when the command runs (so `lexgap library list` never loads the PDF or Word
 * libraries that `lexgap analyze` needs), and the worker threads it runs its work in, started
 * before its module loads so that they are ready when its input is.
 */
export const COMMANDS: Record<string, { summary: string; load: () => Promise<CliCommand>; tasks?: TaskName[] }> = {
  library: {
    summary: 'browse and search the reference library (Protocols, UNTOC, Model Laws); import further instruments',
    load: async () => (await import('./commands/library')).libraryCommand,
  },
  segment: {
    summary: 'split a law into its provisions and print the outline (or write it as JSON)',
    load: async () => (await import('./commands/segment')).segmentCommand,
    tasks: ['read'],
  },
  analyze: {
    summary: 'gap analysis of national law files against the Protocols, UNTOC and the Model Laws',
    load: async () => (await import('./commands/analyze')).analyzeCommand,
    tasks: ['read', 'analyze'],
  },
  report: {
    summary: 'export the recommendations report (DOCX), mapping table (CSV) or JSON of an assessment file',
    load: async () => (await import('./commands/report')).reportCommand,
  },
  compare: {
    summary: 'what changed between two versions of a law, and what it did to compliance',
    load: async () => (await import('./commands/compare')).compareCommand,
  },
};

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
    const help = rest[0] === '--help' || rest[0] === '-h';
    if (command.tasks && !help) {
      const { prepareTask } = await import('../workers/run');
      for (const task of command.tasks) prepareTask(task);
    }
    const loaded = await command.load();
    if (help) {
      io.out(loaded.usage);
      return EXIT.ok;
    }
    return await loaded.run(rest, io);
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
