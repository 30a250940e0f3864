import { describe, expect, it } from 'vitest';
import { cli } from '../__fixtures__/run-cli.js';
import { COMMANDS } from '../commands/index.js';

describe('run', () => {
  it('prints the help on stderr and exits 2 without a command', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Cách dùng: cadre <lệnh> [tùy chọn]');
    for (const c of COMMANDS) expect(r.stderr).toContain(c.name);
  });

  it('prints help in English on request and exits 0', async () => {
    const r = await cli(['--help', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: cadre <command> [options]');
    expect(r.stdout).toContain('Exit codes: 0 success, 1 data issues, 2 usage errors');
  });

  it("prints a command's help with its options", async () => {
    const r = await cli(['rules', 'planning', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: cadre rules planning --pool FILE');
    expect(r.stdout).toContain('--level LEVEL');
    expect(r.stdout).toContain('--lang vi|en');
  });

  it('prints the version', async () => {
    const r = await cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('names an unknown command and the commands there are', async () => {
    const r = await cli(['reprot']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('không có lệnh "reprot"; các lệnh: report, import, serve');
  });

  it('asks for the sub-command of a group', async () => {
    const r = await cli(['rules', '--lang=en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"rules" needs a sub-command: rules rotation, rules planning');
  });

  it('refuses a language it does not speak', async () => {
    const r = await cli(['report', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang: "fr" không hợp lệ; cần vi hoặc en');
  });

  it('shows a stack trace for a failure only with --debug', async () => {
    // A stdout that cannot be written (a closed pipe): a failure of the environment, exit 3.
    const broken = {
      write(): never {
        throw new Error('write EPIPE');
      },
    };
    const argv = ['reconcile', '--actual', '430', '--reported', 'đạt 238% KH'];
    const quiet = await cli(argv, { stdout: broken });
    expect(quiet.code).toBe(3);
    expect(quiet.stderr).toContain('Lỗi: write EPIPE');
    expect(quiet.stderr).toContain('Chạy lại với --debug để xem chi tiết.');
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const loud = await cli([...argv, '--debug'], { stdout: broken });
    expect(loud.code).toBe(3);
    expect(loud.stderr).toMatch(/\n\s+at /);
  });
});
