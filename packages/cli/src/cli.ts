import { getEventListeners } from 'node:events';
import { interruptHandler } from './run/interrupt.js';
import { run } from './run/run.js';

// The bin's entry: wires the process to `run`. Ctrl-C stops a command that listens for it
// (serve, import) gracefully, and any other at once; a second Ctrl-C always stops at once.
const controller = new AbortController();
const argv = process.argv.slice(2);
const interrupt = interruptHandler({
  controller,
  listening: () => getEventListeners(controller.signal, 'abort').length > 0,
  argv,
  stderr: process.stderr,
  exit: (code) => process.exit(code),
});
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

run(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
});
