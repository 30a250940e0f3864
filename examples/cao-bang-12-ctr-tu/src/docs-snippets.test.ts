import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { defineProgramme } from '@cadre/core';
import { afterAll, describe, expect, it } from 'vitest';

// The guides' code blocks are run as written, so the guides cannot drift from the code. A
// block tagged `fragment` builds on the blocks before it, so it runs after them here.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = join(root, 'packages/cli/bin/cadre.js');
const blocks = (doc: string, lang: string) => {
  const text = readFileSync(join(root, 'docs', doc), 'utf8');
  return [
    ...text.matchAll(new RegExp(`\`\`\`${lang}(?: fragment)?\\n([\\s\\S]*?)\`\`\``, 'g')),
  ].map((m) => m[1]!);
};
const run = async (cmd: string, args: string[], cwd: string) => {
  try {
    return (await promisify(execFile)(cmd, args, { cwd })).stdout;
  } catch (error) {
    // A non-zero exit (cadre validate on a broken file) still has the output to compare.
    return (error as { stdout?: string }).stdout ?? '';
  }
};
const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(fileURLToPath(new URL('..', import.meta.url)), '.snippet-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('docs/getting-started.md', () => {
  it('runs its code and prints what its comments say', async () => {
    const code = blocks('getting-started.md', 'ts');
    expect(code).toHaveLength(2);
    const dir = scratch();
    writeFileSync(join(dir, 'guide.ts'), code.join('\n'));
    const stdout = await run('pnpm', ['exec', 'tsx', '--conditions=source', 'guide.ts'], dir);
    // 24 / 40 = 60%, and 60% < 1107/1698 = 65,19% of the period elapsed on 20/5/2019.
    expect(stdout.split('\n')).toEqual([
      'bằng 60% KH (chưa đạt)',
      'chậm so với tiến độ',
      '4 []',
      '60% of plan',
      '',
    ]);
  }, 120_000);
});

describe('docs/add-your-programme.md', () => {
  const [json = ''] = blocks('add-your-programme.md', 'json');
  const texts = blocks('add-your-programme.md', 'text');

  it('shows a programme that defineProgramme accepts', () => {
    const r = defineProgramme(JSON.parse(json));
    if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
    expect([r.value.indicators.length, r.value.targets.length]).toEqual([3, 5]);
  });

  it('validates, imports and reports exactly as the guide prints', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'programme.json'), json);
    const broken = JSON.parse(json);
    broken.indicators[0].source.category = 'young_woman_leaders';
    broken.targets[1].period.end = '2026-12-31';
    broken.targets[3].indicator = 'political_theory';
    delete broken.targets[4].baseline;
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'actuals.csv'), blocks('add-your-programme.md', 'csv')[0]!);
    writeFileSync(join(dir, 'report.ts'), blocks('add-your-programme.md', 'ts')[0]!);

    expect(await run('node', [cli, 'validate', 'programme.json'], dir)).toBe(texts[0]);
    expect(await run('node', [cli, 'validate', 'broken.json'], dir)).toBe(texts[1]);
    await run('node', [cli, 'import', '--db', 'cadre.db', 'programme.json', 'actuals.csv'], dir);
    // 3 / 4 = 75% < the 95% band; 9 / 20 = 45%; 540 / 12.500 = 4,32% → "4,3%".
    const report = await run('pnpm', ['exec', 'tsx', '--conditions=source', 'report.ts'], dir);
    expect(report).toBe(texts[2]);
  }, 240_000);
});
