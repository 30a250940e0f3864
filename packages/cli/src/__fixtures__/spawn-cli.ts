import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The `cadre` bin, run as a user runs it. */
export const BIN = fileURLToPath(new URL('../../bin/cadre.js', import.meta.url));

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts `node bin/cadre.js …` in a child process, collecting its output. */
export function startCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  const child: ChildProcess = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, CADRE_API_KEYS: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (s: string) => {
    stdout += s;
  });
  child.stderr!.setEncoding('utf8').on('data', (s: string) => {
    stderr += s;
  });
  const finished = new Promise<Finished>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return {
    child,
    finished,
    /** Resolves with the first match of `pattern` in stdout. */
    async waitFor(pattern: RegExp, timeoutMs = 60_000): Promise<RegExpMatchArray> {
      const start = Date.now();
      for (;;) {
        const m = stdout.match(pattern);
        if (m) return m;
        if (child.exitCode !== null || Date.now() - start > timeoutMs) {
          throw new Error(`no ${pattern} in output; stdout: ${stdout}; stderr: ${stderr}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
  };
}

/** Runs `node bin/cadre.js …` to the end. */
export function spawnCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  return startCli(args, options).finished;
}
