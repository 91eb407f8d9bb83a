#!/usr/bin/env node
// The `lexgap` command: runs the TypeScript sources under plain Node through tsx.
import { register } from 'tsx/esm/api';

register();
const { runFromProcess } = await import('../electron/main/cli/process.ts');
await runFromProcess();
