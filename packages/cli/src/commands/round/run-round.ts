import {
  createOrgUnitIndex,
  describeRoundProgress,
  type Issue,
  periodText,
  type RoundAction,
  type RoundPeriod,
  roundProgress,
} from '@cadre/core';
import { choiceOption, requiredOption, textOption } from '../../args/option-values.js';
import { openDatabase } from '../../db/open-database.js';
import { storedUnits } from '../../db/stored-units.js';
import { writeLines } from '../../run/io.js';
import type { Lang } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';

const EXAMPLE =
  'cadre round submit --db cadre.db --programme 12-CTr/TU --unit 04001 --period 2026-01-01..2026-06-30';

/**
 * `START..END` as a period; a usage error otherwise (the store checks the dates themselves).
 * @example
 * periodOption({ period: '2026-01-01..2026-06-30' }); // { start: '2026-01-01', end: '2026-06-30' }
 */
export function periodOption(values: CommandContext['values']): RoundPeriod {
  const text = requiredOption(values, 'period', EXAMPLE);
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
  if (!m) {
    throw usageError(
      {
        vi: `--period: "${text}" không hợp lệ; cần BẮT_ĐẦU..KẾT_THÚC, ví dụ 2026-01-01..2026-06-30`,
        en: `--period: "${text}" is not START..END, e.g. 2026-01-01..2026-06-30`,
      },
      ['--period'],
    );
  }
  return { start: m[1]!, end: m[2]! };
}

function exemptions(values: CommandContext['values']) {
  const text = textOption(values, 'exempt');
  if (text === undefined) return [];
  return text.split(',').map((part) => {
    const [orgUnit, ...reason] = part.split('=');
    return { orgUnit: (orgUnit ?? '').trim(), reason: reason.join('=').trim() };
  });
}

/**
 * The lines of issues, one language each.
 * @example
 * issueLines(result.issues, 'vi');
 */
export function issueLines(issues: readonly Issue[], lang: Lang): string[] {
  return issues.map((i) => `✗ ${lang === 'vi' ? (i.messageVi ?? i.message) : i.message}`);
}

/**
 * Runs `cadre round <action>`: a transition on the store (attributed to `--as`, at the clock's
 * time), or the status of a unit and its parts. Exit 1 when the rules refuse the transition.
 * @example
 * await runRound('lock', ctx);
 */
export async function runRound(
  action: 'status' | RoundAction,
  ctx: CommandContext,
): Promise<number> {
  const { io, lang, values } = ctx;
  const url = requiredOption(values, 'db', EXAMPLE);
  const programme = requiredOption(values, 'programme', EXAMPLE);
  const unit = requiredOption(values, 'unit', EXAMPLE);
  const period = periodOption(values);
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const store = await openDatabase(url, io.cwd);
  try {
    if (action !== 'status') {
      // The store records who acted; the command asks rather than guess.
      const by = requiredOption(values, 'as', EXAMPLE);
      const reason = textOption(values, 'reason');
      const result = await store.applyRoundTransition({
        action,
        programme,
        orgUnit: unit,
        period,
        by,
        at: io.now().toISOString(),
        ...(reason !== undefined && { reason }),
        exemptions: exemptions(values),
      });
      if (!result.ok) {
        if (format === 'json')
          io.stdout.write(`${JSON.stringify({ issues: result.issues }, null, 2)}\n`);
        else writeLines(io.stderr, issueLines(result.issues, lang));
        return EXIT.dataIssues;
      }
    }
    const rounds = await store.listRounds({ programme, period });
    // Every unit, page by page: a province has more communes than one page holds.
    const index = createOrgUnitIndex(await storedUnits(store));
    const progress = roundProgress(rounds, unit, index);
    if (format === 'json') {
      io.stdout.write(`${JSON.stringify({ programme, period, ...progress }, null, 2)}\n`);
    } else {
      writeLines(io.stdout, [
        `${programme} · ${unit} · ${periodText(period)}`,
        describeRoundProgress(progress, lang),
      ]);
    }
    return EXIT.ok;
  } finally {
    await store.close();
  }
}
