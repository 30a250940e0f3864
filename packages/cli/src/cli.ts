import { getEventListeners } from 'node:events';
import { run } from './run/run.js';

// The bin's entry: wires the process to `run`. Ctrl-C stops a command that listens for it
// (serve, import) gracefully, and any other at once; a second Ctrl-C always stops at once.
const controller = new AbortController();
const interrupt = (signal: NodeJS.Signals) => {
  const exitCode = signal === 'SIGINT' ? 130 : 143;
  if (controller.signal.aborted || getEventListeners(controller.signal, 'abort').length === 0) {
    process.exit(exitCode);
  }
  controller.abort();
};
process.on('SIGINT', interrupt);
process.on('SIGTERM', interrupt);

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
  signal: controller.signal,
}).then((code) => {
  process.exitCode = code;
});
