import { EXIT } from '../commands/command.js';
import type { OutputStream } from './io.js';
import { prescan } from './prescan.js';
import { type Lang, say } from './text.js';

/** The line every interrupted command ends with: nothing it was doing reached the disk. */
export const NOTHING_WRITTEN = {
  vi: 'Đã dừng theo yêu cầu (Ctrl-C): không ghi gì.',
  en: 'Stopped on request (Ctrl-C): nothing was written.',
} as const;

/** Erases the line a progress bar (or the terminal's "^C") is on, when the stream is a terminal. */
export function clearLine(out: OutputStream): void {
  if (out.isTTY === true) out.write('\r\x1b[K');
}

/**
 * The process's Ctrl-C (and SIGTERM) handler. A command that listens to the signal (serve,
 * import) is asked to stop and ends by itself; any other, or a second Ctrl-C, ends the process at
 * once, after clearing the line and saying that nothing was written: a command that has not
 * finished has written nothing (report and the checks print only at the end, and an import's
 * open transaction is rolled back by the database when the process goes).
 * @example
 * process.on('SIGINT', interruptHandler({ controller, argv, stderr: process.stderr, exit: process.exit }));
 */
export function interruptHandler(options: {
  controller: AbortController;
  /** Whether a running command listens to the signal; by default, whether anything does. */
  listening: () => boolean;
  argv: readonly string[];
  stderr: OutputStream;
  exit: (code: number) => void;
}): (signal: NodeJS.Signals) => void {
  const lang: Lang = prescan(options.argv).lang ?? 'vi';
  return (signal) => {
    const { controller } = options;
    if (controller.signal.aborted || !options.listening()) {
      clearLine(options.stderr);
      options.stderr.write(`${say(NOTHING_WRITTEN, lang)}\n`);
      options.exit(signal === 'SIGINT' ? EXIT.interrupted : 143);
      return;
    }
    controller.abort();
  };
}
