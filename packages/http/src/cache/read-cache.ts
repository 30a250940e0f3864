import { type CadreStore, createOrgUnitIndex, type Lineage, type OrgUnitIndex } from '@cadre/core';
import { LRUCache } from 'lru-cache';
import { createOrgScope, type OrgScope, scopeOverTree } from '../auth/org-scope.js';
import type { Principal } from '../auth/principal.js';
import { createOrgTreeCache, type OrgTree, readAllUnits, readLineage } from './org-tree.js';
import { readTogether } from './read-together.js';

/** Default bound of the attainment answer cache: 32 MiB of JSON. */
export const DEFAULT_ATTAINMENT_CACHE_BYTES = 32 * 1024 * 1024;

/** A serialized answer and its ETag, ready to send or to answer 304 with. */
export interface CachedAnswer {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
}

/** What read routes share between requests, keyed by the store's data version. */
export interface ReadCache {
  /**
   * The store's data version, read after the request arrived (one read serves the requests of a
   * turn, see `readTogether`), or undefined when the store has none (then nothing is cached).
   */
  version(): Promise<string | undefined>;
  /** The principal's scope: over the cached tree of `version`, or walked in the store without one. */
  scope(principal: Principal, version: string | undefined): Promise<OrgScope>;
  /** The org-unit name index of `version` (built per call without one). */
  orgUnitIndex(version: string | undefined): Promise<OrgUnitIndex>;
  /** The core's lineage relation over the units of `version` (built per call without one). */
  lineage(version: string | undefined): Promise<Lineage>;
  /**
   * The answer for `key` at `version`: cached, being computed by a concurrent request, or
   * computed now by `compute`. Computed every time without a version or with the cache off.
   */
  answer(
    key: string,
    version: string | undefined,
    compute: () => Promise<CachedAnswer>,
  ): Promise<CachedAnswer>;
  /** The answer kept for `key` at exactly `version`, if any; never computes. */
  cached(key: string, version: string): CachedAnswer | undefined;
}

/**
 * Builds the read cache of one API over one store. The org-unit tree and its name index are kept
 * for the latest data version; answers live in an LRU bounded by `answerBytes` (0 turns it off).
 * Every entry carries the version it was computed at and is used only at that version, so a write
 * by this API, by another process or straight to the store shows in the next answer.
 * @example
 * const reads = createReadCache(store, { answerBytes: 32 * 1024 * 1024 });
 * const version = await reads.version();
 * const scope = await reads.scope(principal, version);
 */
export function createReadCache(store: CadreStore, options: { answerBytes: number }): ReadCache {
  const readVersion =
    store.dataVersion === undefined ? undefined : readTogether(store.dataVersion.bind(store));
  const trees = createOrgTreeCache(store);
  // lru-cache bounds the answers by their total size (a value larger than the bound is not
  // kept); a bound of 0 keeps nothing, so no cache is made.
  const answers =
    options.answerBytes > 0
      ? new LRUCache<string, { version: string; answer: CachedAnswer }>({
          maxSize: options.answerBytes,
        })
      : undefined;
  // Requests of one key and version that arrive while it is computed wait for that computation.
  const pending = new Map<string, Promise<CachedAnswer>>();
  const scopesByTree = new WeakMap<OrgTree, WeakMap<Principal, OrgScope>>();
  return {
    version: () => (readVersion === undefined ? Promise.resolve(undefined) : readVersion()),
    async scope(principal, version) {
      if (version === undefined) return createOrgScope(store, principal);
      const tree = await trees.at(version);
      // One scope per principal object and version: verifiers such as apiKeys hand out the same
      // principal for every request with a key, so its placements are worked out once.
      let scopes = scopesByTree.get(tree);
      if (scopes === undefined) {
        scopes = new WeakMap();
        scopesByTree.set(tree, scopes);
      }
      let scope = scopes.get(principal);
      if (scope === undefined) {
        scope = scopeOverTree(tree, principal);
        scopes.set(principal, scope);
      }
      return scope;
    },
    async orgUnitIndex(version) {
      if (version === undefined) return createOrgUnitIndex(await readAllUnits(store));
      return (await trees.at(version)).index();
    },
    async lineage(version) {
      if (version === undefined) return (await readLineage(store)).lineage;
      return (await trees.at(version)).lineage();
    },
    cached(key, version) {
      const hit = answers?.get(key);
      return hit !== undefined && hit.version === version ? hit.answer : undefined;
    },
    answer(key, version, compute) {
      if (version === undefined || answers === undefined) return compute();
      const hit = answers.get(key);
      if (hit !== undefined && hit.version === version) return Promise.resolve(hit.answer);
      const flight = `${version}\u0000${key}`;
      const running = pending.get(flight);
      if (running !== undefined) return running;
      const computing = compute().then((answer) => {
        // Sizes are positive integers for lru-cache; a key is never empty, so neither is this.
        answers.set(key, { version, answer }, { size: answer.body.byteLength + key.length });
        return answer;
      });
      pending.set(flight, computing);
      const done = () => pending.delete(flight);
      computing.then(done, done);
      return computing;
    },
  };
}
