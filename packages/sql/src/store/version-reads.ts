import type { OrgUnitIndex, Programme } from '@cadre/core';

/** What attainment queries read again and again between two writes. */
export interface VersionReads {
  programme(code: string, load: () => Promise<Programme | null>): Promise<Programme | null>;
  orgUnitIndex(build: () => Promise<OrgUnitIndex>): Promise<OrgUnitIndex>;
}

/**
 * Keeps, for the latest data version only, the programmes (definition and targets, parsed) and
 * the org-unit index that attainment queries need: a national programme's 6,800 targets took
 * about 40 ms to read and parse on every query, and the index of 3,321 communes about as much.
 * The version is read before the query, and a write from any process changes it, so an entry is
 * never used past the write; entries loaded while a write commits land in the memo of the version
 * read before it, which the next query replaces. A failed read is not kept. Used outside
 * transactions only: inside one, uncommitted writes are visible but the version has not moved.
 * @example
 * const reads = memo.at(await store.dataVersion());
 * const programme = await reads.programme('12-CTr/TU', () => loadProgramme(db, '12-CTr/TU'));
 */
export function createVersionMemo() {
  let current: { version: string; reads: VersionReads } | undefined;
  const kept = <T>(load: () => Promise<T>, keep: (p: Promise<T> | undefined) => void) => {
    const promise = load();
    keep(promise);
    promise.catch(() => keep(undefined));
    return promise;
  };
  const fresh = (): VersionReads => {
    const programmes = new Map<string, Promise<Programme | null>>();
    let index: Promise<OrgUnitIndex> | undefined;
    return {
      programme: (code, load) =>
        programmes.get(code) ??
        kept(load, (p) => (p ? programmes.set(code, p) : programmes.delete(code))),
      orgUnitIndex: (build) =>
        index ??
        kept(build, (p) => {
          index = p;
        }),
    };
  };
  return {
    /** The reads kept for `version`; a new version starts an empty set. */
    at(version: string): VersionReads {
      if (current?.version !== version) current = { version, reads: fresh() };
      return current.reads;
    },
  };
}

/** The memo of one store (see `createVersionMemo`). */
export type VersionMemo = ReturnType<typeof createVersionMemo>;
