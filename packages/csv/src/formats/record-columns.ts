import type { CsvColumn } from '../read/column-spec.js';

const DATE = { en: 'YYYY-MM-DD or dd/MM/yyyy', vi: 'YYYY-MM-DD hoặc dd/MM/yyyy' };
const YES_NO = { en: 'yes/no (có/không, x, 1/0)', vi: 'có/không (x, 1/0)' };

const STATUS: CsvColumn = {
  name: 'status',
  aliases: ['Trạng thái', 'Tình trạng'],
  type: 'enum',
  values: {
    planned: 'planned',
    'kế hoạch': 'planned',
    'dự kiến': 'planned',
    enrolled: 'enrolled',
    'đang học': 'enrolled',
    'đang thực hiện': 'enrolled',
    completed: 'completed',
    'hoàn thành': 'completed',
    'đã hoàn thành': 'completed',
    dropped: 'dropped',
    'thôi học': 'dropped',
    'bỏ học': 'dropped',
    dừng: 'dropped',
  },
  expected: {
    en: 'planned, enrolled, completed or dropped',
    vi: 'kế hoạch, đang học, hoàn thành hoặc thôi học',
  },
};

/** persons.csv: one person per row; `id` is the key. Attributes beyond these are not carried. */
export const PERSON_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', aliases: ['Mã cán bộ', 'Mã CB', 'Mã định danh', 'Mã'], required: true },
  { name: 'name', aliases: ['Họ và tên', 'Họ tên'] },
  {
    name: 'birth_date',
    aliases: ['Ngày sinh'],
    required: true,
    type: 'date',
    field: 'birthDate',
    expected: DATE,
  },
  {
    name: 'sex',
    aliases: ['Giới tính'],
    required: true,
    type: 'enum',
    values: { male: 'male', nam: 'male', female: 'female', nữ: 'female', nu: 'female' },
    expected: { en: 'male or female (nam/nữ)', vi: 'nam hoặc nữ' },
  },
  {
    name: 'ethnic_minority',
    aliases: ['Dân tộc thiểu số', 'DTTS'],
    type: 'boolean',
    field: 'ethnicMinority',
    expected: YES_NO,
  },
  {
    name: 'employment',
    aliases: ['Đối tượng', 'Phân loại', 'Loại cán bộ'],
    required: true,
    type: 'enum',
    values: {
      cadre: 'cadre',
      'cán bộ': 'cadre',
      civil_servant: 'civil_servant',
      'công chức': 'civil_servant',
      public_employee: 'public_employee',
      'viên chức': 'public_employee',
      commune_cadre: 'commune_cadre',
      'cán bộ cấp xã': 'commune_cadre',
      commune_civil_servant: 'commune_civil_servant',
      'công chức cấp xã': 'commune_civil_servant',
      other: 'other',
      khác: 'other',
    },
    expected: {
      en: 'cadre, civil_servant, public_employee, commune_cadre, commune_civil_servant or other',
      vi: 'cán bộ, công chức, viên chức, cán bộ cấp xã, công chức cấp xã hoặc khác',
    },
  },
  {
    name: 'org_unit',
    aliases: ['Đơn vị', 'Đơn vị công tác', 'Cơ quan'],
    required: true,
    field: 'orgUnit',
  },
  {
    name: 'leadership_tier',
    aliases: ['Cấp lãnh đạo', 'Chức vụ lãnh đạo'],
    field: 'leadershipTier',
  },
  { name: 'management_tier', aliases: ['Diện quản lý'], field: 'managementTier' },
  { name: 'sector', aliases: ['Lĩnh vực', 'Ngành'] },
  { name: 'local', aliases: ['Người địa phương'], type: 'boolean', expected: YES_NO },
  {
    name: 'planned_posts',
    aliases: ['Quy hoạch', 'Chức danh quy hoạch'],
    type: 'list',
    field: 'plannedPosts',
  },
];

/** training.csv: đào tạo (degrees) and bồi dưỡng (refreshers); `id` is the key. */
export const TRAINING_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', aliases: ['Mã', 'Mã hồ sơ'], required: true },
  { name: 'person_id', aliases: ['Mã cán bộ', 'Mã CB'], required: true, field: 'personId' },
  { name: 'org_unit', aliases: ['Đơn vị', 'Đơn vị công tác'], required: true, field: 'orgUnit' },
  { name: 'programme', aliases: ['Chương trình', 'Mã chương trình'] },
  {
    name: 'type',
    aliases: ['Loại hình'],
    required: true,
    type: 'enum',
    values: {
      degree: 'degree',
      'đào tạo': 'degree',
      refresher: 'refresher',
      'bồi dưỡng': 'refresher',
    },
    expected: { en: 'degree or refresher (đào tạo / bồi dưỡng)', vi: 'đào tạo hoặc bồi dưỡng' },
  },
  {
    name: 'level',
    aliases: ['Trình độ', 'Bậc đào tạo'],
    type: 'enum',
    values: {
      intermediate: 'intermediate',
      'trung cấp': 'intermediate',
      college: 'college',
      'cao đẳng': 'college',
      bachelor: 'bachelor',
      'đại học': 'bachelor',
      master: 'master',
      'thạc sĩ': 'master',
      'thạc sỹ': 'master',
      phd: 'phd',
      'tiến sĩ': 'phd',
      'tiến sỹ': 'phd',
      specialist_1: 'specialist_1',
      'chuyên khoa cấp i': 'specialist_1',
      cki: 'specialist_1',
      specialist_2: 'specialist_2',
      'chuyên khoa cấp ii': 'specialist_2',
      ckii: 'specialist_2',
    },
    expected: {
      en: 'intermediate, college, bachelor, master, phd, specialist_1 or specialist_2',
      vi: 'trung cấp, cao đẳng, đại học, thạc sĩ, tiến sĩ, chuyên khoa cấp I hoặc II',
    },
  },
  {
    name: 'refresher_kind',
    aliases: ['Loại bồi dưỡng'],
    type: 'enum',
    field: 'refresherKind',
    values: {
      political_theory: 'political_theory',
      'lý luận chính trị': 'political_theory',
      llct: 'political_theory',
      state_management: 'state_management',
      'quản lý nhà nước': 'state_management',
      qlnn: 'state_management',
      leadership: 'leadership',
      'lãnh đạo quản lý': 'leadership',
      sector_skills: 'sector_skills',
      'kiến thức kỹ năng': 'sector_skills',
    },
    expected: {
      en: 'political_theory, state_management, leadership or sector_skills',
      vi: 'lý luận chính trị, quản lý nhà nước, lãnh đạo quản lý hoặc kiến thức kỹ năng',
    },
  },
  { name: 'course', aliases: ['Khóa học', 'Lớp'] },
  { name: 'field', aliases: ['Chuyên ngành'] },
  {
    name: 'mode',
    aliases: ['Hình thức'],
    type: 'enum',
    values: {
      full_time: 'full_time',
      'tập trung': 'full_time',
      part_time: 'part_time',
      'không tập trung': 'part_time',
    },
    expected: { en: 'full_time or part_time', vi: 'tập trung hoặc không tập trung' },
  },
  {
    name: 'start',
    aliases: ['Từ ngày', 'Ngày bắt đầu'],
    required: true,
    type: 'date',
    expected: DATE,
  },
  { name: 'end', aliases: ['Đến ngày', 'Ngày kết thúc'], type: 'date', expected: DATE },
  STATUS,
  {
    name: 'hours',
    aliases: ['Số tiết'],
    type: 'integer',
    expected: { en: 'a whole number of tiết', vi: 'số tiết (số nguyên)' },
  },
];

/** rotations.csv: luân chuyển from one post to another; `id` is the key. */
export const ROTATION_COLUMNS: readonly CsvColumn[] = [
  { name: 'id', aliases: ['Mã', 'Mã hồ sơ'], required: true },
  { name: 'person_id', aliases: ['Mã cán bộ', 'Mã CB'], required: true, field: 'personId' },
  {
    name: 'from_org_unit',
    aliases: ['Từ đơn vị', 'Đơn vị cũ'],
    required: true,
    field: 'from.orgUnit',
  },
  { name: 'from_post', aliases: ['Chức vụ cũ', 'Từ chức vụ'], required: true, field: 'from.post' },
  {
    name: 'to_org_unit',
    aliases: ['Đến đơn vị', 'Đơn vị mới'],
    required: true,
    field: 'to.orgUnit',
  },
  { name: 'to_post', aliases: ['Chức vụ mới', 'Đến chức vụ'], required: true, field: 'to.post' },
  {
    name: 'start',
    aliases: ['Từ ngày', 'Ngày luân chuyển'],
    required: true,
    type: 'date',
    expected: DATE,
  },
  {
    name: 'planned_end',
    aliases: ['Đến ngày', 'Ngày kết thúc dự kiến'],
    required: true,
    type: 'date',
    field: 'plannedEnd',
    expected: DATE,
  },
  { ...STATUS, aliases: ['Trạng thái'] },
];

/** headcounts.csv: biên chế at a unit on a date (a stock). */
export const HEADCOUNT_COLUMNS: readonly CsvColumn[] = [
  { name: 'org_unit', aliases: ['Đơn vị'], required: true, field: 'orgUnit' },
  { name: 'date', aliases: ['Ngày', 'Thời điểm'], required: true, type: 'date', expected: DATE },
  {
    name: 'headcount',
    aliases: ['Biên chế', 'Số biên chế', 'Hiện có'],
    required: true,
    type: 'integer',
  },
  { name: 'approved', aliases: ['Biên chế được giao', 'Được giao'], type: 'integer' },
];

/** org-units.csv: the unit tree with history; `successors` cells read "code" or "code@YYYY-MM-DD", `|`-separated. */
export const ORG_UNIT_COLUMNS: readonly CsvColumn[] = [
  { name: 'code', aliases: ['Mã', 'Mã đơn vị'], required: true },
  { name: 'name', aliases: ['Tên', 'Tên đơn vị'], required: true },
  { name: 'name_en', aliases: ['Tên tiếng Anh'], field: 'names.en' },
  {
    name: 'level',
    aliases: ['Cấp'],
    required: true,
    type: 'enum',
    open: true,
    values: {
      country: 'country',
      'quốc gia': 'country',
      province: 'province',
      tỉnh: 'province',
      district: 'district',
      huyện: 'district',
      commune: 'commune',
      xã: 'commune',
      agency: 'agency',
      'cơ quan': 'agency',
      department: 'department',
      phòng: 'department',
      unit: 'unit',
    },
  },
  { name: 'parent_code', aliases: ['Mã cấp trên', 'Đơn vị cấp trên'], field: 'parentCode' },
  {
    name: 'valid_from',
    aliases: ['Hiệu lực từ'],
    type: 'date',
    field: 'validFrom',
    expected: DATE,
  },
  { name: 'valid_to', aliases: ['Hiệu lực đến'], type: 'date', field: 'validTo', expected: DATE },
  { name: 'successors', aliases: ['Đơn vị kế thừa'], type: 'list' },
  { name: 'aliases', aliases: ['Tên khác', 'Bí danh'], type: 'list' },
];
