import { DaySet } from './day-set.js';

/** What the fast path keeps per series (programme × indicator × org unit × breakdown). */
export interface Series {
  days: DaySet;
  /** Whether one record of the series has been through the core schema. */
  checked: boolean;
}

/**
 * Series by their parts, in nested maps of interned strings: no key string is built per row.
 * @example
 * const keys = new SeriesKeys(); keys.get('12-CTr/TU', 'rotation', '04', '').days.add(17000);
 */
export class SeriesKeys {
  private readonly root = new Map<string, Map<string, Map<string, Series>>>();

  /** The series of a row, created on first sight. */
  get(programme: string, indicator: string, orgUnit: string, breakdown: string): Series {
    let byIndicator = this.root.get(programme);
    if (!byIndicator) {
      byIndicator = new Map();
      this.root.set(programme, byIndicator);
    }
    let byUnit = byIndicator.get(indicator);
    if (!byUnit) {
      byUnit = new Map();
      byIndicator.set(indicator, byUnit);
    }
    const k = breakdown === '' ? orgUnit : `${orgUnit}\u0000${breakdown}`;
    let series = byUnit.get(k);
    if (!series) {
      series = { days: new DaySet(), checked: false };
      byUnit.set(k, series);
    }
    return series;
  }
}
