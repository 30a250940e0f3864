import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrgUnitIndex } from '../org-units/org-unit-index.js';
import { applyRoundTransition, roundStateOf } from './apply-transition.js';
import { mayActOn } from './authority.js';
import { frozenWriteIssues, writeTargets } from './frozen-writes.js';
import { describeRoundProgress, roundProgress } from './progress.js';
import { reportRounds } from './report-rounds.js';
import type { RoundAction, RoundRecord, RoundTransitionInput } from './schema.js';

const index = createOrgUnitIndex([
  { code: '04', name: 'Cao Bằng', level: 'province' },
  { code: '04001', name: 'Xã Một', level: 'commune', parentCode: '04' },
  { code: '04002', name: 'Xã Hai', level: 'commune', parentCode: '04' },
  { code: '04003', name: 'Xã Ba', level: 'commune', parentCode: '04' },
]);
const COMMUNES = ['04001', '04002', '04003'];
const period = { start: '2026-01-01', end: '2026-06-30' };
const at = '2026-07-01T08:00:00+07:00';

function t(action: RoundAction, orgUnit: string, extra: Partial<RoundTransitionInput> = {}) {
  return { action, programme: 'P', orgUnit, period, by: `user-${orgUnit}`, at, ...extra };
}

/** Applies transitions in order, keeping the successful ones, as a store would. */
function run(steps: unknown[]): { records: RoundRecord[]; refused: number } {
  let records: RoundRecord[] = [];
  let refused = 0;
  for (const s of steps) {
    const r = applyRoundTransition(records, s, index);
    if (!r.ok) {
      refused++;
      continue;
    }
    const changed = new Set(r.value.changed.map((c) => c.orgUnit));
    records = [...records.filter((x) => !changed.has(x.orgUnit)), ...r.value.changed];
  }
  return { records, refused };
}

describe('applyRoundTransition', () => {
  it.each([
    ['a commune submits from open', [t('submit', '04001')], '04001', 'submitted'],
    [
      'submitting twice is refused',
      [t('submit', '04001'), t('submit', '04001')],
      '04001',
      'submitted',
    ],
    ['the province cannot approve while communes are open', [t('approve', '04')], '04', 'open'],
    [
      'the province approves once every commune submitted',
      [...COMMUNES.map((c) => t('submit', c)), t('approve', '04')],
      '04001',
      'approved',
    ],
    [
      'an exemption with a reason stands in for a submission',
      [
        t('submit', '04001'),
        t('submit', '04002'),
        t('approve', '04', { exemptions: [{ orgUnit: '04003', reason: 'sáp nhập giữa kỳ' }] }),
      ],
      '04',
      'approved',
    ],
    ['lock needs an approval', [t('lock', '04')], '04', 'open'],
    [
      'reopen without a reason is refused',
      [t('submit', '04001'), t('reopen', '04001')],
      '04001',
      'submitted',
    ],
    [
      'reopen with a reason',
      [t('submit', '04001'), t('reopen', '04001', { reason: 'sai số liệu' })],
      '04001',
      'reopened',
    ],
  ] as const)('%s', (_name, steps, unit, state) => {
    expect(roundStateOf(run([...steps]).records, unit)).toBe(state);
  });

  it('locking the province locks the approved communes, and reopening reopens them', () => {
    const flow = [...COMMUNES.map((c) => t('submit', c)), t('approve', '04'), t('lock', '04')];
    const locked = run(flow).records;
    expect(COMMUNES.map((c) => roundStateOf(locked, c))).toEqual(['locked', 'locked', 'locked']);
    const reopened = run([...flow, t('reopen', '04', { reason: 'Điều chỉnh sau hội nghị' })]);
    expect(roundStateOf(reopened.records, '04001')).toBe('reopened');
    const again = run([...flow, t('reopen', '04', { reason: 'x' }), t('approve', '04')]);
    expect(roundStateOf(again.records, '04')).toBe('approved');
  });

  it('names what is wrong, in both languages', () => {
    const r = applyRoundTransition([], t('approve', '04'), index);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]?.code).toBe('round.children_not_submitted');
    expect(r.issues[0]?.message).toContain('3 of 3');
    expect(r.issues[0]?.messageVi).toContain('3/3');
  });

  it('rejects malformed transitions with paths', () => {
    const r = applyRoundTransition([], { ...t('submit', '04001'), at: 'yesterday', by: '' }, index);
    expect(r.ok ? [] : r.issues.map((i) => i.path[0]).sort()).toEqual(['at', 'by']);
  });
});

const arbStep = fc.record({
  action: fc.constantFrom<RoundAction>('submit', 'approve', 'lock', 'reopen'),
  orgUnit: fc.constantFrom('04', ...COMMUNES),
  reason: fc.option(fc.constantFrom('lý do', 'reason'), { nil: undefined }),
  exempt: fc.subarray(COMMUNES),
});
type Step = { action: RoundAction; orgUnit: string; reason: string | undefined; exempt: string[] };
const toTransition = (s: Step) =>
  t(s.action, s.orgUnit, {
    ...(s.reason !== undefined && { reason: s.reason }),
    ...(s.action === 'approve' &&
      s.orgUnit === '04' && {
        exemptions: s.exempt.map((c: string) => ({ orgUnit: c, reason: 'miễn' })),
      }),
  });

describe('round invariants', () => {
  it('a locked province always had an approval, with every commune submitted or exempt', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 25 }), (steps) => {
        let records: RoundRecord[] = [];
        let approvedProperly = false;
        for (const s of steps.map(toTransition)) {
          const r = applyRoundTransition(records, s, index);
          if (!r.ok) continue;
          if (s.action === 'approve' && s.orgUnit === '04') {
            const exempt = new Set(r.value.transition.exemptions.map((e) => e.orgUnit));
            approvedProperly = COMMUNES.every(
              (c) => exempt.has(c) || roundStateOf(records, c) !== 'open',
            );
          }
          const changed = new Set(r.value.changed.map((c) => c.orgUnit));
          records = [...records.filter((x) => !changed.has(x.orgUnit)), ...r.value.changed];
          if (roundStateOf(records, '04') === 'locked') expect(approvedProperly).toBe(true);
        }
      }),
    );
  });

  it('a reopen without a reason never succeeds', () => {
    fc.assert(
      fc.property(
        fc.array(arbStep, { maxLength: 20 }),
        fc.constantFrom('04', ...COMMUNES),
        (steps, unit) => {
          const { records } = run(steps.map(toTransition));
          const r = applyRoundTransition(records, t('reopen', unit), index);
          expect(r.ok).toBe(false);
        },
      ),
    );
  });

  it('every successful transition moves the acted-on round to its action state', () => {
    const to = { submit: 'submitted', approve: 'approved', lock: 'locked', reopen: 'reopened' };
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 20 }), arbStep, (steps, last) => {
        const { records } = run(steps.map(toTransition));
        const r = applyRoundTransition(records, toTransition(last), index);
        if (r.ok) expect(r.value.changed[0]?.state).toBe(to[last.action]);
      }),
    );
  });
});

describe('mayActOn', () => {
  it.each([
    ['submit', '04001', '04001', true],
    ['submit', '04001', '04', false],
    ['approve', '04001', '04001', false],
    ['approve', '04001', '04', true],
    ['approve', '04', '04', true],
    ['approve', '04', '04001', false],
    ['reopen', '04', '04', true],
    ['lock', '04001', '04002', false],
  ] as const)('%s %s by %s → %s', (action, unit, actor, allowed) => {
    expect(mayActOn(action, unit, [actor], index).length === 0).toBe(allowed);
  });
});

describe('frozenWriteIssues', () => {
  const flow = [...COMMUNES.map((c) => t('submit', c)), t('approve', '04'), t('lock', '04')];
  const obs = (orgUnit: string, date: string) => ({ programme: 'P', orgUnit, date });

  it('refuses figures inside a locked period, and names the period and state', () => {
    const { records } = run(flow);
    const issues = frozenWriteIssues(
      writeTargets([obs('04001', '2026-03-01'), obs('04002', '2026-07-01')], ['observations']),
      records,
      (c) => index.countsToward(c),
    );
    expect(issues.map((i) => i.path)).toEqual([['observations', 0]]);
    expect(issues[0]?.message).toContain('2026-01-01..2026-06-30');
    expect(issues[0]?.message).toContain('locked');
    expect(issues[0]?.messageVi).toContain('đã khóa sổ');
  });

  it('a province lock covers an exempt commune through its parent', () => {
    const { records } = run([
      t('submit', '04001'),
      t('submit', '04002'),
      t('approve', '04', { exemptions: [{ orgUnit: '04003', reason: 'miễn' }] }),
    ]);
    const targets = writeTargets([obs('04003', '2026-02-01')], ['observations']);
    expect(frozenWriteIssues(targets, records, (c) => index.countsToward(c))).toHaveLength(1);
  });

  it('writes are free in open and reopened rounds', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 20 }), (steps) => {
        const { records } = run(steps.map(toTransition));
        const frozenSomewhere = records.some((r) =>
          ['submitted', 'approved', 'locked'].includes(r.state),
        );
        const issues = frozenWriteIssues(
          writeTargets(
            COMMUNES.map((c) => obs(c, '2026-03-01')),
            [],
          ),
          records,
          (c) => index.countsToward(c),
        );
        if (!frozenSomewhere) expect(issues).toEqual([]);
      }),
    );
  });
});

describe('roundProgress', () => {
  it('counts the parts: 2 of 3 communes approved', () => {
    const { records } = run([
      t('submit', '04001'),
      t('submit', '04002'),
      t('approve', '04001', { by: 'tinh' }),
      t('approve', '04002', { by: 'tinh' }),
    ]);
    const p = roundProgress(records, '04', index);
    expect(p.byState).toMatchObject({ approved: 2, open: 1 });
    expect(describeRoundProgress(p, 'en')).toBe('round: open · 2 of 3 communes approved');
    expect(describeRoundProgress(p, 'vi')).toBe('đợt báo cáo: đang mở · 2/3 xã đã duyệt');
  });
});

describe('reportRounds', () => {
  const later = { start: '2026-07-01', end: '2026-12-31' };
  // `run` keeps one round per unit, so each period runs on its own.
  const first = run([
    t('submit', '04001'),
    t('submit', '04002'),
    t('approve', '04', { by: 'tinh', exemptions: [{ orgUnit: '04003', reason: 'sáp nhập' }] }),
    t('lock', '04', { by: 'tinh' }),
  ]);
  const second = run([
    t('submit', '04001', { period: later }),
    t('approve', '04001', { by: 'tinh', period: later }),
    t('reopen', '04001', { by: 'tinh', period: later, reason: 'Sửa số liệu xã Một' }),
  ]);
  const flow = { records: [...second.records, ...first.records] };

  it('applies every step of the flow', () => {
    expect(first.refused + second.refused).toBe(0);
  });

  it('gives each unit of the report its state in every stored period, in vi and en', () => {
    const rounds = reportRounds(
      flow.records,
      { units: ['04', '04001', '04'], asOf: '2026-12-31' },
      index,
    );
    expect(rounds.map((r) => `${r.period.start} ${r.orgUnit} ${r.state}`)).toEqual([
      '2026-01-01 04 locked',
      '2026-01-01 04001 locked',
      '2026-07-01 04 open',
      '2026-07-01 04001 reopened',
    ]);
    const [province, , laterProvince, reopened] = rounds;
    // A commune's report also names the province round that freezes its figures, unless asked
    // within the commune.
    const commune = reportRounds(flow.records, { units: ['04002'], asOf: '2026-06-30' }, index);
    expect(commune.map((r) => `${r.orgUnit} ${r.state}`)).toEqual(['04002 locked', '04 locked']);
    const within = { units: ['04002'], asOf: '2026-06-30', within: '04002' };
    expect(reportRounds(flow.records, within, index).map((r) => r.orgUnit)).toEqual(['04002']);
    expect(describeRoundProgress(province!, 'en')).toBe(
      'round: locked · 2 of 3 communes approved, 1 exempted',
    );
    expect(describeRoundProgress(province!, 'vi')).toBe(
      'đợt báo cáo: đã khóa sổ · 2/3 xã đã duyệt, 1 được miễn',
    );
    expect(describeRoundProgress(laterProvince!, 'en')).toBe(
      'round: open · 0 of 3 communes approved',
    );
    expect(describeRoundProgress(reopened!, 'en')).toBe(
      'round: reopened (reason: Sửa số liệu xã Một)',
    );
    expect(describeRoundProgress(reopened!, 'vi')).toBe(
      'đợt báo cáo: đã mở lại (lý do: Sửa số liệu xã Một)',
    );
  });

  it('keeps to rounds begun by the review date and overlapping the asked period', () => {
    const units = ['04'];
    const before = reportRounds(flow.records, { units, asOf: '2026-06-30' }, index);
    expect(before.map((r) => r.period)).toEqual([period]);
    const asked = reportRounds(flow.records, { units, asOf: '2026-12-31', period: later }, index);
    expect(asked.map((r) => r.period)).toEqual([later]);
    expect(reportRounds([], { units, asOf: '2026-12-31' }, index)).toEqual([]);
  });

  it('counts every part once, whatever the transitions', () => {
    fc.assert(
      fc.property(fc.array(arbStep, { maxLength: 20 }), (steps) => {
        const { records } = run(steps.map(toTransition));
        for (const r of reportRounds(records, { units: ['04'], asOf: '2026-12-31' }, index)) {
          const sum = Object.values(r.byState).reduce((a, b) => a + b, 0);
          expect(sum).toBe(r.children);
        }
      }),
    );
  });
});
