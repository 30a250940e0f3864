import { ObservationSchema, type OrgUnitIndex } from '@cadre/core';
import type { CsvLocale } from '../cells/locale.js';
import { MAX_TEXT_CELL_CHARS } from '../limits/csv-limits.js';
import type { ActualsLayout } from './actuals-header.js';
import { ROLE } from './actuals-header.js';
import { grow, HASH_SEED } from './byte-keys.js';
import { countCell, dateCell, isoOf, NO_DAY } from './cell-bytes.js';
import { type FlowCells, NO_SLOT } from './flow-cells.js';
import { KeyColumn } from './key-column.js';
import { RECORD, REF, SeriesDays } from './series-days.js';
import { UnitResolver } from './unit-resolver.js';

/** Why the fast path gave a file back to the general reader. */
export type FallbackReason =
  | 'header'
  | 'encoding'
  | 'quoted_field'
  | 'line_break'
  | 'field_count'
  | 'long_row'
  | 'long_cell'
  | 'empty_cell'
  | 'bad_date'
  | 'not_a_count'
  | 'org_unit'
  | 'schema'
  | 'duplicate_key'
  | 'unknown_indicator'
  | 'stock_indicator'
  | 'too_many_codes'
  | 'no_rows'
  | 'split_spelling';

const STOCK = -2;
// What a row brings for the first time, so only that is checked against the schema.
const NEW_CODE = 1;
const NEW_UNIT = 2;
const NEW_COMBO = 4;
const NEW_DATE = 8;
const NEW_VALUE = 16;
const MAX_DAY = 2_932_896; // 9999-12-31: the bitmap of dates already checked
const DAY_BASE = 719_468; // 0000-03-01 → day 0 of the bitmap

/**
 * Scans the data rows of actuals.csv straight from bytes for the common case (unquoted cells,
 * LF or CRLF, counts, real dates, known units, no repeated key) and feeds `FlowCells`. It
 * reports no issues: on the first row it cannot take as the general reader would, it stops
 * with a reason and the caller reruns the file through the general reader, so issues and
 * results never differ. Rows are checked with the general reader's own cell parsers where a
 * cell is not plain ISO date or digits, and `ObservationSchema` runs on every row that brings
 * a new code, date or breakdown.
 * @example
 * const scan = new ActualsScanner(layout, flow, { orgUnits, locale, programme: 'P' });
 * scan.rows(bytes, 0, bytes.length) || scan.reason; // true, or why the file went back
 */
export class ActualsScanner {
  reason: FallbackReason | null = null;
  read = 0;
  private readonly roles: Int32Array;
  private readonly fs: Int32Array;
  private readonly fe: Int32Array;
  private readonly fh: Int32Array;
  private readonly keys: KeyColumn[] = [];
  private readonly units: UnitResolver;
  private unitSeen = new Uint8Array(1024);
  private programmeRows: Float64Array = new Float64Array(4);
  private readonly valueIds: number[][];
  private readonly combos = new Map<number, number>();
  private readonly pairs: (Int32Array | undefined)[][][] = [];
  private readonly ids: number[];
  private readonly days = new SeriesDays();
  private readonly dateSeen = new Uint8Array((MAX_DAY + DAY_BASE) >> 3);
  private readonly valueSeen = new Uint8Array(1 << 13);
  private readonly limit: number;
  /** Per programme id: is it the report's programme. Per indicator id: its code in the cells. */
  private readonly programmeCode: boolean[] = [];
  private readonly indicatorCode: number[] = [];

  constructor(
    layout: ActualsLayout,
    private readonly flow: FlowCells,
    private readonly options: {
      orgUnits?: OrgUnitIndex;
      locale: CsvLocale;
      programme: string;
      checkDuplicates: boolean;
    },
  ) {
    this.roles = layout.roles;
    const n = layout.roles.length;
    [this.fs, this.fe, this.fh] = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
    for (let k = 0; k < 3 + layout.breakdownKeys.length; k++) this.keys.push(new KeyColumn());
    this.valueIds = layout.breakdownKeys.map(() => []);
    this.ids = layout.breakdownKeys.map(() => 0);
    // Breakdown value ids pack into one small integer key (V8 keeps it unboxed).
    this.limit = 2 ** Math.floor(30 / Math.max(1, layout.breakdownKeys.length));
    this.units = new UnitResolver(options.orgUnits, (code) => flow.unitId(code));
  }

  /** Rows per programme code other than the report's: checked, but they count for nothing. */
  otherProgrammes(): Record<string, number> {
    const out: Record<string, number> = {};
    const texts = this.keys[0]!.texts;
    this.programmeRows.forEach((rows, id) => {
      if (rows > 0 && !this.programmeCode[id]) out[texts[id]!] = rows;
    });
    return out;
  }

  private fail(reason: FallbackReason): false {
    this.reason = reason;
    return false;
  }

  /** Takes every complete row in `[start, end)` (which ends after a line break); false to fall back. */
  rows(buf: Uint8Array, start: number, end: number): boolean {
    const { fs, fe, fh } = this;
    const last = this.roles.length - 1;
    let pos = start;
    while (pos < end) {
      let f = 0;
      let s = pos;
      let h = HASH_SEED;
      for (;;) {
        const b = buf[pos]!;
        if (b === 44) {
          if (f === last) return this.fail('field_count');
          // Bytes bound characters from above: a cell the reader might refuse goes to it.
          if (pos - s > MAX_TEXT_CELL_CHARS) return this.fail('long_cell');
          fs[f] = s;
          fe[f] = pos;
          fh[f++] = h;
          s = ++pos;
          h = HASH_SEED;
        } else if (b === 10 || b === 13) break;
        else if (b === 34) return this.fail('quoted_field');
        else {
          h = Math.imul(h ^ b, 16777619);
          pos++;
        }
      }
      const e = pos;
      if (buf[pos] === 13 && buf[++pos] !== 10) return this.fail('line_break');
      pos++;
      if (f === 0 && e === s) continue; // a blank line, which the general reader skips too
      if (f !== last) return this.fail('field_count');
      if (e - s > MAX_TEXT_CELL_CHARS) return this.fail('long_cell');
      fs[f] = s;
      fe[f] = e;
      fh[f] = h;
      this.read++;
      if (!this.row(buf)) return false;
    }
    return true;
  }

  private row(buf: Uint8Array): boolean {
    const { fs, fe, fh, roles } = this;
    let fresh = 0;
    let prog = -1;
    let ind = -1;
    let unitRaw = -1;
    let day = 0;
    let value = -1;
    let combo = 0;
    // Every row writes the same breakdown positions; a column the file lacks stays 0 (absent).
    const ids = this.ids;
    for (let f = 0; f < roles.length; f++) {
      const role = roles[f]!;
      if (role === ROLE.ignored) continue;
      const s = fs[f]!;
      const e = fe[f]!;
      if (role === ROLE.date) {
        day = dateCell(buf, s, e, this.options.locale);
        if (day === NO_DAY) return this.fail('bad_date');
        const bit = day + DAY_BASE;
        if ((this.dateSeen[bit >> 3]! & (1 << (bit & 7))) === 0) {
          this.dateSeen[bit >> 3]! |= 1 << (bit & 7);
          fresh |= NEW_DATE;
        }
      } else if (role === ROLE.value) {
        value = countCell(buf, s, e, this.options.locale);
        if (value < 0) return this.fail('not_a_count');
        if (value >= 1 << 16) fresh |= NEW_VALUE;
        else if ((this.valueSeen[value >> 3]! & (1 << (value & 7))) === 0) {
          this.valueSeen[value >> 3]! |= 1 << (value & 7);
          fresh |= NEW_VALUE;
        }
      } else {
        const k = role < ROLE.date ? role - ROLE.programme : 3 + role - ROLE.breakdown;
        const col = this.keys[k]!;
        let raw = col.raw.find(buf, s, e, fh[f]!);
        if (raw < 0) {
          const got = col.intern(buf, s, e, fh[f]!);
          if (!got) return this.fail('encoding');
          if (k < 3 && col.texts[got.id] === '') return this.fail('empty_cell');
          raw = col.raw.size - 1;
          // A new programme or indicator gets the whole schema; other new texts their field's.
          if (got.fresh && k < 2) fresh |= NEW_CODE;
        }
        const id = col.canon[raw]!;
        if (role === ROLE.programme) {
          prog = id;
          if (id >= this.programmeRows.length)
            this.programmeRows = growRows(this.programmeRows, id);
          this.programmeRows[id]!++;
        } else if (role === ROLE.indicator) ind = id;
        else if (role === ROLE.orgUnit) unitRaw = raw;
        else {
          const b = role - ROLE.breakdown;
          const known = this.valueIds[b]!;
          // Canonical ids grow one by one, so this array stays dense.
          if (known[id] === undefined) known[id] = this.flow.valueId(b, col.texts[id]!);
          const vid = known[id]!;
          if (vid >= this.limit) return this.fail('too_many_codes');
          ids[b] = vid;
          combo = combo * this.limit + vid;
        }
      }
    }
    const unitColumn = this.keys[2]!;
    const unit = this.units.resolve(unitRaw, unitColumn.texts[unitColumn.canon[unitRaw]!]!, day);
    if (unit < 0) return this.fail('org_unit');
    if (unit >= this.unitSeen.length || this.unitSeen[unit] === 0) {
      if (unit >= this.unitSeen.length) this.unitSeen = grow(this.unitSeen, 2 * unit + 16);
      this.unitSeen[unit] = 1;
      fresh |= NEW_UNIT;
    }
    let comboId = this.combos.get(combo);
    if (comboId === undefined) {
      comboId = this.flow.comboId(ids);
      this.combos.set(combo, comboId);
      fresh |= NEW_COMBO;
    }
    let ref: number;
    let rec: Int32Array | undefined;
    let offset = 0;
    if (this.options.checkDuplicates) {
      // Series records by (programme, indicator) → unit → breakdown, in arrays of dense ids.
      // Pushing (never writing far past the end) keeps these arrays dense, not dictionaries.
      while (this.pairs.length <= prog) this.pairs.push([]);
      const byIndicator = this.pairs[prog]!;
      while (byIndicator.length <= ind) byIndicator.push([]);
      const byUnit = byIndicator[ind]!;
      while (byUnit.length <= unit) byUnit.push(undefined);
      rec = byUnit[unit];
      offset = comboId * RECORD;
      if (rec === undefined || offset >= rec.length) {
        // Room for every breakdown known so far (the targets' at least), then a quarter more:
        // there is one block per unit, so slack multiplies by thousands of units.
        const known = this.flow.comboCount();
        const size = Math.max(
          16,
          known,
          comboId + 1,
          Math.ceil(((rec?.length ?? 0) / RECORD) * 1.25),
        );
        const wider = new Int32Array(size * RECORD);
        if (rec) wider.set(rec);
        rec = wider;
        byUnit[unit] = rec;
      }
      ref = rec[offset + REF]!;
      if (ref === 0) {
        const slots = this.slotsOf(prog, ind, unit, comboId);
        if (slots === null) return false;
        ref = shift(slots);
        rec[offset + REF] = ref;
      }
    } else {
      // Without the duplicate check no row needs its series: the targets come from small memos.
      const slots = this.slotsOf(prog, ind, unit, comboId);
      if (slots === null) return false;
      ref = shift(slots);
    }
    if (fresh !== 0 && !this.passesSchema(fresh, prog, ind, unit, day, value, ids)) {
      return this.fail('schema');
    }
    if (rec && !this.days.add(rec, offset, day)) return this.fail('duplicate_key');
    // Rows of other programmes are tallied from `programmeRows` once the file is read.
    if (this.programmeCode[prog]) {
      this.flow.add(ref > 0 ? ref - 2 : ref, this.indicatorCode[ind]!, unit, day, value);
    }
    return true;
  }

  /** The targets rows of (programme, indicator, unit, breakdown) count for, or null to fall back. */
  private slotsOf(prog: number, ind: number, unit: number, combo: number): number | null {
    while (this.programmeCode.length <= prog) {
      this.programmeCode.push(
        this.keys[0]!.texts[this.programmeCode.length] === this.options.programme,
      );
    }
    // Rows of other programmes are checked but count for nothing, as in the core's report.
    if (!this.programmeCode[prog]) return NO_SLOT;
    while (this.indicatorCode.length <= ind) {
      const code = this.flow.indicatorId(this.keys[1]!.texts[this.indicatorCode.length]!);
      this.indicatorCode.push(code >= 0 && this.flow.stockIndicators.has(code) ? STOCK : code);
    }
    const code = this.indicatorCode[ind]!;
    if (code >= 0) return this.flow.slotsOf(code, unit, combo);
    this.fail(code === STOCK ? 'stock_indicator' : 'unknown_indicator');
    return null;
  }

  /**
   * The general reader runs `ObservationSchema` on each series' first row. Here a row with a new
   * programme or indicator goes through the whole schema, and a new unit, date, value or
   * breakdown through its field's schema: every value met is checked once, at a few
   * microseconds, where a whole-schema parse per series costs a zod parse per row on
   * national files (most series have one or two rows).
   */
  private passesSchema(
    fresh: number,
    prog: number,
    ind: number,
    unit: number,
    day: number,
    value: number,
    ids: number[],
  ): boolean {
    const disaggregation: Record<string, string> = {};
    ids.forEach((v, b) => {
      if (v !== 0) disaggregation[this.flow.breakdownKeys[b]!] = this.flow.valueText(b, v);
    });
    const obs = {
      programme: this.keys[0]!.texts[prog],
      indicator: this.keys[1]!.texts[ind],
      orgUnit: this.flow.unitCodeOf(unit),
      date: isoOf(day),
      value,
      disaggregation,
    };
    if (fresh & NEW_CODE) return ObservationSchema.safeParse(obs).success;
    const field = ObservationSchema.shape;
    return (
      (!(fresh & NEW_UNIT) || field.orgUnit.safeParse(obs.orgUnit).success) &&
      (!(fresh & NEW_DATE) || field.date.safeParse(obs.date).success) &&
      (!(fresh & NEW_VALUE) || field.value.safeParse(obs.value).success) &&
      (!(fresh & NEW_COMBO) || field.disaggregation.safeParse(obs.disaggregation).success)
    );
  }
}

/** A slot answer stored so that 0 means "not seen yet": slot s → s + 2, none → 1, lists stay < 0. */
function shift(slots: number): number {
  return slots >= NO_SLOT ? slots + 2 : slots;
}

function growRows(rows: Float64Array, id: number): Float64Array {
  const wider = new Float64Array(2 * id + 4);
  wider.set(rows);
  return wider;
}
