import {
  type IndicatorInput,
  type LocalizedText,
  type Programme,
  type ProgrammeInput,
  ProgrammeSchema,
  type Result,
} from '@cadre/core';
import { parseWith } from '@cadre/core/adapter';
import type { IndicatorHint, TargetRecord } from './read-targets.js';
import { SCHEMA_TARGETS } from './target-rows.js';

/** English names of units agencies write in targets.csv; others keep the Vietnamese only. */
const UNIT_EN: Record<string, string> = {
  người: 'people',
  'cán bộ': 'cadres',
  lớp: 'classes',
  'biên chế': 'posts',
  'lượt người': 'person-times',
  khóa: 'courses',
};

/** Options of `programmesFromTargets`. */
export interface ProgrammesFromTargetsOptions {
  /** Titles per programme code; the code itself when missing. */
  titles?: Readonly<Record<string, string | LocalizedText>>;
}

/**
 * Builds core programmes from what targets.csv holds, for the quick path that has no programme
 * file: one programme per `programme` code, its period spanning its targets, one indicator per
 * indicator code with the measure, direction, unit and aggregation the rows gave (count,
 * at_least, people and sum when they gave none; a reduction becomes measure `rate`, direction
 * `reduction`). Each programme goes through the core's `ProgrammeSchema`.
 * @example
 * const t = await readTargetsCsv('targets.csv', { orgUnits });
 * const p = programmesFromTargets(t, { titles: { '12-CTr/TU': 'Nâng cao chất lượng cán bộ trẻ' } });
 */
export function programmesFromTargets(
  targets: { records: readonly TargetRecord[]; indicators: readonly IndicatorHint[] },
  options: ProgrammesFromTargetsOptions = {},
): Result<Programme[]> {
  const byProgramme = new Map<string, TargetRecord[]>();
  for (const t of targets.records) {
    const list = byProgramme.get(t.programme);
    if (list) list.push(t);
    else byProgramme.set(t.programme, [t]);
  }
  const programmes: Programme[] = [];
  const issues = [];
  for (const [code, list] of byProgramme) {
    const [start, end] = span(list);
    const title = options.titles?.[code] ?? code;
    const input: ProgrammeInput = {
      code,
      title: typeof title === 'string' ? { vi: title } : title,
      period: { kind: 'custom', start, end },
      indicators: targets.indicators.filter((h) => h.programme === code).map(toIndicator),
      targets: [],
    };
    const own = list.map(({ programme: _, ...t }) => t);
    // Targets the reader already held to `TargetSchema` are its output and stay as they are;
    // any other record goes through the schema with the rest of the programme.
    const checked = list.every((t) => SCHEMA_TARGETS.has(t));
    if (!checked) input.targets = own;
    const r = parseWith(ProgrammeSchema, input, [code]);
    if (r.ok) {
      if (checked) r.value.targets = own;
      programmes.push(r.value);
    } else issues.push(...r.issues);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: programmes };
}

function toIndicator(h: IndicatorHint): IndicatorInput {
  const out: IndicatorInput = {
    code: h.code,
    name: { vi: h.name ?? h.code },
    measure: h.measure === 'reduction' ? 'rate' : 'count',
    direction: h.direction,
  };
  if (h.aggregation !== undefined) out.aggregation = h.aggregation;
  if (h.verb !== undefined) out.verb = h.verb;
  if (h.basis !== undefined) out.basis = h.basis;
  if (h.unit !== undefined) {
    const en = UNIT_EN[h.unit.toLowerCase()];
    out.unit = en === undefined ? { vi: h.unit } : { vi: h.unit, en };
  }
  return out;
}

// The earliest start and latest end; ISO dates order as text.
function span(list: readonly TargetRecord[]): [string, string] {
  let start = list[0]!.period.start;
  let end = list[0]!.period.end;
  for (const t of list) {
    if (t.period.start < start) start = t.period.start;
    if (t.period.end > end) end = t.period.end;
  }
  return [start, end];
}
