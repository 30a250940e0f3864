import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FileIssue, issueJson, renderIssues } from './file-issue.js';

const csvIssue = (line: number, column: string): FileIssue => ({
  code: 'csv.required',
  path: [line, column],
  message: `a.csv, line ${line}, column "${column}": a value is required`,
  messageVi: `a.csv, dòng ${line}, cột "${column}": bắt buộc có giá trị`,
  file: 'a.csv',
});

describe('issueJson', () => {
  it('takes the line and column of any CSV issue from its path', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.stringMatching(/^[a-z_]{1,12}$/),
        (line, column) => {
          expect(issueJson(csvIssue(line, column), 'vi')).toEqual({
            code: 'csv.required',
            file: 'a.csv',
            line,
            column,
            message: `a.csv, dòng ${line}, cột "${column}": bắt buộc có giá trị`,
          });
        },
      ),
    );
  });

  it('has no line or column for an issue about a whole file or no file', () => {
    expect(issueJson({ ...csvIssue(0, '*'), path: [0, '*'] }, 'en')).toMatchObject({
      line: null,
      column: null,
    });
    expect(
      issueJson(
        { code: 'target.duplicate', path: ['targets', 'x'], message: 'm', file: null },
        'en',
      ),
    ).toMatchObject({ file: null, line: null, column: null, message: 'm' });
  });
});

describe('renderIssues', () => {
  it('prints at most the limit and counts the rest', () => {
    const issues = Array.from({ length: 120 }, (_, k) => csvIssue(k + 2, 'value'));
    const lines = renderIssues(issues, 'vi');
    expect(lines[0]).toBe('Có 120 lỗi dữ liệu:');
    expect(lines).toHaveLength(1 + 50 + 1);
    expect(lines.at(-1)).toBe('  … và 70 lỗi khác (--format json liệt kê tất cả)');
    expect(renderIssues([], 'en')).toEqual([]);
  });
});
