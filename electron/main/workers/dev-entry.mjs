// Runs the task worker from its TypeScript sources (command line, tests): the built app runs
// the bundled task-worker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./task-worker.ts');
