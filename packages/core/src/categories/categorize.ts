import { CadreError } from '../result/error.js';
import { assertContext, evaluate, type PredicateContext } from './evaluate-predicate.js';
import type { Category, Person } from './schema.js';

/**
 * Prepares a category tree once and returns a function that lists the codes of every category a
 * person belongs to, in the tree's order. A child counts only when all its ancestors match too.
 * Throws `CadreError('invalid_argument')` for a tree `validateCategories` would reject
 * (duplicate code, unknown parent, parent cycle): check user data with it first.
 * @example
 * const categorizeAll = createCategorizer(STANDARD_CATEGORIES);
 * categorizeAll(person, { asOf: '2019-05-20', youthAge: 40 }); // ['civil_servant', 'leader_manager', …]
 */
export function createCategorizer(
  categories: readonly Category[],
): (person: Person, ctx: PredicateContext) => string[] {
  const byCode = new Map<string, Category>();
  for (const c of categories) {
    if (byCode.has(c.code)) throw misuse(`category code ${c.code} appears twice`);
    byCode.set(c.code, c);
  }
  // Each category's chain from itself up to its root, checked once for the whole tree.
  const chains = categories.map((c) => {
    const chain: Category[] = [];
    let node: Category | undefined = c;
    while (node) {
      if (chain.includes(node)) throw misuse(`category ${c.code} is in a parent cycle`);
      chain.push(node);
      const parent: string | null = node.parentCode;
      if (parent === null) break;
      node = byCode.get(parent);
      if (!node) throw misuse(`category ${chain.at(-1)?.code} has unknown parent ${parent}`);
    }
    return chain;
  });

  return (person, ctx) => {
    assertContext(ctx);
    const memo = new Map<string, boolean>();
    const holds = (c: Category): boolean => {
      let r = memo.get(c.code);
      if (r === undefined) {
        r = evaluate(c.predicate, person, ctx);
        memo.set(c.code, r);
      }
      return r;
    };
    const out: string[] = [];
    categories.forEach((c, i) => {
      if ((chains[i] ?? []).every(holds)) out.push(c.code);
    });
    return out;
  };
}

/**
 * Codes of every category the person belongs to at `ctx.asOf`; a child only when its ancestors
 * match too. For many people, build the categorizer once with `createCategorizer`.
 * @example
 * categorize(person, STANDARD_CATEGORIES, { asOf: '2019-05-20', youthAge: 40 });
 * // ['civil_servant', 'leader_manager', 'young_leader_manager', 'women', 'sector_health']
 */
export function categorize(
  person: Person,
  categories: readonly Category[],
  ctx: PredicateContext,
): string[] {
  return createCategorizer(categories)(person, ctx);
}

function misuse(message: string): CadreError {
  return new CadreError('invalid_argument', `${message}; check the tree with validateCategories`);
}
