import type { AuditEntry, AuditFilter } from '@cadre/core';
import { choiceOption, requiredOption, textOption } from '../../args/option-values.js';
import { openDatabase } from '../../db/open-database.js';
import { writeLines } from '../../run/io.js';
import type { Lang } from '../../run/text.js';
import { type CommandContext, EXIT } from '../command.js';

const ACTION_VI: Record<AuditEntry['action'], string> = {
  write: 'ghi số liệu',
  submit: 'nộp',
  approve: 'duyệt',
  lock: 'khóa sổ',
  reopen: 'mở lại',
};

function line(e: AuditEntry, lang: Lang): string {
  const who = e.by ?? (lang === 'vi' ? '(không rõ)' : '(unknown)');
  const when = e.at ?? (lang === 'vi' ? '(không rõ)' : '(unknown)');
  const action = lang === 'vi' ? ACTION_VI[e.action] : e.action;
  const head = `#${e.seq} ${when} ${who} ${action} ${e.programme} ${e.orgUnit} ${e.period.start}..${e.period.end}`;
  const parts: string[] = [];
  if (e.importId) parts.push(`${lang === 'vi' ? 'lần nhập' : 'import'} ${e.importId}`);
  if (e.reason) parts.push(`${lang === 'vi' ? 'lý do' : 'reason'}: ${e.reason}`);
  if (e.action === 'write') {
    const old = new Map(e.before.map((o) => [`${o.indicator}|${o.date}`, o.value]));
    for (const a of e.after) {
      const k = `${a.indicator}|${a.date}`;
      parts.push(
        `${a.indicator} ${a.date}: ${old.has(k) ? String(old.get(k)) : '∅'} → ${String(a.value)}`,
      );
      old.delete(k);
    }
    for (const [k, v] of old) parts.push(`${k.replace('|', ' ')}: ${String(v)} → ∅`);
  }
  return parts.length > 0 ? `${head} · ${parts.join(' · ')}` : head;
}

/**
 * Runs `cadre audit`: every page of the audit log, narrowed by unit and programme.
 * @example
 * await runAudit({ io, lang: 'vi', debug: false, values: { db: 'cadre.db', unit: '04001' }, positionals: [] });
 */
export async function runAudit(ctx: CommandContext): Promise<number> {
  const { io, lang, values } = ctx;
  const url = requiredOption(values, 'db', 'cadre audit --db cadre.db --unit 04001');
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const unit = textOption(values, 'unit');
  const programme = textOption(values, 'programme');
  const filter: AuditFilter = {
    ...(unit !== undefined && { orgUnit: unit }),
    ...(programme !== undefined && { programme }),
  };
  const store = await openDatabase(url, io.cwd);
  const entries: AuditEntry[] = [];
  try {
    let cursor: string | null = null;
    do {
      const page = await store.listAudit({ ...filter, cursor, limit: 1000 });
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
  } finally {
    await store.close();
  }
  if (format === 'json') io.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  else
    writeLines(
      io.stdout,
      entries.map((e) => line(e, lang)),
    );
  return EXIT.ok;
}
