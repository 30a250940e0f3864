import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { type ActualsLayout, type HeaderOptions, takeHeader } from './actuals-header.js';
import type { FallbackReason } from './actuals-scanner.js';

/** What takes the data rows: `rows` returns false (and names a reason) to give the file back. */
export interface RowSink {
  rows(buf: Uint8Array, start: number, end: number): boolean;
  reason: FallbackReason | null;
}

/** The header of actuals.csv and where the data rows start (bytes). */
export interface HeaderRead {
  layout: ActualsLayout;
  bodyStart: number;
}

/** Where the header line ends in the first bytes of a file, or why the fast path cannot take it. */
function headerOf(
  buf: Uint8Array,
  end: number,
  options: HeaderOptions,
): HeaderRead | FallbackReason {
  let at = 0;
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) at = 3;
  else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    return 'encoding';
  }
  const br = buf.indexOf(10, at);
  if (br < 0 || br >= end || buf[at] === 10 || buf[at] === 13) return 'header';
  const stop = buf[br - 1] === 13 ? br - 1 : br;
  // NUL bytes: UTF-16 without a mark, or a cell the general reader reports.
  if (!isUtf8(buf.subarray(at, stop)) || buf.subarray(at, stop).includes(0)) return 'encoding';
  const layout = takeHeader(new TextDecoder().decode(buf.subarray(at, stop)), options);
  return layout ? { layout, bodyStart: br + 1 } : 'header';
}

/**
 * Reads the header line of a file or byte array (a header longer than 1 MiB is not taken).
 * @example
 * const head = await readHeader('actuals.csv', { file: 'actuals.csv' });
 * typeof head === 'string' ? head : head.layout.roles;
 */
export async function readHeader(
  source: string | Uint8Array,
  options: HeaderOptions,
): Promise<HeaderRead | FallbackReason> {
  if (typeof source !== 'string') return headerOf(source, source.length, options);
  const handle = await open(source, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return headerOf(buf, bytesRead, options);
  } finally {
    await handle.close();
  }
}

/** Hands the complete rows of buf[from, end) to the sink; returns where the unfinished row starts. */
function take(sink: RowSink, buf: Uint8Array, from: number, end: number): number | FallbackReason {
  const last = buf.lastIndexOf(10, end - 1);
  if (last < from) return from;
  const rows = buf.subarray(from, last + 1);
  if (!isUtf8(rows) || rows.includes(0)) return 'encoding';
  return sink.rows(buf, from, last + 1) ? last + 1 : (sink.reason ?? 'header');
}

/** The last row may lack its line break: give it one. */
function finish(sink: RowSink, tail: Uint8Array): FallbackReason | null {
  if (tail.length === 0) return null;
  const padded = new Uint8Array(tail.length + 1);
  padded.set(tail);
  padded[tail.length] = 10;
  const r = take(sink, padded, 0, padded.length);
  return typeof r === 'string' ? r : null;
}

/**
 * Feeds every data row from `bodyStart` on to `sink`, reading a file `chunkBytes` at a time
 * (a row must fit in a chunk); null when all rows were taken, else why the file goes back.
 * @example
 * const fault = await scanBody('actuals.csv', head.bodyStart, scanner); // null
 */
export async function scanBody(
  source: string | Uint8Array,
  bodyStart: number,
  sink: RowSink,
  chunkBytes = 1 << 22,
): Promise<FallbackReason | null> {
  if (typeof source !== 'string') {
    const r = take(sink, source, bodyStart, source.length);
    return typeof r === 'string' ? r : finish(sink, source.subarray(r));
  }
  const handle = await open(source, 'r');
  try {
    const buf = Buffer.allocUnsafe(chunkBytes);
    let filled = 0;
    let position = bodyStart;
    for (;;) {
      const { bytesRead } = await handle.read(buf, filled, buf.length - filled, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      filled += bytesRead;
      const r = take(sink, buf, 0, filled);
      if (typeof r === 'string') return r;
      if (r === 0 && filled === buf.length) return 'long_row';
      buf.copyWithin(0, r, filled);
      filled -= r;
    }
    return finish(sink, buf.subarray(0, filled));
  } finally {
    await handle.close();
  }
}
