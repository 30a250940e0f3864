/** A place to write text: `process.stdout`, or a buffer in tests. */
export interface OutputStream {
  /** Writes text as is; no newline is added. */
  write(chunk: string): unknown;
  /** True for a terminal: progress bars are drawn only there. */
  isTTY?: boolean;
  /** Terminal width in characters, when known. */
  columns?: number;
}

/**
 * Everything a command touches outside itself, passed in so that tests run commands in-process.
 * Only `stdout` and `stderr` are required.
 */
export interface RunIO {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Directory that relative file names resolve against (default: the process's). */
  cwd?: string;
  /** Environment variables (default: the process's). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The clock, read only to default `--as-of` to today (default: the system clock). */
  now?: () => Date;
  /** Aborted on Ctrl-C: `serve` shuts down and `import` stops after the current batch. */
  signal?: AbortSignal;
}

/** `RunIO` with its defaults filled in. */
export interface ResolvedIO extends Required<Omit<RunIO, 'signal'>> {
  signal?: AbortSignal;
}

/**
 * Fills in the process defaults of a `RunIO`.
 * @example
 * resolveIO({ stdout: process.stdout, stderr: process.stderr }).cwd; // process.cwd()
 */
export function resolveIO(io: RunIO): ResolvedIO {
  return {
    stdout: io.stdout,
    stderr: io.stderr,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    now: io.now ?? (() => new Date()),
    ...(io.signal && { signal: io.signal }),
  };
}

/**
 * Writes lines to a stream, each ending with a newline.
 * @example
 * writeLines(io.stdout, ['Chương trình 12-CTr/TU', '']);
 */
export function writeLines(out: OutputStream, lines: readonly string[]): void {
  if (lines.length > 0) out.write(`${lines.join('\n')}\n`);
}
