// The Vietnamese words the extraction grammar leans on. Lists are data: extend them here.

/** Start and end of a whole word; `\b` only knows ASCII. */
export const WB = String.raw`(?<![\p{L}\p{M}\p{N}])`;
export const WE = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** Words in front of an amount that qualify it. */
export const AMOUNT_QUALIFIERS: Record<string, 'near' | 'over' | 'about' | 'under'> = {
  'gần như': 'near',
  gần: 'near',
  hơn: 'over',
  trên: 'over',
  'khoảng chừng': 'about',
  khoảng: 'about',
  chừng: 'about',
  'xấp xỉ': 'about',
  dưới: 'under',
  'chưa đến': 'under',
  'chưa tới': 'under',
};

/** Qualifiers of a reported percentage: the three the reconciliation reads, and two it cannot. */
export const PERCENT_QUALIFIERS = ['gần', 'hơn', 'trên', 'khoảng', 'xấp xỉ', 'dưới'] as const;

/** Quantity words that never stand for a number ("hàng trăm cán bộ", "nhiều ý kiến"). */
export const VAGUE_QUANTIFIERS = [
  'hàng chục',
  'hàng trăm',
  'hàng nghìn',
  'hàng ngàn',
  'hàng vạn',
  'hàng triệu',
  'rất nhiều',
  'nhiều',
  'một số',
  'một vài',
  'vài',
  'đông đảo',
  'hầu hết',
  'phần lớn',
  'đa số',
];

/** Verbs of action in front of an amount: "cử 30", "luân chuyển 24", "giảm được 6.666". */
export const AMOUNT_VERBS = [
  'chọn cử',
  'cử',
  'luân chuyển',
  'điều động',
  'bổ nhiệm',
  'tổ chức',
  'mở',
  'giảm được',
  'cắt giảm',
  'tinh giản được',
  'tinh giản',
  'giảm',
  'tăng thêm',
  'tăng',
  'tuyển dụng',
  'tiếp nhận',
  'kết nạp',
  'đào tạo',
  'bồi dưỡng',
  'tập huấn',
  'tham gia',
  'bố trí',
  'sắp xếp',
  'quy hoạch',
];

/** Verbs whose amount is cut from a baseline: its percentage is of the baseline, not a plan. */
export const REDUCTION_VERB = /^(?:giảm|cắt giảm|tinh giản)/u;

/** "chưa …" verbs that say nothing was done yet (not started). */
export const NOT_STARTED_VERBS = [
  'chọn cử',
  'cử',
  'thực hiện',
  'triển khai',
  'tổ chức',
  'luân chuyển',
  'điều động',
  'bố trí',
  'tuyển dụng',
  'đào tạo',
  'bồi dưỡng',
  'ban hành',
  'bổ nhiệm',
  'giao',
  'phân bổ',
];

/** Words in front of a number that make it a name or a label, not an amount ("Khóa 12"). */
export const LABEL_WORDS = [
  'khóa',
  'khoá',
  'trung ương',
  'nghị quyết',
  'quyết định',
  'chỉ thị',
  'kết luận',
  'quy định',
  'chương trình',
  'kế hoạch',
  'đề án',
  'thông tư',
  'nghị định',
  'điều',
  'khoản',
  'điểm',
  'mục',
  'phần',
  'chương',
  'trang',
  'lần thứ',
  'thứ',
  'hội nghị',
  'đại hội',
  'quân khu',
  'khu vực',
  'quận',
  'phường',
  'tổ',
  'ấp',
  'thôn',
  'xóm',
  'năm',
  'ngày',
  'tháng',
  'quý',
  'tuần',
];

/** Units that make an amount a length of time ("hơn 2 năm"). */
export const DURATION_UNITS = ['năm', 'tháng', 'tuần', 'ngày', 'giờ'];

/** Words that end the noun phrase an amount counts: verbs, prepositions, conjunctions. */
export const NOUN_STOPS = new Set([
  'đi',
  'đạt',
  'bằng',
  'vượt',
  'trong',
  'với',
  'của',
  'được',
  'bị',
  'đã',
  'đang',
  'sẽ',
  'là',
  'có',
  'theo',
  'tại',
  'ở',
  'từ',
  'đến',
  'tới',
  'cho',
  'để',
  'nhằm',
  'do',
  'thì',
  'mà',
  'nhưng',
  'so',
  'sau',
  'trước',
  'khi',
  'nên',
  'vì',
  'như',
  'gồm',
  'chiếm',
  'tăng',
  'giảm',
  'vào',
  'chưa',
  'không',
  'còn',
  'cũng',
  'hay',
  'hoặc',
  'trên',
  'dưới',
  'qua',
  'về',
  'hơn',
  'nữa',
]);
/** Two-syllable stops. Training verbs stop a phrase unless its head is a class ("2 lớp bồi dưỡng"). */
export const NOUN_STOP_PAIRS = new Set(['tham gia', 'tham dự', 'tăng cường', 'nâng cao']);
export const TRAINING_VERBS = new Set(['đào tạo', 'bồi dưỡng', 'tập huấn']);
export const CONTAINER_HEADS = new Set(['lớp', 'khóa', 'khoá', 'đợt', 'buổi', 'chương trình']);

/**
 * Words that carry a noun phrase on past a comma or "và": "cán bộ lãnh đạo, quản lý trẻ",
 * "công chức, viên chức", "văn hóa, du lịch". A capitalised word also does ("Tây Bắc, Duyên hải").
 */
export const LIST_CONTINUATIONS = [
  'quản lý',
  'lãnh đạo',
  'cán bộ',
  'công chức',
  'viên chức',
  'đảng viên',
  'người lao động',
  'chuyên viên',
  'du lịch',
  'thể thao',
  'an ninh',
  'thủ trưởng',
  'cơ quan',
  'đơn vị',
  'địa phương',
];

/** Document words that name a programme ("Đề án", "Chương trình") before a title or a period. */
export const DOCUMENT_WORDS = [
  'đề án',
  'chương trình',
  'kế hoạch',
  'dự án',
  'quyết định',
  'nghị quyết',
  'chỉ thị',
  'đề tài',
];

/**
 * Alternation of phrases for a regular expression, longest first so that "chọn cử" wins over
 * "cử"; spaces match any run of spaces.
 * @example
 * alternation(['cử', 'chọn cử']); // 'chọn\\s+cử|cử'
 */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
