import type { Programme } from '../../programmes/schema.js';
import type { Issue } from '../../result/issue.js';
import {
  DEFAULT_NARRATIVE_TEMPLATES,
  NARRATIVE_PLACEHOLDERS,
  type NarrativeTemplate,
  ROW_PLACEHOLDERS,
} from './defaults.js';
import { parseTemplate, type TemplatePart } from './template.js';

/** Every template a narrative uses, parsed: the paragraph's and each indicator's wording. */
export interface ParsedTemplates {
  paragraph: Record<keyof NarrativeTemplate, TemplatePart[]>;
  /** Indicator code → its wording in the language, when it has one. */
  wording: Map<string, TemplatePart[]>;
}

/**
 * Parses the paragraph templates (defaults overridden by `template`) and the indicators'
 * `wording` in one language, collecting every issue: malformed templates
 * (`narrative.bad_template`) and placeholders a template may not use
 * (`narrative.unknown_placeholder`), with paths such as `indicators.3.wording.vi`.
 * @example
 * const r = parseNarrativeTemplates(programme, 'vi', { however: 'Tuy nhiên, {items}.' });
 * if (!r.ok) r.issues; // every problem of every template
 */
export function parseNarrativeTemplates(
  programme: Programme,
  lang: 'vi' | 'en',
  template: Partial<NarrativeTemplate> = {},
  templatePath: (string | number)[] = ['template'],
): { ok: true; value: ParsedTemplates } | { ok: false; issues: Issue[] } {
  const issues: Issue[] = [];
  const paragraph = {} as Record<keyof NarrativeTemplate, TemplatePart[]>;
  const defaults = DEFAULT_NARRATIVE_TEMPLATES[lang];
  for (const key of Object.keys(defaults) as (keyof NarrativeTemplate)[]) {
    const given = template[key];
    const path = given === undefined ? ['defaults', lang, key] : [...templatePath, key];
    const r = parseTemplate(given ?? defaults[key], NARRATIVE_PLACEHOLDERS[key], path);
    if (r.ok) paragraph[key] = r.value;
    else issues.push(...r.issues);
  }
  const wording = new Map<string, TemplatePart[]>();
  programme.indicators.forEach((indicator, index) => {
    const source = indicator.wording[lang];
    if (source === undefined) return;
    const r = parseTemplate(source, ROW_PLACEHOLDERS, ['indicators', index, 'wording', lang]);
    if (r.ok) wording.set(indicator.code, r.value);
    else issues.push(...r.issues);
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: { paragraph, wording } };
}

/**
 * Checks a programme's narrative wording in both languages (and optional paragraph templates)
 * when the programme is defined, rather than when a report is first written.
 * @example
 * checkNarrativeTemplates(programme); // [] when every `wording` template is well formed
 */
export function checkNarrativeTemplates(
  programme: Programme,
  template: { vi?: Partial<NarrativeTemplate>; en?: Partial<NarrativeTemplate> } = {},
): Issue[] {
  return (['vi', 'en'] as const).flatMap((lang) => {
    const r = parseNarrativeTemplates(programme, lang, template[lang], ['template', lang]);
    return r.ok ? [] : r.issues;
  });
}
