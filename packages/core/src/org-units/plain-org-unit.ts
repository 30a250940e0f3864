import { isIsoDate } from '../dates/calendar-date.js';
import type { OrgUnit } from './schema.js';

/**
 * `OrgUnitSchema`'s parse for the common case, without zod: a plain object whose fields are
 * plainly valid gives the same `OrgUnit` the schema would (defaults filled, unknown keys dropped,
 * fresh arrays and objects, the same key order). Anything else — a wrong type, an empty code, a
 * date that is not `YYYY-MM-DD` on the calendar, an object with a prototype — gives undefined,
 * and the caller runs the schema, so every issue and message still comes from zod. A national
 * index holds thousands of units; the schema costs about 10 µs a unit, this well under one.
 * @example
 * plainOrgUnit({ code: '04', name: 'Cao Bằng', level: 'province' });
 * // { code: '04', name: 'Cao Bằng', level: 'province', parentCode: null, validFrom: null, validTo: null, successors: [], aliases: [] }
 * plainOrgUnit({ code: '', name: 'x', level: 'province' }); // undefined: let the schema say why
 */
export function plainOrgUnit(input: unknown): OrgUnit | undefined {
  if (!isPlainObject(input)) return undefined;
  const { code, name, level } = input;
  if (!isFilled(code) || !isFilled(name) || !isFilled(level)) return undefined;
  const parentCode = input.parentCode ?? null;
  if (parentCode !== null && !isFilled(parentCode)) return undefined;
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  if (validFrom !== null && !isIsoDate(validFrom)) return undefined;
  if (validTo !== null && !isIsoDate(validTo)) return undefined;
  const successors = plainSuccessors(input.successors);
  const aliases = plainStrings(input.aliases);
  if (successors === undefined || aliases === undefined) return undefined;
  const unit = { code, name } as OrgUnit;
  // An optional key the input holds, even as undefined, stays in the output, as with zod.
  if ('names' in input) {
    const given = input.names;
    const names = given === undefined ? undefined : plainRecord(given);
    if (given !== undefined && names === undefined) return undefined;
    unit.names = names;
  }
  unit.level = level;
  unit.parentCode = parentCode;
  unit.validFrom = validFrom;
  unit.validTo = validTo;
  unit.successors = successors;
  unit.aliases = aliases;
  return unit;
}

type PlainObject = Record<string, unknown>;

// Only objects made by a literal or JSON: zod reads class instances differently in places.
function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function plainStrings(value: unknown): string[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const s: unknown = value[i];
    if (typeof s !== 'string') return undefined;
    out.push(s);
  }
  return out;
}

function plainRecord(value: unknown): Record<string, string> | undefined {
  if (!isPlainObject(value) || Object.getOwnPropertySymbols(value).length > 0) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (key === '__proto__' || typeof v !== 'string') return undefined;
    out[key] = v;
  }
  return out;
}

function plainSuccessors(value: unknown): OrgUnit['successors'] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return undefined;
  const out: OrgUnit['successors'] = [];
  for (let i = 0; i < value.length; i++) {
    const s: unknown = value[i];
    if (!isPlainObject(s) || !isFilled(s.code)) return undefined;
    const link: OrgUnit['successors'][number] = { code: s.code };
    if ('date' in s) {
      const date = s.date;
      if (date !== undefined && !isIsoDate(date)) return undefined;
      link.date = date;
    }
    if ('reference' in s) {
      const reference = s.reference;
      if (reference !== undefined && typeof reference !== 'string') return undefined;
      link.reference = reference;
    }
    out.push(link);
  }
  return out;
}
