import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readActualsCsv } from '../actuals/iterate-observations.js';
import { type CsvSource, sourceName } from './csv-source.js';
import { decodeText } from './decode-text.js';

const TEXT = 'programme,indicator,org_unit,date,value\n12-CTr/TU,rotation,04,2019-05-20,24\n';
const BYTES = new TextEncoder().encode(TEXT);

describe('sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-csv-'));
  const path = join(dir, 'actuals.csv');
  writeFileSync(path, BYTES);
  const sources: [string, () => CsvSource][] = [
    ['a path', () => path],
    ['a file URL', () => new URL(`file://${path}`)],
    ['text in memory', () => ({ text: TEXT })],
    ['bytes', () => BYTES],
    ['a Node Readable', () => Readable.from([BYTES.subarray(0, 7), BYTES.subarray(7)])],
    ['a web ReadableStream', () => new Blob([BYTES]).stream()],
    [
      'an async iterable of strings',
      () =>
        (async function* () {
          yield TEXT.slice(0, 50);
          yield TEXT.slice(50);
        })(),
    ],
  ];
  it.each(sources)('reads %s', async (_, make) => {
    const r = await readActualsCsv(make());
    expect(r.records).toEqual([
      {
        programme: '12-CTr/TU',
        indicator: 'rotation',
        orgUnit: '04',
        date: '2019-05-20',
        value: 24,
        disaggregation: {},
      },
    ]);
  });

  it('names issues after the file', () => {
    expect(sourceName(path)).toBe('actuals.csv');
    expect(sourceName({ text: '', name: 'chi-tieu.csv' })).toBe('chi-tieu.csv');
    expect(sourceName(BYTES)).toBe('CSV');
  });
});

describe('decodeText', () => {
  it('cuts a large text into NFC pieces of about 8 KiB that end at line breaks', async () => {
    const line = 'Ho\u0300a Bi\u0300nh,Thu\u0309y\n';
    const text = line.repeat(5000);
    const pieces: string[] = [];
    for await (const p of decodeText(
      (async function* () {
        yield text;
      })(),
    ))
      pieces.push(p);
    expect(pieces.join('')).toBe(text.normalize('NFC'));
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces) {
      expect(p.endsWith('\n')).toBe(true);
      expect(p.length).toBeLessThan(3 * 8192);
    }
  });
});
