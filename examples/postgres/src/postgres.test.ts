import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const url = process.env.CADRE_TEST_PG_URL;

if (url === undefined || url === '') {
  if (process.env.CI) {
    // CI provides a server: without one the example is untested, which is a failure.
    describe('examples/postgres', () => {
      it('needs CADRE_TEST_PG_URL', () => {
        throw new Error('CADRE_TEST_PG_URL is not set: CI must run the PostgreSQL example');
      });
    });
  } else {
    console.warn(
      '⚠ examples/postgres SKIPPED: set CADRE_TEST_PG_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run it',
    );
    describe.skip('examples/postgres (skipped: CADRE_TEST_PG_URL is not set)', () => {
      it('runs the Cao Bằng review on PostgreSQL', () => undefined);
    });
  }
} else {
  describe('examples/postgres: the Cao Bằng review on PostgreSQL', () => {
    let stdout = '';
    // Run as users run it, in its own process, with the URL on the command line.
    beforeAll(async () => {
      const cwd = fileURLToPath(new URL('..', import.meta.url));
      const args = ['run', '--silent', 'start', '--', '--db', url];
      stdout = (
        await promisify(execFile)('pnpm', args, {
          cwd,
          env: { ...process.env, CADRE_TEST_PG_URL: '' },
        })
      ).stdout;
    }, 120_000);

    it('prints the figures of the review of 20/5/2019, computed in PostgreSQL', () => {
      // 30/10 = 300%; 117/41 = 285,37% → 285%; 79/175 = 45,14% → 45%; 139/199 = 69,85% →
      // gần 70%; 430/181 = 237,57% → gần 238%; 24/40 = 60%; PhD none sent.
      expect(stdout).toContain('— đạt 300% chỉ tiêu (vượt)');
      expect(stdout).toContain('— bằng 285% KH (vượt)');
      expect(stdout).toContain('— đạt 45% KH (chưa đạt)');
      expect(stdout).toContain('— đạt gần 70% KH (chưa đạt)');
      expect(stdout).toContain('— đạt gần 238% KH (vượt)');
      expect(stdout).toContain(
        '24 người, chỉ tiêu 40 — bằng 60% KH (chưa đạt); chậm so với tiến độ',
      );
      expect(stdout).toContain('Đào tạo tiến sĩ: 0 người — chưa thực hiện');
      // 1107 of 1698 days.
      expect(stdout).toContain('1.107/1.698 ngày');
      expect(stdout).toContain('Kho dữ liệu PostgreSQL');
    });

    it('drops its schema afterwards', () => {
      expect(stdout).toMatch(/Schema cadre_example_[0-9a-f]{8} dropped\./);
    });
  });
}
