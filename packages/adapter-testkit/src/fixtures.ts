import type {
  ObservationInput,
  OrgUnitInput,
  PersonInput,
  ProgrammeInput,
  TrainingRecordInput,
} from '@cadre/core';

/**
 * Small, real-world data the suites share: the provinces of the seed reports, Cao Bằng's
 * Programme 12-CTr/TU (2016-05-09 … 2020-12-31, reviewed on 2019-05-20) and Nghệ An's staff
 * reduction under NQ 39-NQ/TW. Unit codes follow the national province codes; the agency
 * codes below them are illustrative.
 */
export const ORG_UNITS: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN' },
  { code: '04-SYT', name: 'Sở Y tế Cao Bằng', level: 'agency', parentCode: '04' },
  { code: '04-SGD', name: 'Sở Giáo dục và Đào tạo Cao Bằng', level: 'agency', parentCode: '04' },
  {
    code: '06',
    name: 'Bắc Kạn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '19', date: '2025-07-01', reference: '202/2025/QH15' }],
    aliases: ['Bắc Cạn'],
  },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN' },
  { code: '17', name: 'Hòa Bình', level: 'province', parentCode: 'VN' },
  { code: '40', name: 'Nghệ An', level: 'province', parentCode: 'VN' },
];

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };

/** Programme 12-CTr/TU of 9/5/2016: targets as seed 004 implies them (30 = 300% of 10, …). */
export const CAO_BANG_PROGRAMME: ProgrammeInput = {
  code: '12-CTr/TU',
  title: { vi: 'Chương trình phát triển cán bộ lãnh đạo, quản lý trẻ', en: 'Young leaders' },
  orgUnit: '04',
  period: { kind: 'custom', ...PERIOD },
  indicators: [
    { code: 'master_education', name: { vi: 'Thạc sĩ ngành giáo dục' }, basis: 'chỉ tiêu' },
    { code: 'master_health', name: { vi: 'Chuyên khoa I, thạc sĩ ngành y tế' }, verb: 'bằng' },
    { code: 'master_culture', name: { vi: 'Thạc sĩ ngành văn hóa, du lịch' } },
    { code: 'rotation', name: { vi: 'Luân chuyển cán bộ' }, verb: 'bằng' },
    { code: 'phd', name: { vi: 'Đào tạo tiến sĩ' } },
  ],
  targets: [
    { indicator: 'master_education', orgUnit: '04', period: PERIOD, value: '10' },
    { indicator: 'master_health', orgUnit: '04', period: PERIOD, value: '41' },
    { indicator: 'master_culture', orgUnit: '04', period: PERIOD, value: '4' },
    { indicator: 'phd', orgUnit: '04', period: PERIOD, value: null },
    { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: '40' },
  ],
};

/** What the review of 20/5/2019 reported: 30, 117, 4 sent to master's level; 24 rotated. */
export const CAO_BANG_ACTUALS: ObservationInput[] = [
  {
    programme: '12-CTr/TU',
    indicator: 'master_education',
    orgUnit: '04-SGD',
    date: '2019-05-20',
    value: 30,
  },
  {
    programme: '12-CTr/TU',
    indicator: 'master_health',
    orgUnit: '04-SYT',
    date: '2019-05-20',
    value: 117,
  },
  {
    programme: '12-CTr/TU',
    indicator: 'master_culture',
    orgUnit: '04',
    date: '2019-05-20',
    value: 4,
  },
  { programme: '12-CTr/TU', indicator: 'rotation', orgUnit: '04', date: '2019-05-20', value: 24 },
];

/** NQ 39-NQ/TW in Nghệ An: cut at least 10% of the 2015 headcount (about 82.300) by 2021. */
export const NGHE_AN_REDUCTION: ProgrammeInput = {
  code: 'NQ39-NA',
  kind: 'resolution',
  title: { vi: 'Tinh giản biên chế theo Nghị quyết 39-NQ/TW', en: 'Staff reduction' },
  orgUnit: '40',
  period: { kind: 'custom', start: '2015-01-01', end: '2021-12-31' },
  indicators: [
    {
      code: 'staff_cut',
      name: { vi: 'Giảm biên chế' },
      direction: 'reduction',
      unit: { vi: 'biên chế', en: 'posts' },
    },
  ],
  targets: [
    {
      indicator: 'staff_cut',
      orgUnit: '40',
      period: { start: '2015-01-01', end: '2021-12-31' },
      value: '10',
      baseline: '82300',
    },
  ],
};

/** A young leader of Cao Bằng's health department (personal data is illustrative). */
export const PERSON: PersonInput = {
  id: 'CB-0001',
  name: 'Nông Thị Hoà',
  birthDate: '1984-02-29',
  sex: 'female',
  ethnicMinority: true,
  employment: 'civil_servant',
  orgUnit: '04-SYT',
  leadershipTier: 'department',
  sector: 'health',
};

export const TRAINING: TrainingRecordInput = {
  id: 'TR-0001',
  personId: 'CB-0001',
  orgUnit: '04-SYT',
  programme: '12-CTr/TU',
  type: 'degree',
  level: 'specialist_1',
  field: 'Nội khoa',
  mode: 'full_time',
  start: '2017-09-05',
  end: '2019-08-31',
  status: 'completed',
};
