import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../source/decode-text.js';
import { parseRows } from './parse-rows.js';

async function* chunks(parts: (string | Uint8Array)[]) {
  for (const p of parts) yield p;
}

async function rowsOf(parts: (string | Uint8Array)[], delimiter?: ',' | ';' | '\t') {
  const rows: string[][] = [];
  const lines: number[] = [];
  const faults: { line: number; code: string }[] = [];
  for await (const b of parseRows(decodeText(chunks(parts)), delimiter ? { delimiter } : {})) {
    rows.push(...b.rows);
    lines.push(...b.lines);
    faults.push(...b.faults.map((f) => ({ line: f.line, code: f.code })));
  }
  return { rows, lines, faults };
}

/** Splits bytes at the given cut points, also inside multi-byte characters. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const sorted = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of sorted) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('parseRows', () => {
  it('numbers lines as an editor does, counting breaks inside quoted fields and blank lines', async () => {
    const text = 'a,b\n"x\ny",1\n\n"p",2\n,\nq,3';
    const { rows, lines } = await rowsOf([text]);
    expect(rows).toEqual([
      ['a', 'b'],
      ['x\ny', '1'],
      ['p', '2'],
      ['q', '3'],
    ]);
    expect(lines).toEqual([1, 2, 5, 7]);
  });

  it('reads CRLF, CR-only and BOM-prefixed files alike', async () => {
    const crlf = await rowsOf([new TextEncoder().encode('\uFEFFa;b\r\n1;"x\r\ny"\r\n2;z\r\n')]);
    expect(crlf.rows).toEqual([
      ['a', 'b'],
      ['1', 'x\r\ny'],
      ['2', 'z'],
    ]);
    expect(crlf.lines).toEqual([1, 2, 4]);
    const cr = await rowsOf(['a,b\r1,2\r3,4\r']);
    expect(cr.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(cr.lines).toEqual([1, 2, 3]);
  });

  it('detects comma, semicolon and tab from the header, ignoring quoted ones', async () => {
    expect((await rowsOf(['"a;b",c,d\n1,2,3\n'])).rows[1]).toEqual(['1', '2', '3']);
    expect((await rowsOf(['Họ và tên;Đơn vị\nA;B\n'])).rows[1]).toEqual(['A', 'B']);
    expect((await rowsOf(['a\tb\n1\t2\n'])).rows[1]).toEqual(['1', '2']);
  });

  it('reports an unterminated quote at the line where the field opens', async () => {
    const { faults } = await rowsOf(['a,b\n1,2\n3,"open\n4,5\n']);
    expect(faults).toEqual([{ line: 3, code: 'unterminated_quote' }]);
    // A quote followed by text does not close the field, so it runs on to the end of the file.
    expect((await rowsOf(['a,b\n"x"y,1\n2,3\n'])).faults).toEqual([
      { line: 2, code: 'unterminated_quote' },
    ]);
  });

  it('reports a stray closing quote on its line and keeps reading', async () => {
    const { rows, faults } = await rowsOf(['a,b\n"x"y",1\n2,3\n']);
    expect(faults).toEqual([{ line: 2, code: 'invalid_quote' }]);
    expect(rows.at(-1)).toEqual(['2', '3']);
  });

  it('stops at a row longer than the limit instead of holding the file', async () => {
    const batches = [];
    const body = `a\n"${'x'.repeat(5000)}\n`;
    for await (const b of parseRows(decodeText(chunks(body.match(/[\s\S]{1,100}/g)!)), {
      maxRowChars: 1000,
    })) {
      batches.push(b);
    }
    expect(batches.flatMap((b) => b.faults)).toEqual([
      { line: 2, code: 'unterminated_quote', rowless: true },
    ]);
  });

  it('gives the same rows and lines however the bytes are cut into chunks', async () => {
    const cell = fc.oneof(
      fc.constantFrom(
        '',
        'Hòa Bình',
        'Ho\u0300a',
        'Đắk Lắk',
        '"q"',
        'a,b',
        'x\ny',
        'r\r\ns',
        '6.666',
        ' sp ',
      ),
      fc.string({ maxLength: 6 }),
    );
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), {
      minLength: 1,
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        async (rows, points, crlf) => {
          const nl = crlf ? '\r\n' : '\n';
          const quote = (c: string) =>
            /[",\r\n]/.test(c) || c === '' ? `"${c.replaceAll('"', '""')}"` : c;
          const text = `h1,h2${nl}${rows.map((r) => r.map(quote).join(',')).join(nl)}${nl}`;
          const bytes = new TextEncoder().encode(text);
          const whole = await rowsOf([bytes], ',');
          const pieces = await rowsOf(cut(bytes, points), ',');
          expect(pieces).toEqual(whole);
          expect(whole.rows.slice(1)).toEqual(
            rows
              .filter((r) => r.some((c) => c.trim() !== ''))
              .map((r) => r.map((c) => c.normalize('NFC'))),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
