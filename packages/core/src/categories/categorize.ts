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
  const chains = chainsOf(categories);
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
    return categories.filter((c) => (chains.get(c.code) ?? []).every(holds)).map((c) => c.code);
  };
}

/**
 * Prepares a category tree once and returns a test of one category: the person matches it and
 * all its ancestors. Cheaper than listing every category when only one matters.
 * Throws `CadreError('invalid_argument')` for an invalid tree or a code not in it.
 * @example
 * const isMember = createCategoryMatcher(STANDARD_CATEGORIES);
 * isMember(person, 'young_leader_manager', { asOf: '2019-05-20', youthAge: 40 }); // true
 */
export function createCategoryMatcher(
  categories: readonly Category[],
): (person: Person, code: string, ctx: PredicateContext) => boolean {
  const chains = chainsOf(categories);
  return (person, code, ctx) => {
    assertContext(ctx);
    const chain = chains.get(code);
    if (!chain) throw misuse(`category ${code} is not in the tree`);
    return chain.every((c) => evaluate(c.predicate, person, ctx));
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

// Each category's chain from the root down to itself, checked once for the whole tree.
function chainsOf(categories: readonly Category[]): Map<string, Category[]> {
  const byCode = new Map<string, Category>();
  for (const c of categories) {
    if (byCode.has(c.code)) throw misuse(`category code ${c.code} appears twice`);
    byCode.set(c.code, c);
  }
  const chains = new Map<string, Category[]>();
  for (const c of categories) {
    const chain: Category[] = [];
    let node: Category | undefined = c;
    while (node) {
      if (chain.includes(node)) throw misuse(`category ${c.code} is in a parent cycle`);
      chain.unshift(node);
      const parent: string | null = node.parentCode;
      if (parent === null) break;
      node = byCode.get(parent);
      if (!node) throw misuse(`category ${chain[0]?.code} has unknown parent ${parent}`);
    }
    chains.set(c.code, chain);
  }
  return chains;
}

function misuse(message: string): CadreError {
  return new CadreError('invalid_argument', `${message}; check the tree with validateCategories`);
}
