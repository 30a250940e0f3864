/**
 * Exact sum of decimal texts with scaled integers (BigInt), for SQLite, which has no decimal
 * type: registered as the aggregate `cadre_dec_sum`. Returns canonical text ("0.75", "12").
 * @example
 * sumDecimalTexts(['0.5', '0.25', '2']); // '2.75'
 */
export function sumDecimalTexts(values: Iterable<string>): string {
  const acc = { units: 0n, scale: 0 };
  for (const v of values) addDecimalText(acc, v);
  return formatScaled(acc.units, acc.scale);
}

/** A running sum: `units / 10^scale`. */
export interface ScaledSum {
  units: bigint;
  scale: number;
}

/**
 * Adds one decimal text ("12", "0.50") to a running sum in place.
 * @example
 * const acc = { units: 0n, scale: 0 }; addDecimalText(acc, '1.5'); // acc = { units: 15n, scale: 1 }
 */
export function addDecimalText(acc: ScaledSum, text: string): void {
  const dot = text.indexOf('.');
  const digits = dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1);
  const scale = dot < 0 ? 0 : text.length - dot - 1;
  let units = BigInt(digits);
  if (scale > acc.scale) {
    acc.units *= 10n ** BigInt(scale - acc.scale);
    acc.scale = scale;
  } else if (scale < acc.scale) {
    units *= 10n ** BigInt(acc.scale - scale);
  }
  acc.units += units;
}

/**
 * Writes `units / 10^scale` as canonical decimal text, without trailing zeros.
 * @example
 * formatScaled(150n, 2); // '1.5'
 */
export function formatScaled(units: bigint, scale: number): string {
  const negative = units < 0n;
  let digits = (negative ? -units : units).toString();
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    const whole = digits.slice(0, digits.length - scale);
    const frac = digits.slice(digits.length - scale).replace(/0+$/, '');
    digits = frac === '' ? whole : `${whole}.${frac}`;
  }
  return negative ? `-${digits}` : digits;
}
