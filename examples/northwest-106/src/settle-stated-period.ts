import {
  defineProgramme,
  type Issue,
  type LegalRef,
  type Programme,
  type ProgrammeInput,
  type Result,
} from '@cadre/core';

/** A definition after validation, and the contradictions found and set aside on the way. */
export interface SettledProgramme {
  programme: Programme;
  /** The `programme.legal_basis.period_mismatch` issues of the definition as written. */
  contradictions: Issue[];
}

const MISMATCH = 'programme.legal_basis.period_mismatch';

/**
 * Validates a definition with `defineProgramme`. When the only issues are legal bases whose
 * stated period contradicts the programme's (QĐ 106: "2007 – 2010" in the title, "2006-2010"
 * at the close of the review), those issues are kept as `contradictions`, the stated periods are
 * set aside and the definition is validated again; any other issue fails as usual.
 * @example
 * const r = settleStatedPeriod(input);
 * if (r.ok) r.value.contradictions[0]?.path; // ['legalBasis', 0, 'statedPeriod']
 */
export function settleStatedPeriod(input: ProgrammeInput): Result<SettledProgramme> {
  const first = defineProgramme(input);
  if (first.ok) return { ok: true, value: { programme: first.value, contradictions: [] } };
  if (first.issues.some((i) => i.code !== MISMATCH)) return first;
  const flagged = new Set(first.issues.map((i) => i.path[1]));
  const legalBasis = (input.legalBasis ?? []).map((ref, index) => {
    if (!flagged.has(index) || typeof ref === 'string') return ref;
    const { statedPeriod: _set_aside, ...rest } = ref as LegalRef;
    return rest;
  });
  const second = defineProgramme({ ...input, legalBasis });
  if (!second.ok) return second;
  return { ok: true, value: { programme: second.value, contradictions: first.issues } };
}
