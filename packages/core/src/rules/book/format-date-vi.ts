// Internal to rules: kept out of the public entry so that it cannot clash with format/.

/**
 * Writes an ISO date the Vietnamese way, without leading zeros: 28/4/2022.
 * @example
 * formatDateVi('2022-04-28'); // '28/4/2022'
 */
export function formatDateVi(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
}
