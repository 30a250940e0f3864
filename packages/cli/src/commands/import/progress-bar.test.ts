import { describe, expect, it } from 'vitest';
import { capture } from '../../__fixtures__/run-cli.js';
import { ProgressBar } from './progress-bar.js';

describe('ProgressBar', () => {
  it('shows the share read, rows per second and the time left', () => {
    let now = 0;
    const bar = new ProgressBar(capture(true), 'actuals.csv', 1000, 'vi', () => now);
    // Half the bytes in 2 s with 10 000 rows: 5 000 rows/s, and 2 s more for the other half.
    expect(bar.line({ bytes: 500, rows: 10_000 }, 2000)).toBe(
      'actuals.csv [##########----------] 50% 5.000 dòng/giây, còn khoảng 2 giây',
    );
    now = 1000;
    expect(bar.line({ bytes: 250, rows: 100 }, 1000)).toContain(
      '25% 100 dòng/giây, còn khoảng 3 giây',
    );
  });

  it('draws on a terminal only, and clears its line when done', () => {
    let now = 0;
    const tty = capture(true);
    const bar = new ProgressBar(tty, 'a.csv', 100, 'en', () => now);
    now = 500;
    bar.update({ bytes: 50, rows: 10 });
    bar.finish();
    expect(tty.text).toBe(
      '\r\x1b[Ka.csv [##########----------] 50% 20 rows/s, about 1 s left\r\x1b[K',
    );
    const pipe = capture(false);
    const quiet = new ProgressBar(pipe, 'a.csv', 100, 'en', () => now);
    quiet.update({ bytes: 50, rows: 10 });
    quiet.finish();
    expect(pipe.text).toBe('');
  });
});
