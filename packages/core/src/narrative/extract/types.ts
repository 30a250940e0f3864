import type { Period } from '../../periods/schema.js';
import type { LegalRef } from '../../programmes/schema.js';

/** Character offsets [start, end) in the text given to `extractFigures`, as it was given. */
export type TextSpan = [start: number, end: number];

/** How a text qualifies an amount: as is, gần (nearly), hơn/trên (more than), khoảng (about), dưới (under). */
export type AmountQualifier = 'exact' | 'near' | 'over' | 'about' | 'under';

/** An amount as written: "6.666", "hơn 3.000". Values are exact decimal text, never floats. */
export interface ExtractedAmount {
  /** Exact value as plain decimal text: "6666", "8.1". */
  value: string;
  qualifier: AmountQualifier;
  /** The qualifier word as written ("hơn"), when there is one. */
  qualifierText?: string;
  /** As written, NFC: "hơn 3.000". */
  text: string;
  span: TextSpan;
}

/** A reported percentage: "đạt gần 70% KH", "bằng 285% kế hoạch (KH)", "tăng 5% so với năm 2015". */
export interface ExtractedPercent {
  /** The figure shown, as plain decimal text: "70", "8.1". */
  value: string;
  /** Digits after the decimal comma; the last one sets the precision. */
  decimals: number;
  qualifier: AmountQualifier;
  /** "đạt", "bằng", "chiếm"… as written, lower case. */
  verb?: string;
  /** What it is a percentage of, as written: "chỉ tiêu", "KH", "kế hoạch", "so với năm 2015". */
  basis?: string;
  /** The year of a "so với năm …" basis. */
  basisYear?: number;
  text: string;
  span: TextSpan;
}

/**
 * "vượt X%": read either as X% over the plan (attainment 100 + X %) or as X percentage points
 * over a target rate. The text does not say which, so both are kept and nothing is guessed.
 */
export interface ExtractedExceed {
  /** X as plain decimal text. */
  by: string;
  decimals: number;
  qualifier: AmountQualifier;
  basis?: string;
  readings: {
    /** Attainment of 100 + X percent of plan. */
    percentOfPlan: string;
    /** The measured rate is X percentage points above its target rate. */
    pointsOverTarget: string;
  };
  ambiguous: true;
  text: string;
  span: TextSpan;
}

/** A target the text states: "trong tổng số chỉ tiêu 40 cán bộ …". */
export interface ExtractedTarget {
  value: string;
  /** What the target counts, when the text says: "cán bộ lãnh đạo, quản lý trẻ …". */
  noun: string;
  text: string;
  span: TextSpan;
}

interface FigureBase {
  /** The whole statement. */
  span: TextSpan;
  /** The statement as written, NFC. */
  text: string;
}

/** A counted amount: "cử 139 cán bộ tham gia … đạt gần 70% KH". */
export interface QuantityFigure extends FigureBase {
  kind: 'quantity';
  /** The action in front of the amount, lower case: "cử", "luân chuyển", "giảm được". */
  verb?: string;
  actual: ExtractedAmount;
  /** The noun phrase it counts: "cán bộ lãnh đạo, quản lý trẻ"; empty when none follows. */
  noun: string;
  target?: ExtractedTarget;
  percent?: ExtractedPercent;
  exceed?: ExtractedExceed;
}

/** A percentage with no amount before it in its sentence. */
export interface PercentFigure extends FigureBase {
  kind: 'percent';
  percent: ExtractedPercent;
}

/** A "vượt X%" with no amount before it in its sentence. */
export interface ExceedFigure extends FigureBase {
  kind: 'exceed';
  exceed: ExtractedExceed;
}

/** A stated target with no amount before it in its sentence. */
export interface TargetFigure extends FigureBase {
  kind: 'target';
  target: ExtractedTarget;
}

/** "hàng trăm cán bộ", "nhiều ý kiến": a quantity word that is never a number. */
export interface VagueFigure extends FigureBase {
  kind: 'vague';
  numeric: false;
  /** As written, lower case: "hàng trăm", "nhiều", "một số". */
  quantifier: string;
  noun: string;
}

/** A length of time: "hơn 2 năm". */
export interface DurationFigure extends FigureBase {
  kind: 'duration';
  amount: ExtractedAmount;
  /** "năm", "tháng", "tuần", "ngày" or "giờ". */
  unit: string;
}

/** A period mention: "giai đoạn 2007 – 2010", "2016-2021", "từ ngày 22/6 đến 3/7/2020". */
export interface PeriodFigure extends FigureBase {
  kind: 'period';
  period: Period;
  /** "giai đoạn", "nhiệm kỳ" or "thời kỳ" when the text says it. */
  word?: string;
  /**
   * The programme the period belongs to: a document symbol ("106/QĐ-TTg") or a title in
   * lower case without its period, when the text ties the period to one.
   */
  subject?: string;
}

/** A document reference: "Quyết định số 494/QĐ-BNV ngày 13/6/2019". */
export interface ReferenceFigure extends FigureBase {
  kind: 'reference';
  ref: LegalRef;
  /** "494/QĐ-BNV". */
  symbol: string;
}

/** "chưa chọn cử cán bộ … đi đào tạo trình độ tiến sỹ": nothing done yet, actual 0. */
export interface NotStartedFigure extends FigureBase {
  kind: 'not_started';
  /** The verb after "chưa", lower case: "chọn cử", "cử", "thực hiện". */
  verb: string;
  /** What was not done, as written. */
  what: string;
}

/** "… chưa đạt kế hoạch": a plan not met, with no figure. */
export interface NotMetFigure extends FigureBase {
  kind: 'not_met';
  /** "kế hoạch", "chỉ tiêu", "KH"…, when the text names one. */
  basis?: string;
  /** The clause it is said of, as written. */
  what: string;
}

/** One statement the extraction recognised. Plain data: `JSON.stringify` keeps all of it. */
export type ExtractedFigure =
  | QuantityFigure
  | PercentFigure
  | ExceedFigure
  | TargetFigure
  | VagueFigure
  | DurationFigure
  | PeriodFigure
  | ReferenceFigure
  | NotStartedFigure
  | NotMetFigure;

/** The kinds of `ExtractedFigure`. */
export type FigureKind = ExtractedFigure['kind'];
