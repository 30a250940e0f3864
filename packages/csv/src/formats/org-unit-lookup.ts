import {
  createOrgUnitIndex,
  type IsoDate,
  type Issue,
  normalizeName,
  type OrgUnitIndex,
  type OrgUnitInput,
} from '@cadre/core';

/** Org units to resolve names against: an index from the core, or the units to build one from. */
export type OrgUnitsOption = OrgUnitIndex | readonly OrgUnitInput[];

/**
 * Resolves an org-unit cell (code or name) on a date, over a period (a target's unit: the unit
 * of that name at the period's end, or the last one within it), or without either (today's unit
 * wins a shared name); an issue when it is unknown or ambiguous.
 */
export type OrgUnitLookup = (
  text: string,
  when?: IsoDate | { start: IsoDate; end: IsoDate },
) => string | Issue;

/**
 * Wraps the core's `resolve` with a cache, so a million rows naming a few thousand units cost a
 * few thousand lookups. A text whose unit never changed and whose name no other unit shares
 * resolves the same on every date and is cached once; others are cached per date (bounded).
 * Without org units, the cell is taken as the code.
 * @example
 * const lookup = orgUnitLookup([{ code: '06', name: 'Bắc Kạn', level: 'province', aliases: ['Bắc Cạn'] }]);
 * lookup('Bắc Cạn', '2019-05-20'); // '06'
 * lookup('Bắc Kạn', { start: '2021-01-01', end: '2025-12-31' }); // the former province, which ceased within
 */
export function orgUnitLookup(units: OrgUnitsOption | undefined): OrgUnitLookup {
  if (units === undefined) return (text) => text;
  const index = isIndex(units) ? units : createOrgUnitIndex(units);
  let memo = memos.get(index);
  if (!memo) {
    memo = { shared: sharedNames(index), stable: new Map(), dated: new Map() };
    memos.set(index, memo);
  }
  const { shared, stable, dated } = memo;
  return (text, when) => {
    const hit = stable.get(text);
    if (hit !== undefined) return hit;
    const at =
      when === undefined ? '' : typeof when === 'string' ? when : `${when.start}/${when.end}`;
    const key = `${at}\u0000${text}`;
    const seen = dated.get(key);
    if (seen !== undefined) return seen;
    const r = index.resolve(
      text,
      when === undefined ? {} : typeof when === 'string' ? { asOf: when } : { period: when },
    );
    const value = r.ok ? r.value.code : r.issues[0]!;
    const unit = r.ok ? r.value : undefined;
    const timeless =
      unit !== undefined &&
      unit.validFrom === null &&
      unit.validTo === null &&
      (unit.code === text.normalize('NFC').trim() || shared.get(normalizeName(text)) === 1);
    if (timeless) stable.set(text, value);
    else {
      if (dated.size >= 100_000) dated.clear();
      dated.set(key, value);
    }
    return value;
  };
}

interface Memo {
  /** Normalised name → how many units carry it. */
  shared: Map<string, number>;
  stable: Map<string, string | Issue>;
  dated: Map<string, string | Issue>;
}

// An index never changes once built, so what was resolved against it holds for every later file
// read with it (targets.csv, then actuals.csv, then the next report): counted and cached once.
const memos = new WeakMap<OrgUnitIndex, Memo>();

function sharedNames(index: OrgUnitIndex): Map<string, number> {
  const shared = new Map<string, number>();
  for (const u of index.all()) {
    const keys = new Set(
      [u.name, ...Object.values(u.names ?? {}), ...u.aliases].map(normalizeName),
    );
    for (const k of keys) shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  return shared;
}

function isIndex(units: OrgUnitsOption): units is OrgUnitIndex {
  return typeof (units as OrgUnitIndex).resolve === 'function';
}
