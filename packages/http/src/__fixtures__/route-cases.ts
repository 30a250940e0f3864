import { KEYS, PERIOD, PROGRAMME } from './seed.js';

/** One request of a route case. */
export interface Call {
  path: string;
  key: string;
  body?: unknown;
}

/**
 * One route with a request for each outcome the API promises: success, bad input (with the issue
 * paths expected), out of scope, and whether it carries a body (for 413 and 415).
 */
export interface RouteCase {
  method: 'GET' | 'POST' | 'PUT';
  route: string;
  ok: Call & { status: number };
  bad: Call & { paths: (string | number)[][] };
  /** Refused with 403, or (`status: 404`) answered as unknown so ids cannot be probed. */
  outOfScope: Call & { status?: 403 | 404 };
}

const P = encodeURIComponent(PROGRAMME.code);
const ROUND_PERIOD = `${PERIOD.start}..${PERIOD.end}`;
const round = (orgUnit: string) => ({ programme: PROGRAMME.code, orgUnit, period: PERIOD });
const rotation = {
  id: 'rot-cb-1',
  personId: 'cb-0001',
  from: { orgUnit: '04.SYT', post: 'Phó Giám đốc Sở Y tế' },
  to: { orgUnit: '04', post: 'Phó Chủ tịch UBND tỉnh' },
  start: '2019-06-01',
  plannedEnd: '2022-05-31',
};
const newProgramme = {
  ...PROGRAMME,
  code: 'KH-04-2019',
  legalBasis: ['12-CTr/TU ngày 9/5/2016'],
  targets: [],
};

export const ROUTE_CASES: RouteCase[] = [
  {
    method: 'GET',
    route: '/org-units',
    ok: { path: '/org-units?limit=2', key: KEYS.caoBang, status: 200 },
    bad: { path: '/org-units?limit=0', key: KEYS.caoBang, paths: [['query', 'limit']] },
    outOfScope: { path: '/org-units', key: KEYS.writeOnly },
  },
  {
    method: 'GET',
    route: '/org-units/lookup',
    ok: { path: `/org-units/lookup?name=${encodeURIComponent('Tỉnh Cao Bằng')}`, key: KEYS.caoBang, status: 200 },
    bad: { path: '/org-units/lookup', key: KEYS.caoBang, paths: [['query', 'name']] },
    outOfScope: { path: '/org-units/lookup?name=x', key: KEYS.writeOnly },
  },
  {
    method: 'GET',
    route: '/org-units/{code}',
    ok: { path: '/org-units/04', key: KEYS.caoBang, status: 200 },
    bad: { path: `/org-units/${'x'.repeat(201)}`, key: KEYS.caoBang, paths: [['path', 'code']] },
    outOfScope: { path: '/org-units/04', key: KEYS.writeOnly },
  },
  {
    method: 'POST',
    route: '/org-units',
    ok: {
      path: '/org-units',
      key: KEYS.caoBang,
      status: 201,
      body: { code: '04.SGD', name: 'Sở Giáo dục và Đào tạo', level: 'agency', parentCode: '04' },
    },
    bad: {
      path: '/org-units',
      key: KEYS.caoBang,
      body: { code: 4, parentCode: '04' },
      paths: [['body', 'code'], ['body', 'name'], ['body', 'level']],
    },
    outOfScope: {
      path: '/org-units',
      key: KEYS.caoBang,
      body: { code: '40.SNV', name: 'Sở Nội vụ Nghệ An', level: 'agency', parentCode: '40' },
    },
  },
  {
    method: 'PUT',
    route: '/org-units/{code}',
    ok: {
      path: '/org-units/04.SYT',
      key: KEYS.caoBang,
      status: 200,
      body: { code: '04.SYT', name: 'Sở Y tế tỉnh Cao Bằng', level: 'agency', parentCode: '04' },
    },
    bad: {
      path: '/org-units/04.SYT',
      key: KEYS.caoBang,
      body: { code: '04.SYT', name: '', level: 'agency', parentCode: '04' },
      paths: [['body', 'name']],
    },
    outOfScope: {
      path: '/org-units/40',
      key: KEYS.caoBang,
      body: { code: '40', name: 'Nghệ An', level: 'province', parentCode: 'VN' },
    },
  },
  {
    method: 'GET',
    route: '/programmes',
    ok: { path: '/programmes', key: KEYS.ministryAggregate, status: 200 },
    bad: { path: '/programmes?limit=abc', key: KEYS.ministryAggregate, paths: [['query', 'limit']] },
    outOfScope: { path: '/programmes', key: KEYS.writeOnly },
  },
  {
    method: 'GET',
    route: '/programmes/{code}',
    ok: { path: `/programmes/${P}`, key: KEYS.ministryAggregate, status: 200 },
    bad: { path: `/programmes/${'x'.repeat(201)}`, key: KEYS.ministryAggregate, paths: [['path', 'code']] },
    outOfScope: { path: `/programmes/${P}`, key: KEYS.writeOnly },
  },
  {
    method: 'POST',
    route: '/programmes/validate',
    ok: { path: '/programmes/validate', key: KEYS.caoBang, status: 200, body: newProgramme },
    bad: { path: '/programmes/validate', key: KEYS.caoBang, body: '{"code":', paths: [['body']] },
    outOfScope: { path: '/programmes/validate', key: KEYS.caoBangAggregate, body: newProgramme },
  },
  {
    method: 'POST',
    route: '/programmes',
    ok: { path: '/programmes', key: KEYS.caoBang, status: 201, body: newProgramme },
    bad: {
      path: '/programmes',
      key: KEYS.caoBang,
      body: { ...newProgramme, period: { start: '2020-12-31', end: '2016-05-09' } },
      paths: [['body', 'period', 'end']],
    },
    outOfScope: { path: '/programmes', key: KEYS.caoBang, body: { ...newProgramme, orgUnit: '40' } },
  },
  {
    method: 'PUT',
    route: '/programmes/{code}',
    ok: { path: `/programmes/${P}`, key: KEYS.caoBang, status: 200, body: PROGRAMME },
    bad: {
      path: `/programmes/${P}`,
      key: KEYS.caoBang,
      body: { ...PROGRAMME, indicators: [] },
      paths: [['body', 'indicators']],
    },
    outOfScope: { path: `/programmes/${P}`, key: KEYS.caoBang, body: { ...PROGRAMME, orgUnit: '06' } },
  },
  {
    method: 'GET',
    route: '/programmes/{code}/targets',
    ok: { path: `/programmes/${P}/targets?indicator=rotation`, key: KEYS.caoBangAggregate, status: 200 },
    bad: { path: `/programmes/${P}/targets?limit=5000`, key: KEYS.caoBangAggregate, paths: [['query', 'limit']] },
    outOfScope: { path: `/programmes/${P}/targets`, key: KEYS.writeOnly },
  },
  {
    method: 'PUT',
    route: '/programmes/{code}/targets',
    ok: {
      path: `/programmes/${P}/targets`,
      key: KEYS.caoBang,
      status: 200,
      body: { targets: [{ indicator: 'rotation', orgUnit: '04.SYT', period: PERIOD, value: 5 }] },
    },
    bad: {
      path: `/programmes/${P}/targets`,
      key: KEYS.caoBang,
      body: { targets: [{ indicator: 'rotation', period: PERIOD, value: '-5' }] },
      paths: [['body', 'targets', 0, 'orgUnit'], ['body', 'targets', 0, 'value']],
    },
    outOfScope: {
      path: `/programmes/${P}/targets`,
      key: KEYS.caoBang,
      body: { targets: [{ indicator: 'rotation', orgUnit: '06', period: PERIOD, value: 5 }] },
    },
  },
  {
    method: 'POST',
    route: '/imports',
    ok: {
      path: '/imports',
      key: KEYS.caoBang,
      status: 200,
      body: {
        observations: [
          { programme: PROGRAMME.code, indicator: 'rotation', orgUnit: '04.SYT', date: '2019-05-10', value: 2 },
        ],
      },
    },
    bad: {
      path: '/imports',
      key: KEYS.caoBang,
      body: {
        observations: [
          { programme: PROGRAMME.code, indicator: 'rotation', orgUnit: '04', date: '2019-05-10', value: -1 },
        ],
      },
      paths: [['body', 'observations', 0, 'value']],
    },
    outOfScope: {
      path: '/imports',
      key: KEYS.caoBang,
      body: {
        observations: [
          { programme: PROGRAMME.code, indicator: 'rotation', orgUnit: '40', date: '2019-05-10', value: 2 },
        ],
      },
    },
  },
  {
    method: 'GET',
    route: '/persons',
    ok: { path: '/persons?orgUnit=04.SYT', key: KEYS.caoBang, status: 200 },
    bad: { path: '/persons?orgUnit=04.SYT&limit=0', key: KEYS.caoBang, paths: [['query', 'limit']] },
    outOfScope: { path: '/persons?orgUnit=06.BT', key: KEYS.caoBang },
  },
  {
    method: 'GET',
    route: '/persons/{id}',
    ok: { path: '/persons/cb-0001', key: KEYS.caoBang, status: 200 },
    bad: { path: `/persons/${'x'.repeat(201)}`, key: KEYS.caoBang, paths: [['path', 'id']] },
    outOfScope: { path: '/persons/bk-0001', key: KEYS.caoBang, status: 404 },
  },
  {
    method: 'GET',
    route: '/persons/{id}/training',
    ok: { path: '/persons/cb-0001/training', key: KEYS.caoBang, status: 200 },
    bad: { path: '/persons/cb-0001/training?limit=0', key: KEYS.caoBang, paths: [['query', 'limit']] },
    outOfScope: { path: '/persons/bk-0001/training', key: KEYS.caoBang, status: 404 },
  },
  {
    method: 'GET',
    route: '/persons/{id}/rotations',
    ok: { path: '/persons/cb-0001/rotations', key: KEYS.caoBang, status: 200 },
    bad: { path: '/persons/cb-0001/rotations?limit=x', key: KEYS.caoBang, paths: [['query', 'limit']] },
    outOfScope: { path: '/persons/bk-0001/rotations', key: KEYS.caoBang, status: 404 },
  },
  {
    method: 'GET',
    route: '/attainment',
    ok: { path: `/attainment?programme=${P}&asOf=2019-05-20`, key: KEYS.caoBangAggregate, status: 200 },
    bad: {
      path: `/attainment?programme=${P}&asOf=2019-02-31&rollup=sideways`,
      key: KEYS.caoBangAggregate,
      paths: [['query', 'asOf'], ['query', 'rollup']],
    },
    outOfScope: { path: `/attainment?programme=${P}&asOf=2019-05-20&orgUnit=06`, key: KEYS.caoBangAggregate },
  },
  {
    method: 'GET',
    route: '/rules',
    ok: { path: '/rules?asOf=2026-01-01&kind=performance_evaluation', key: KEYS.caoBangAggregate, status: 200 },
    bad: { path: '/rules?asOf=2026-02-30&kind=Not-A-Kind', key: KEYS.caoBangAggregate, paths: [['query', 'asOf'], ['query', 'kind']] },
    outOfScope: { path: '/rules?asOf=2026-01-01', key: KEYS.writeOnly },
  },
  {
    method: 'POST',
    route: '/rules/rotation-plan',
    ok: { path: '/rules/rotation-plan', key: KEYS.caoBang, status: 200, body: { asOf: '2019-05-20', entries: [{ rotation }] } },
    bad: {
      path: '/rules/rotation-plan',
      key: KEYS.caoBang,
      body: { asOf: '2019-05-20', entries: [{ rotation: { ...rotation, start: '1/6/2019' } }] },
      paths: [['body', 'entries', 0, 'rotation', 'start']],
    },
    outOfScope: {
      path: '/rules/rotation-plan',
      key: KEYS.caoBang,
      body: { asOf: '2019-05-20', entries: [{ rotation: { ...rotation, personId: 'bk-0001' } }] },
    },
  },
  {
    method: 'POST',
    route: '/rules/planning-pool',
    ok: {
      path: '/rules/planning-pool',
      key: KEYS.caoBang,
      status: 200,
      body: { asOf: '2023-06-01', level: 'province', entries: [{ personId: 'cb-0001', post: 'Giám đốc Sở Y tế' }] },
    },
    bad: {
      path: '/rules/planning-pool',
      key: KEYS.caoBang,
      body: { level: 'province', entries: [{ personId: 'cb-0001' }] },
      paths: [['body', 'asOf'], ['body', 'entries', 0, 'post']],
    },
    outOfScope: {
      path: '/rules/planning-pool',
      key: KEYS.caoBang,
      body: { asOf: '2023-06-01', level: 'province', entries: [{ personId: 'bk-0001', post: 'Chủ tịch UBND huyện' }] },
    },
  },
  {
    method: 'POST',
    route: '/reconcile',
    ok: { path: '/reconcile', key: KEYS.caoBangAggregate, status: 200, body: { items: [{ actual: 430, reported: 'đạt 238% KH' }] } },
    bad: {
      path: '/reconcile',
      key: KEYS.caoBangAggregate,
      body: { items: [{ actual: 430, reported: 'khoảng hai phần ba' }] },
      paths: [['body', 'items', 0, 'reported']],
    },
    outOfScope: { path: '/reconcile', key: KEYS.writeOnly, body: { items: [{ actual: 430, reported: 'đạt 238% KH' }] } },
  },
  {
    method: 'POST',
    route: '/rounds/{action}',
    ok: { path: '/rounds/submit', key: KEYS.caoBang, status: 200, body: round('04') },
    bad: {
      path: '/rounds/submit',
      key: KEYS.caoBang,
      body: { programme: PROGRAMME.code, orgUnit: '04' },
      paths: [['body', 'period']],
    },
    outOfScope: { path: '/rounds/submit', key: KEYS.caoBang, body: round('19') },
  },
  {
    method: 'GET',
    route: '/rounds',
    ok: { path: `/rounds?programme=${P}&orgUnit=04&period=${ROUND_PERIOD}`, key: KEYS.caoBang, status: 200 },
    bad: { path: `/rounds?programme=${P}&orgUnit=04&period=2019`, key: KEYS.caoBang, paths: [['query', 'period']] },
    outOfScope: { path: `/rounds?programme=${P}&orgUnit=19&period=${ROUND_PERIOD}`, key: KEYS.caoBang },
  },
  {
    method: 'GET',
    route: '/audit',
    ok: { path: '/audit?orgUnit=04', key: KEYS.caoBangAudit, status: 200 },
    bad: { path: '/audit?orgUnit=04&from=yesterday', key: KEYS.caoBangAudit, paths: [['query', 'from']] },
    outOfScope: { path: '/audit?orgUnit=04', key: KEYS.caoBang },
  },
];
