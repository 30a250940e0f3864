import { formatNumber } from '@cadre/core';
import type { OutputStream } from '../../run/io.js';
import { type Lang, say } from '../../run/text.js';

/** How far a file has got: bytes read of its size, and rows handed to the store so far. */
export interface Progress {
  bytes: number;
  rows: number;
}

/**
 * A one-line progress bar on a terminal: share of the file read, rows per second and the time
 * left, estimated from the bytes still to read. Draws at most ten times a second and only when
 * the stream is a TTY; elsewhere it stays silent, so logs and pipes get the summary alone.
 * @example
 * const bar = new ProgressBar(process.stderr, 'actuals.csv', size, 'vi', () => performance.now());
 * bar.update({ bytes, rows });
 * bar.finish();
 */
export class ProgressBar {
  private lastDraw = 0;
  private readonly started: number;
  private readonly active: boolean;

  /**
   * @example
   * const bar = new ProgressBar(io.stderr, 'actuals.csv', size, 'vi', () => performance.now());
   */
  constructor(
    private readonly out: OutputStream,
    private readonly label: string,
    private readonly totalBytes: number,
    private readonly lang: Lang,
    private readonly clock: () => number,
  ) {
    this.active = out.isTTY === true;
    this.started = clock();
  }

  /**
   * Redraws the bar when enough time has passed.
   * @example
   * bar.update({ bytes: 1_048_576, rows: 20_000 });
   */
  update(progress: Progress): void {
    if (!this.active) return;
    const now = this.clock();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.out.write(`\r\x1b[K${this.line(progress, now)}`);
  }

  /**
   * Clears the bar, leaving the line free for the summary.
   * @example
   * bar.finish();
   */
  finish(): void {
    if (this.active && this.lastDraw > 0) this.out.write('\r\x1b[K');
  }

  /**
   * The text of the bar at a moment, e.g. "actuals.csv [######----] 60% 52.300 dòng/giây, còn khoảng 3 giây".
   * @example
   * bar.line({ bytes: 600, rows: 5230 }, start + 100);
   */
  line(progress: Progress, now: number): string {
    const { lang } = this;
    const share = this.totalBytes === 0 ? 1 : Math.min(1, progress.bytes / this.totalBytes);
    const width = 20;
    const filled = Math.round(share * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    // Display only: an estimate on a terminal, never a figure of the report.
    const rate = Math.round(progress.rows / seconds);
    const left =
      share > 0 && share < 1 ? Math.ceil((seconds * (1 - share)) / share) : share >= 1 ? 0 : null;
    const pct = `${Math.floor(share * 100)}%`;
    const speed = say(
      {
        vi: `${formatNumber(rate, { locale: 'vi' })} dòng/giây`,
        en: `${formatNumber(rate, { locale: 'en' })} rows/s`,
      },
      lang,
    );
    const eta =
      left === null
        ? ''
        : say({ vi: `, còn khoảng ${left} giây`, en: `, about ${left} s left` }, lang);
    return `${this.label} ${bar} ${pct} ${speed}${eta}`;
  }
}
