import { fileURLToPath } from 'node:url';
import type { RunIO } from '../run/io.js';
import { run } from '../run/run.js';

/** Folder of the hand-written fixtures. */
export const FIXTURES = fileURLToPath(new URL('.', import.meta.url));

/** A stream that keeps what is written, for assertions. */
export function capture(tty = false) {
  let text = '';
  return {
    isTTY: tty,
    write(chunk: string) {
      text += chunk;
      return true;
    },
    get text() {
      return text;
    },
  };
}

/** 20/5/2019 10:00 in Việt Nam: the review date of seed 004, as the clock of the tests. */
export const REVIEW_INSTANT = new Date('2019-05-20T03:00:00Z');

/** Runs the command line in-process against the fixtures folder. */
export async function cli(argv: string[], io: Partial<RunIO> = {}) {
  const stdout = capture();
  const stderr = capture();
  const code = await run(argv, {
    stdout,
    stderr,
    cwd: FIXTURES,
    env: {},
    now: () => REVIEW_INSTANT,
    ...io,
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}
