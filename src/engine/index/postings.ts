/** The documents holding one term, by slot in ascending order, with the term's frequency in each. */
export interface PostingList {
  /** Valid up to `length`; the arrays may hold spare room beyond it. */
  readonly slots: Uint32Array;
  readonly freqs: Uint32Array;
  readonly length: number;
}

/** Every term's postings packed into three arrays: term `n` owns `[starts[n], starts[n + 1])`. */
export interface PackedPostings {
  terms: string[];
  starts: Uint32Array;
  slots: Uint32Array;
  freqs: Uint32Array;
}

/** An inverted index's postings, growable per term. */
export interface Postings {
  /** The term's postings, or undefined when no document holds it. */
  get(term: string): PostingList | undefined;
  /** How many documents hold the term (0 for none), without keeping its list in use. */
  count(term: string): number;
  /** Appends a document; its slot must be above every slot the term already holds. */
  add(term: string, slot: number, freq: number): void;
  /** Drops a document from the term's postings; false when it was not there. */
  remove(term: string, slot: number): boolean;
  forEach(visit: (list: PostingList, term: string) => void): void;
  /** Packs the live postings, slots renumbered (`renumber[slot]`, which must keep their order). */
  pack(renumber: Int32Array): PackedPostings;
}

interface List {
  slots: Uint32Array;
  freqs: Uint32Array;
  length: number;
  /** False while the arrays view the restored ones, which are never written to (they may be shared). */
  owned: boolean;
}

/** Gives a list arrays of its own with `room` entries. */
function own(list: List, room: number): void {
  const [slots, freqs] = [new Uint32Array(room), new Uint32Array(room)];
  slots.set(list.slots.subarray(0, list.length));
  freqs.set(list.freqs.subarray(0, list.length));
  [list.slots, list.freqs, list.owned] = [slots, freqs, true];
}

/**
 * Postings in typed arrays: restored ones view the snapshot's arrays in place (a list is copied
 * out only when it changes), so a start-up builds one map of terms and no per-document objects.
 */
export function createPostings(packed?: PackedPostings): Postings {
  const terms: string[] = packed ? [...packed.terms] : [];
  const numberOf = new Map<string, number>();
  for (let n = 0; n < terms.length; n++) numberOf.set(terms[n]!, n);
  const lists: Array<List | undefined> = new Array<List | undefined>(terms.length);

  // A restored list as a view; `listAt` keeps it (the term is in use), `peek` does not (a walk over every term).
  const peek = (n: number): List => {
    const held = lists[n];
    if (held) return held;
    const [from, to] = [packed!.starts[n]!, packed!.starts[n + 1]!];
    const [slots, freqs] = [packed!.slots.subarray(from, to), packed!.freqs.subarray(from, to)];
    return { slots, freqs, length: to - from, owned: false };
  };
  const listAt = (n: number): List => (lists[n] ??= peek(n));
  const get = (term: string): List | undefined => {
    const n = numberOf.get(term);
    if (n === undefined) return undefined;
    const list = listAt(n);
    return list.length > 0 ? list : undefined;
  };

  return {
    get,
    count(term) {
      const n = numberOf.get(term);
      if (n === undefined) return 0;
      const held = lists[n];
      return held ? held.length : packed!.starts[n + 1]! - packed!.starts[n]!;
    },
    add(term, slot, freq) {
      let n = numberOf.get(term);
      if (n === undefined) {
        n = terms.push(term) - 1;
        numberOf.set(term, n);
        lists[n] = { slots: new Uint32Array(2), freqs: new Uint32Array(2), length: 0, owned: true };
      }
      const list = listAt(n);
      if (list.length === list.slots.length) own(list, Math.max(2, list.length * 2));
      list.slots[list.length] = slot;
      list.freqs[list.length] = freq;
      list.length++;
    },
    remove(term, slot) {
      const list = get(term);
      const at = list ? list.slots.subarray(0, list.length).indexOf(slot) : -1;
      if (!list || at < 0) return false;
      if (!list.owned) own(list, list.length);
      list.slots.copyWithin(at, at + 1, list.length);
      list.freqs.copyWithin(at, at + 1, list.length);
      list.length--;
      return true;
    },
    forEach(visit) {
      for (let n = 0; n < terms.length; n++) {
        const list = peek(n);
        if (list.length > 0) visit(list, terms[n]!);
      }
    },
    pack(renumber) {
      const live: Array<[string, List]> = [];
      let total = 0;
      for (let n = 0; n < terms.length; n++) {
        const list = peek(n);
        if (list.length === 0) continue;
        live.push([terms[n]!, list]);
        total += list.length;
      }
      const starts = new Uint32Array(live.length + 1);
      const slots = new Uint32Array(total);
      const freqs = new Uint32Array(total);
      let at = 0;
      live.forEach(([, list], n) => {
        starts[n] = at;
        for (let i = 0; i < list.length; i++) slots[at + i] = renumber[list.slots[i]!]!;
        freqs.set(list.freqs.subarray(0, list.length), at);
        at += list.length;
      });
      starts[live.length] = at;
      return { terms: live.map(([term]) => term), starts, slots, freqs };
    },
  };
}

/**
 * Checks packed postings against the documents they index (ascending starts within the arrays,
 * slots below `docCount`): garbled bytes must be refused, not answered from.
 */
export function checkPackedPostings(packed: PackedPostings, docCount: number): void {
  const { terms, starts, slots, freqs } = packed;
  const ok =
    starts.length === terms.length + 1 &&
    slots.length === freqs.length &&
    starts[0] === 0 &&
    starts[terms.length] === slots.length;
  if (!ok) throw new Error('search index: postings do not add up');
  for (let n = 0; n < terms.length; n++)
    if (starts[n]! > starts[n + 1]!) throw new Error('search index: postings do not add up');
  for (let i = 0; i < slots.length; i++)
    if (slots[i]! >= docCount) throw new Error('search index: a posting names no document');
}
