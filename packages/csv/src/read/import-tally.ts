import type { ImportSummary, Issue } from '@cadre/core';
import { csvIssue } from '../issues/csv-issues.js';
import { MAX_ISSUES } from '../limits/csv-limits.js';

/** all_or_nothing: any issue → nothing is returned. skip_bad_rows: good rows go through. */
export type CsvImportMode = 'all_or_nothing' | 'skip_bad_rows';

/**
 * Counts rows and keeps issues while a file streams by. Past `maxIssues` the issues are still
 * counted but no longer kept, so a file where every row is wrong cannot exhaust memory.
 */
export class ImportTally {
  read = 0;
  accepted = 0;
  readonly issues: Issue[] = [];
  private dropped = 0;

  constructor(
    readonly file: string,
    private readonly maxIssues = MAX_ISSUES,
  ) {}

  /** Records one issue. */
  add(issue: Issue): void {
    if (this.issues.length < this.maxIssues) this.issues.push(issue);
    else this.dropped++;
  }

  /** Whether any issue was found so far. */
  get failed(): boolean {
    return this.issues.length > 0;
  }

  /**
   * The DHIS2-style summary. A reader does not know what a store holds, so `updated` is 0 and
   * `imported` counts rows handed on; in all-or-nothing mode any issue hands on none.
   */
  summary(mode: CsvImportMode): ImportSummary {
    const imported = mode === 'all_or_nothing' && this.failed ? 0 : this.accepted;
    const issues = [...this.issues];
    if (this.dropped > 0) {
      const note = csvIssue(
        'csv.too_many_issues',
        { file: this.file, line: 0, column: '*' },
        String(this.dropped),
      );
      issues.push(note);
    }
    return { read: this.read, imported, updated: 0, ignored: this.read - imported, issues };
  }
}
