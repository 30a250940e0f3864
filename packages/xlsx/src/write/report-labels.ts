/** The words of the printed report, per language: Vietnamese by default, English on request. */
export interface ReportLabels {
  motto: [string, string];
  dateLine: (place: string) => string;
  title: string;
  asOf: (date: string) => string;
  columns: {
    no: string;
    indicator: string;
    orgUnit: string;
    periodStart: string;
    periodEnd: string;
    target: string;
    actual: string;
    percent: string;
    status: string;
    phrase: string;
  };
  signatures: [{ role: string; note: string }, { role: string; note: string }];
}

/** The report's words in Vietnamese (the administrative form, Nghị định 30/2020/NĐ-CP) and English. */
export const REPORT_LABELS: Readonly<Record<'vi' | 'en', ReportLabels>> = {
  vi: {
    motto: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
    dateLine: (place) => `${place}, ngày … tháng … năm …`,
    title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
    asOf: (date) => `(Số liệu tính đến ngày ${date})`,
    columns: {
      no: 'STT',
      indicator: 'Chỉ tiêu',
      orgUnit: 'Đơn vị',
      periodStart: 'Từ ngày',
      periodEnd: 'Đến ngày',
      target: 'Kế hoạch',
      actual: 'Thực hiện',
      percent: 'Tỷ lệ đạt',
      status: 'Đánh giá',
      phrase: 'Kết quả',
    },
    signatures: [
      { role: 'NGƯỜI LẬP BIỂU', note: '(Ký, ghi rõ họ tên)' },
      { role: 'THỦ TRƯỞNG ĐƠN VỊ', note: '(Ký tên, đóng dấu)' },
    ],
  },
  en: {
    motto: ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'],
    dateLine: (place) => `${place}, day … month … year …`,
    title: 'REPORT ON TARGET ATTAINMENT',
    asOf: (date) => `(Figures as of ${date})`,
    columns: {
      no: 'No.',
      indicator: 'Indicator',
      orgUnit: 'Org unit',
      periodStart: 'From',
      periodEnd: 'To',
      target: 'Target',
      actual: 'Actual',
      percent: 'Attainment',
      status: 'Status',
      phrase: 'Result',
    },
    signatures: [
      { role: 'PREPARED BY', note: '(Signature, full name)' },
      { role: 'HEAD OF AGENCY', note: '(Signature and seal)' },
    ],
  },
};
