import { fail, type Issue, type IssuePath, issue, ok, type Result } from '../../result/issue.js';

/** A piece of a parsed template. */
export type TemplatePart =
  | { text: string }
  | { placeholder: string }
  | { group: ({ text: string } | { placeholder: string })[] };

/** Values to fill in; null (or a missing key) means the value is absent. */
export type TemplateValues = Readonly<Record<string, string | null | undefined>>;

function bad(path: IssuePath, source: string, en: string, vi: string) {
  return issue(
    'narrative.bad_template',
    path,
    `${path.join('.')}: template "${source}" ${en}`,
    `${path.join('.')}: mẫu câu "${source}" ${vi}`,
    source,
  );
}

/**
 * Parses a narrative template: `{name}` is a placeholder; `[ … ]` is an optional group, left
 * out when any placeholder inside it is absent; `{{`, `}}`, `[[` and `]]` write a literal brace
 * or bracket. Every mistake is an issue at `path`, and so is every placeholder not in `allowed`.
 * @example
 * parseTemplate('cử {actual} {unit}[, {phrase}]', ['actual', 'unit', 'phrase'], ['wording']);
 * // { ok: true, value: [{ text: 'cử ' }, { placeholder: 'actual' }, …, { group: [...] }] }
 */
export function parseTemplate(
  source: string,
  allowed: readonly string[],
  path: IssuePath,
): Result<TemplatePart[]> {
  const parts: TemplatePart[] = [];
  const issues: Issue[] = [];
  let group: ({ text: string } | { placeholder: string })[] | null = null;
  const push = (p: { text: string } | { placeholder: string }) => (group ?? parts).push(p);
  let text = '';
  const flush = () => {
    if (text !== '') push({ text });
    text = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] ?? '';
    const pair = source.slice(i, i + 2);
    if (pair === '{{' || pair === '}}' || pair === '[[' || pair === ']]') {
      text += c;
      i += 1;
    } else if (c === '{') {
      const close = source.indexOf('}', i);
      const name = close < 0 ? null : source.slice(i + 1, close);
      if (name === null || !/^[a-zA-Z]+$/.test(name)) {
        issues.push(
          bad(
            path,
            source,
            `has an unclosed or malformed placeholder at character ${i}; expected {name}`,
            `có chỗ điền chưa đóng hoặc sai dạng ở ký tự ${i}; cần dạng {tên}`,
          ),
        );
        break;
      }
      if (!allowed.includes(name)) {
        issues.push(
          issue(
            'narrative.unknown_placeholder',
            path,
            `${path.join('.')}: "{${name}}" is not a placeholder here; expected one of ${allowed.map((a) => `{${a}}`).join(', ')}`,
            `${path.join('.')}: "{${name}}" không phải chỗ điền dùng được ở đây; cần một trong ${allowed.map((a) => `{${a}}`).join(', ')}`,
            name,
          ),
        );
      }
      flush();
      push({ placeholder: name });
      i = close;
    } else if (c === '[' || c === ']') {
      flush();
      if ((c === '[') === (group !== null)) {
        issues.push(
          bad(
            path,
            source,
            `has an unmatched or nested "${c}" at character ${i}; expected [ … ] pairs, not nested`,
            `có dấu "${c}" lẻ hoặc lồng nhau ở ký tự ${i}; cần từng cặp [ … ], không lồng nhau`,
          ),
        );
        break;
      }
      if (c === '[') group = [];
      else {
        parts.push({ group: group ?? [] });
        group = null;
      }
    } else if (c === '}') {
      issues.push(
        bad(
          path,
          source,
          `has a stray "}" at character ${i}; write "}}" for a brace`,
          `có dấu "}" lẻ ở ký tự ${i}; viết "}}" để ra dấu ngoặc`,
        ),
      );
      break;
    } else text += c;
  }
  flush();
  if (group !== null && issues.length === 0) {
    issues.push(
      bad(path, source, 'opens a "[" group that never closes', 'mở nhóm "[" mà không đóng'),
    );
  }
  return issues.length > 0 ? fail(issues) : ok(parts);
}

/**
 * Fills a parsed template. An absent value writes nothing; an optional group with an absent
 * value inside is left out whole. `escapeValue` is applied to every value (Markdown escaping).
 * Doubled spaces and spaces before punctuation left by absent values are tidied away.
 * @example
 * fillTemplate(parts, { actual: '241', unit: 'cán bộ', phrase: null }); // 'cử 241 cán bộ'
 */
export function fillTemplate(
  parts: readonly TemplatePart[],
  values: TemplateValues,
  escapeValue: (value: string) => string = (v) => v,
): string {
  const piece = (p: { text: string } | { placeholder: string }): string | null => {
    if ('text' in p) return p.text;
    const v = values[p.placeholder];
    return v === null || v === undefined ? null : escapeValue(v);
  };
  let out = '';
  for (const p of parts) {
    if ('group' in p) {
      const pieces = p.group.map(piece);
      if (pieces.every((x) => x !== null)) out += pieces.join('');
    } else out += piece(p) ?? '';
  }
  return out
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,;.:)])/g, '$1')
    .trim();
}
