import { main } from './index';
import { EXIT } from './io';

/** Entry from the `lexgap` executable: real arguments, real streams, real exit code. */
export async function runFromProcess(): Promise<void> {
  // Output piped into a command that stops reading (lexgap … | head) is not an error.
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  // Ctrl+C stops the work in progress (reading a file, analysing) cleanly; a second one quits at once.
  const interrupt = new AbortController();
  const onInterrupt = () => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write('lexgap: interrupted; stopping (Ctrl+C again to quit at once)\n');
    interrupt.abort();
  };
  process.on('SIGINT', onInterrupt);
  let code: number;
  try {
    code = await main(process.argv.slice(2), {
      out: (t) => process.stdout.write(`${t}\n`),
      err: (t) => process.stderr.write(`${t}\n`),
      signal: interrupt.signal,
    });
  } catch (error) {
    process.stderr.write(`lexgap: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    code = EXIT.internal;
  }
  process.off('SIGINT', onInterrupt);
  process.exitCode = interrupt.signal.aborted && code !== EXIT.ok ? 130 : code;
}
