import type { CadreStore, OrgUnitIndex, OrgUnitInput } from '@cadre/core';
import type { CsvLocaleName } from '@cadre/csv';
import type { Lang } from '../../run/text.js';
import type { Progress } from './progress-bar.js';

/** What every file import shares. */
export interface ImportContext {
  store: CadreStore;
  /** Units names resolve against: the geography, the store's units and units imported so far. */
  index: OrgUnitIndex | undefined;
  /** The units the index was built from, for checking an org-units file against them. */
  units: OrgUnitInput[];
  locale: CsvLocaleName;
  mode: 'all_or_nothing' | 'skip_bad_rows';
  /** Who imports and when, for the store's audit log (`--as`, the clock read at the start). */
  attribution: { by?: string; at?: string };
  lang: Lang;
  /** Starts following a file on the progress bar; call the result's `finish` when done. */
  track(file: string, size: number): Tracker;
  signal?: AbortSignal;
}

/** Progress of one file. */
export interface Tracker {
  progress: Progress;
  /** Redraws the bar with the current progress. */
  tick(): void;
  finish(): void;
}
