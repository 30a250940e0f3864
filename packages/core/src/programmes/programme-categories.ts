import type { Category } from '../categories/schema.js';
import { STANDARD_CATEGORIES } from '../categories/standard-categories.js';

/**
 * The category tree a programme counts with: its own categories, then every standard category
 * whose code it does not redefine. Codes in indicators and targets must name one of these.
 * @example
 * programmeCategories({ categories: [] }).map((c) => c.code).includes('young_leader_manager'); // true
 */
export function programmeCategories(programme: { categories: readonly Category[] }): Category[] {
  const own = new Set(programme.categories.map((c) => c.code));
  return [...programme.categories, ...STANDARD_CATEGORIES.filter((c) => !own.has(c.code))];
}
