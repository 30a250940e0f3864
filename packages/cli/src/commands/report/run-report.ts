import { basename } from 'node:path';
import type { Rollup } from '@cadre/core';
import { ACTUAL_COLUMNS, type CsvLocaleName, TARGET_COLUMNS } from '@cadre/csv';
import { csvOptions } from '../../args/common-options.js';
import { choiceOption, dateOption, requiredOption, textOption } from '../../args/option-values.js';
import { resolveAsOf } from '../../dates/resolve-as-of.js';
import { todayInVietnam } from '../../dates/today-in-vietnam.js';
import { inputFile } from '../../files/input-file.js';
import { tabularInput } from '../../files/workbook-input.js';
import { writeOutputFile } from '../../files/write-output-file.js';
import { type FileIssue, inFile, renderIssues } from '../../issues/file-issue.js';
import type { Geography } from '../../org-units/load-org-units.js';
import { writeLines } from '../../run/io.js';
import { say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import { REPORT_FORMATS, type ReportFormat } from './formats/index.js';
import { readTemplate } from './read-template.js';
import { type ReportAt, reportSections } from './report-sections.js';
import { buildReportView, type ReportOutput, type ReportView } from './report-view.js';
import { storeSections } from './store-sections.js';

const ROLLUPS: readonly Rollup[] = ['none', 'parent', 'current'];
const EXAMPLE = 'cadre report --targets targets.csv --actuals actuals.csv --as-of 2019-05-20';
const DB_EXAMPLE = 'cadre report --db cadre.db --programme 12-CTr/TU --as-of 2019-05-20';

/**
 * Runs `cadre report`: reads the quick-path files (or, with `--db`, the named programmes of a
 * store), computes each programme's report at the review date and prints it in the chosen
 * format; issues go to stderr (inside the document for JSON). Exit 1 when there is any issue.
 * @example
 * await runReport({ io, lang: 'vi', debug: false, values: { targets: 't.csv', actuals: 'a.csv' }, positionals: [] });
 */
export async function runReport({ io, lang, values }: CommandContext): Promise<number> {
  const { locale, mode, geography } = csvOptions(values);
  const names = REPORT_FORMATS.flatMap((f) => [f.name, ...(f.aliases ?? [])]);
  const format = choiceOption(values, 'format', names, REPORT_FORMATS[0]!.name);
  const renderer = REPORT_FORMATS.find((f) => f.name === format || f.aliases?.includes(format))!;
  const rollup = choiceOption(values, 'rollup', ROLLUPS, 'none');
  const out = textOption(values, 'out');
  const output = await reportOutput(values, io.cwd, renderer);
  if (renderer.kind === 'file' && out === undefined) {
    throw usageError(
      {
        vi: `--format ${renderer.name} ghi ra tệp: thêm --out TỆP, ví dụ --out bao-cao.${renderer.name}`,
        en: `--format ${renderer.name} writes a file: add --out FILE, e.g. --out report.${renderer.name}`,
      },
      ['--out'],
    );
  }
  const { asOf, defaulted } = resolveAsOf(values, io, lang);
  // "Today's units" means today's: a 2007–2010 programme reviewed now rolls up to the 2025
  // provinces, whatever its review date.
  const rollupAsOf = dateOption(values, 'units-as-of') ?? todayInVietnam(io.now());
  const at: ReportAt = { asOf, rollup, rollupAsOf };
  const db = textOption(values, 'db');
  const { sections, readIssues, index, files } =
    db === undefined
      ? await fileSections(values, io.cwd, geography, rollup, { locale, mode }, at)
      : await storeSections(db, io.cwd, programmeCodes(values), at);
  const issues = [
    ...readIssues,
    ...sections.flatMap((s) => s.report.issues.map((i) => ({ ...i, file: fileOf(i.code, files) }))),
  ];
  const view = buildReportView({
    lang,
    asOf,
    asOfDefaulted: defaulted,
    rollup,
    sections,
    issues,
    orgUnits: index,
    output,
  });
  const writeIssues = await emit(renderer, view, out, io);
  issues.push(...writeIssues);
  if (!(renderer.name === 'json')) writeLines(io.stderr, renderIssues(issues, lang));
  if (readIssues.length > 0 && mode === 'all_or_nothing') {
    writeLines(io.stderr, [
      say(
        {
          vi: 'Không lập báo cáo vì dữ liệu có lỗi; sửa các dòng trên hoặc thêm --skip-bad-rows để báo cáo với các dòng hợp lệ.',
          en: 'No report was made because the data has issues; fix the rows above or add --skip-bad-rows to report the valid rows.',
        },
        lang,
      ),
    ]);
  }
  return issues.length > 0 ? EXIT.dataIssues : EXIT.ok;
}

/**
 * Prints the report or writes it to `--out`. A file is written only when there is a report to
 * put in it (no half report from data with issues), whole or not at all.
 */
async function emit(
  renderer: ReportFormat,
  view: ReportView,
  out: string | undefined,
  io: CommandContext['io'],
): Promise<FileIssue[]> {
  const any = view.sections.length > 0;
  if (renderer.kind === 'file') {
    if (!any) return [];
    const written = await renderer.write(view);
    if (!written.ok) return inFile(written.issues, view.output.template?.name ?? out!);
    writeOutputFile(out!, io.cwd, written.value, '--out');
  } else if (any || renderer.machine) {
    const text = renderer.render(view);
    if (out === undefined) io.stdout.write(text);
    else if (any) writeOutputFile(out, io.cwd, text, '--out');
  }
  return [];
}

/** Layout options of the file formats: `--excel`, `--issuer`, `--place`, `--template`/`--mapping`. */
async function reportOutput(
  values: CommandContext['values'],
  cwd: string,
  renderer: ReportFormat,
): Promise<ReportOutput> {
  const excel = values.excel === true;
  if (excel && renderer.name !== 'csv') {
    throw usageError(
      { vi: '--excel chỉ dùng với --format csv', en: '--excel goes with --format csv' },
      ['--excel'],
    );
  }
  const templateName = textOption(values, 'template');
  const mappingName = textOption(values, 'mapping');
  if ((templateName !== undefined || mappingName !== undefined) && renderer.name !== 'xlsx') {
    throw usageError(
      {
        vi: '--template và --mapping chỉ dùng với --format xlsx',
        en: '--template and --mapping go with --format xlsx',
      },
      ['--template'],
    );
  }
  const issuer = textOption(values, 'issuer');
  const place = textOption(values, 'place');
  return {
    excel,
    ...(issuer !== undefined && { issuer }),
    ...(place !== undefined && { place }),
    ...(templateName !== undefined && {
      template: await readTemplate(templateName, mappingName, cwd),
    }),
  };
}

/** The quick path: targets.csv and actuals.csv, with the geography and an optional units file. */
async function fileSections(
  values: CommandContext['values'],
  cwd: string,
  geography: Geography,
  rollup: Rollup,
  read: { locale: CsvLocaleName; mode: 'all_or_nothing' | 'skip_bad_rows' },
  at: ReportAt,
) {
  if (values.programme !== undefined) {
    throw usageError({
      vi: '--programme chỉ dùng cùng --db; với tệp, báo cáo mọi chương trình trong targets.csv',
      en: '--programme goes with --db; from files, the report covers every programme of targets.csv',
    });
  }
  const targets = inputFile(requiredOption(values, 'targets', EXAMPLE), cwd, '--targets');
  const actuals = inputFile(requiredOption(values, 'actuals', EXAMPLE), cwd, '--actuals');
  const unitsName = textOption(values, 'org-units');
  const orgUnits = unitsName === undefined ? undefined : inputFile(unitsName, cwd, '--org-units');
  if (rollup !== 'none' && geography === 'none' && orgUnits === undefined) {
    throw usageError({
      vi: `--rollup ${rollup} cần danh mục đơn vị: bỏ --geography none hoặc thêm --org-units`,
      en: `--rollup ${rollup} needs org units: drop --geography none or add --org-units`,
    });
  }
  // A workbook (.xlsx) is read through @cadre/xlsx's bridge, its issues moved to sheet cells.
  const sheet = textOption(values, 'sheet');
  const common = { locale: read.locale, ...(sheet !== undefined && { sheet }) };
  const t = await tabularInput(targets, {
    ...common,
    columns: [TARGET_COLUMNS],
    option: '--targets',
  });
  const a = await tabularInput(actuals, {
    ...common,
    columns: [ACTUAL_COLUMNS],
    option: '--actuals',
  });
  const files = { targets: basename(targets), actuals: basename(actuals) };
  const bookIssues = [...inFile(t.issues, files.targets), ...inFile(a.issues, files.actuals)];
  try {
    if (t.path === undefined || a.path === undefined) {
      return { sections: [], readIssues: bookIssues, index: undefined, files };
    }
    const r = await reportSections(
      {
        targets: t.path,
        actuals: a.path,
        geography,
        ...read,
        ...(orgUnits !== undefined && { orgUnits }),
      },
      at,
    );
    const moved = a.resite(t.resite(r.readIssues)) as FileIssue[];
    const keep = bookIssues.length === 0 || read.mode === 'skip_bad_rows';
    return { ...r, sections: keep ? r.sections : [], readIssues: [...bookIssues, ...moved] };
  } finally {
    if (t.path !== undefined) await t.dispose();
    if (a.path !== undefined) await a.dispose();
  }
}

/** The programmes `--programme` names (one or more) for a report from a store. */
function programmeCodes(values: CommandContext['values']): string[] {
  for (const name of ['targets', 'actuals', 'org-units'] as const) {
    if (values[name] !== undefined) {
      throw usageError({
        vi: `--${name} không dùng cùng --db: báo cáo đọc mọi số liệu từ kho`,
        en: `--${name} does not go with --db: the report reads everything from the store`,
      });
    }
  }
  const given = values.programme;
  const codes = Array.isArray(given) ? given : typeof given === 'string' ? [given] : [];
  if (codes.length === 0) {
    throw usageError({
      vi: `--db cần --programme MÃ; ví dụ: ${DB_EXAMPLE}`,
      en: `--db needs --programme CODE; e.g. ${DB_EXAMPLE}`,
    });
  }
  return codes;
}

/** The input file a report-level issue comes from, judged by its code. */
function fileOf(code: string, files: { targets: string; actuals: string }): string | null {
  if (code.startsWith('observation.')) return files.actuals;
  if (code.startsWith('target.')) return files.targets;
  return null;
}
