import { describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../../electron/main/cli/index';

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lexgap <command> --help', () => {
  it.each(Object.keys(COMMANDS))('prints the usage of %s and exits 0, running nothing', async (name) => {
    const usage = (await COMMANDS[name]!.load()).usage;
    for (const flag of ['--help', '-h']) {
      const r = await run([name, flag]);
      expect(r.code).toBe(0);
      expect(r.out).toBe(usage);
      expect(r.err).toBe('');
    }
  });

  it('still refuses a library call without a subcommand, with the usage and exit code 1', async () => {
    const r = await run(['library']);
    expect(r.code).toBe(1);
    expect(r.out).toBe((await COMMANDS.library!.load()).usage);
  });
});
