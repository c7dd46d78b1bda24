import { analyzeText } from './analyze-text.js';
import { idf, scoreTermWith } from './score-term.js';
import {
  compactSlots,
  flattenPostings,
  INDEX_VERSION,
  packPostings,
  type IndexJSON,
  type IndexOptions,
} from './index-json.js';
import { checkPackedPostings, createPostings, type PackedPostings, type Postings } from './postings.js';
import { createTopHeap } from './top-heap.js';
import { countTerms, weighTerms } from './term-vector.js';
import { createGroupFields, type DocFields, type GroupFields, type GroupFieldsJSON } from './group-fields.js';
import { readSnapshot, writeSnapshot } from '../snapshot/snapshot-bytes.js';
import { SnapshotVersionError } from '../snapshot/snapshot-version-error.js';

export { INDEX_VERSION, type IndexJSON, type IndexOptions } from './index-json.js';
export type { DocFields, FieldWeights } from './group-fields.js';

const IDF_LIMIT = 100_000;

export const defaultIndexOptions: IndexOptions = {
  weighting: 'bm25',
  k1: 1.2,
  b: 0.75,
  stem: true,
  stopWords: true,
  titleWeight: 2,
  leadWeight: 1,
};

export interface SearchHit {
  id: string;
  score: number;
}

export interface SearchOptions {
  /** Hits returned at most (default 10). */
  limit?: number;
}

/** An inverted index over short documents (passages), queried without scanning every document. */
export interface SearchIndex {
  readonly options: IndexOptions;
  /** Documents held. */
  readonly size: number;
  /** Adds a document, with the fields it shares with its group when it has one; an existing id is replaced. */
  add(id: string, text: string, fields?: DocFields): void;
  /** `add` with the text already analysed: `terms` must be `analyzeText(text, options)`. */
  addTerms(id: string, terms: readonly string[], fields?: DocFields): void;
  /** Removes a document; given the text it was added with, only that text's terms are visited. */
  remove(id: string, text?: string): boolean;
  /** Ids of the documents holding an analysed term. */
  idsWith(term: string): string[];
  /** Whether the document's own text holds an analysed term (the terms `add` analysed; not its title). */
  holds(id: string, term: string): boolean;
  /** `holds` for one document, its slot found once: for asking about many terms. */
  holdsIn(id: string): (term: string) => boolean;
  has(id: string): boolean;
  search(query: string, options?: SearchOptions): SearchHit[];
  /**
   * Visits every document matching the query with its body score, unordered (no field weights), and
   * its number in this index (the same for as long as the document is held; never another's).
   */
  scoreEach(query: string, visit: (id: string, score: number, number: number) => void): void;
  /**
   * Inverse document frequency of an analysed term (0 when unseen). A term only titles hold counts
   * every document of those titles' groups as holding it (the title is one of their fields).
   */
  idf(term: string): number;
  /** The title of the document's group, or null when it was added without one. */
  titleOf(id: string): string | null;
  /** Whether the document's group title holds an analysed term (the terms the title field was indexed with). */
  titleHolds(id: string, term: string): boolean;
  /**
   * The terms of the document's group title (`titleOf`) in order, read whole (`analyzeText`) or, with
   * `written`, as written (`analyzeAsWritten`); null without one. Kept with the index: no analysis.
   */
  titleTermsOf(id: string, written?: boolean): readonly string[] | null;
  /** L2-normalised TF-IDF vector of any text under this index's statistics. */
  vectorize(text: string): Map<string, number>;
  toJSON(): IndexJSON;
  /** The binary form (postings as typed arrays): what `loadSearchIndex` restores fastest. */
  toBytes(): Uint8Array;
}

/** Creates an empty index. */
export function createSearchIndex(options: Partial<IndexOptions> = {}): SearchIndex {
  const full = { ...defaultIndexOptions, ...options };
  const titles = titleIndexFor(full);
  return buildIndex(full, [], [], createPostings(), createGroupFields(titles), titles);
}

/** Titles are indexed on their own (one document per group), analysed and weighted like the body. */
const titleIndexFor = (options: IndexOptions) => buildIndex(options, [], [], createPostings(), null, null);

const unsupported = (version: unknown) =>
  version !== INDEX_VERSION
    ? new SnapshotVersionError('search index', version, INDEX_VERSION)
    : new Error('search index: snapshot does not hold together');

/**
 * Restores an index from `toBytes()` or `toJSON()` output; throws on a version or shape it does not
 * know, and on bytes whose postings do not fit its documents.
 */
export function loadSearchIndex(saved: unknown): SearchIndex {
  return saved instanceof Uint8Array ? loadIndexBytes(saved) : loadIndexJSON(saved);
}

function loadIndexBytes(bytes: Uint8Array): SearchIndex {
  const snapshot = readSnapshot(bytes);
  const { version, options: savedOptions } = snapshot.header as { version?: unknown; options?: IndexOptions };
  if (version !== INDEX_VERSION || !savedOptions) throw unsupported(version);
  const options = { ...defaultIndexOptions, ...savedOptions };
  const ids = snapshot.strings('ids');
  const lengths = Array.from(snapshot.u32('lengths'));
  if (lengths.length !== ids.length) throw new Error('search index: lengths do not match the documents');
  const packed: PackedPostings = {
    terms: snapshot.strings('terms'),
    starts: snapshot.u32('starts'),
    slots: snapshot.u32('slots'),
    freqs: snapshot.u32('freqs'),
  };
  checkPackedPostings(packed, ids.length);
  if (!snapshot.has('titleIndex'))
    return buildIndex(options, ids, lengths, createPostings(packed), null, null);
  const titles = loadIndexBytes(snapshot.bytes('titleIndex'));
  const groupOf = Array.from(snapshot.i32('groupOf'));
  const fields = createGroupFields(titles, {
    groups: snapshot.strings('groups'),
    titles: snapshot.strings('titles'),
    groupOf: groupOf.length === ids.length ? groupOf : [],
    leads: Array.from(snapshot.u32('leads')).filter((slot) => slot < ids.length),
    titleIndex: null,
    titleTerms: snapshot.has('titleTerms') ? snapshot.strings('titleTerms') : undefined,
    writtenTitleTerms: snapshot.has('writtenTitleTerms') ? snapshot.strings('writtenTitleTerms') : undefined,
  });
  return buildIndex(options, ids, lengths, createPostings(packed), fields, titles);
}

function loadIndexJSON(json: unknown): SearchIndex {
  const data = json as Partial<IndexJSON> | null;
  if (
    !data ||
    data.version !== INDEX_VERSION ||
    !Array.isArray(data.ids) ||
    !data.postings ||
    !data.options
  ) {
    throw unsupported(data?.version);
  }
  const options = { ...defaultIndexOptions, ...data.options };
  const saved = data.fields as GroupFieldsJSON | undefined;
  const titles = saved ? loadIndexJSON(saved.titleIndex) : titleIndexFor(options);
  const packed = packPostings(data.postings);
  checkPackedPostings(packed, data.ids.length);
  const postings = createPostings(packed);
  return buildIndex(
    options,
    [...data.ids],
    [...(data.lengths ?? [])],
    postings,
    createGroupFields(titles, saved),
    titles,
  );
}

/** `fields` and `titles` go together: the group fields and the index of their titles (null for a title index). */
function buildIndex(
  options: IndexOptions,
  ids: Array<string | null>,
  lengths: number[],
  postings: Postings,
  fields: GroupFields | null,
  titles: SearchIndex | null,
): SearchIndex {
  const slotOf = new Map<string, number>();
  ids.forEach((id, slot) => id !== null && slotOf.set(id, slot));
  let totalLength = lengths.reduce((sum, length, slot) => (ids[slot] === null ? sum : sum + length), 0);
  // Derivable state, built lazily: the terms of each slot (for removal) and TF-IDF norms.
  let termsOfSlot: Map<number, string[]> | null = null;
  let norms: Float64Array | null = null;
  // BM25's length normalisation per slot, k1 * (1 - b + b * length / average length): read per posting.
  let lengthNorms: Float64Array | null = null;
  let accumulator = new Float64Array(0);
  let touchedSlots: Int32Array = new Int32Array(0);

  const termsBySlot = (): Map<number, string[]> => {
    if (termsOfSlot) return termsOfSlot;
    termsOfSlot = new Map();
    postings.forEach((posting, term) => {
      for (let i = 0; i < posting.length; i++) {
        const list = termsOfSlot!.get(posting.slots[i]!);
        list ? list.push(term) : termsOfSlot!.set(posting.slots[i]!, [term]);
      }
    });
    return termsOfSlot;
  };

  const bodyIdf = (term: string): number => {
    const docFreq = postings.count(term);
    return docFreq === 0 ? 0 : idf(options.weighting, slotOf.size, docFreq);
  };
  // Answers weigh the same few question terms many times over: each term's idf is kept until a document
  // comes or goes (bounded, cleared when full).
  const idfs = new Map<string, number>();
  const termIdf = (term: string): number => {
    let weight = idfs.get(term);
    if (weight !== undefined) return weight;
    const body = bodyIdf(term);
    const inTitles = body === 0 && fields ? fields.titleDocFreq(term) : 0;
    weight = inTitles === 0 ? body : idf(options.weighting, slotOf.size, Math.min(inTitles, slotOf.size));
    if (idfs.size >= IDF_LIMIT) idfs.clear();
    idfs.set(term, weight);
    return weight;
  };

  const tfidfNorms = (): Float64Array => {
    if (norms) return norms;
    const sums = new Float64Array(ids.length);
    postings.forEach((posting, term) => {
      const weight = bodyIdf(term);
      for (let i = 0; i < posting.length; i++) {
        const slot = posting.slots[i]!;
        sums[slot] = sums[slot]! + ((1 + Math.log(posting.freqs[i]!)) * weight) ** 2;
      }
    });
    norms = sums.map(Math.sqrt);
    return norms;
  };

  const remove = (id: string, text?: string): boolean => {
    const slot = slotOf.get(id);
    if (slot === undefined) return false;
    // Re-analysing the text costs one document; the slot-to-terms map costs the whole index the first time.
    const terms =
      termsOfSlot || text === undefined
        ? (termsBySlot().get(slot) ?? [])
        : new Set(analyzeText(text, options));
    for (const term of terms) postings.remove(term, slot);
    termsOfSlot?.delete(slot);
    fields?.drop(slot);
    slotOf.delete(id);
    ids[slot] = null;
    totalLength -= lengths[slot]!;
    norms = null;
    idfs.clear();
    lengthNorms = null;
    return true;
  };

  const addTerms = (id: string, terms: readonly string[], docFields?: DocFields): void => {
    remove(id);
    const counts = countTerms(terms);
    const slot = ids.length;
    ids.push(id);
    slotOf.set(id, slot);
    let length = 0;
    for (const [term, freq] of counts) {
      postings.add(term, slot, freq);
      length += freq;
    }
    lengths.push(length);
    totalLength += length;
    termsOfSlot?.set(slot, [...counts.keys()]);
    if (docFields) fields?.set(slot, docFields);
    norms = null;
    idfs.clear();
    lengthNorms = null;
  };

  const holds = (id: string, term: string): boolean => holdsAt(slotOf.get(id), term);

  const holdsAt = (slot: number | undefined, term: string): boolean => {
    const posting = postings.get(term);
    if (slot === undefined || posting === undefined) return false;
    // A posting lists its slots in ascending order.
    let low = 0;
    let high = posting.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const at = posting.slots[mid]!;
      if (at === slot) return true;
      if (at < slot) low = mid + 1;
      else high = mid - 1;
    }
    return false;
  };

  const bm25LengthNorms = (avgDocLength: number): Float64Array => {
    if (lengthNorms && lengthNorms.length === ids.length) return lengthNorms;
    const { k1, b } = options;
    lengthNorms = new Float64Array(ids.length);
    for (let slot = 0; slot < ids.length; slot++) {
      const lengthRatio = avgDocLength > 0 ? lengths[slot]! / avgDocLength : 1;
      lengthNorms[slot] = k1 * (1 - b + b * lengthRatio);
    }
    return lengthNorms;
  };

  /** Room for `more` touched slots after the first `count` (the buffer grows, keeping them). */
  const touchedRoom = (count: number, more: number): Int32Array => {
    if (count + more <= touchedSlots.length) return touchedSlots;
    const grown = new Int32Array(Math.max(count + more, touchedSlots.length * 2));
    grown.set(touchedSlots.subarray(0, count));
    return (touchedSlots = grown);
  };

  /**
   * Adds each matching slot's body score into `accumulator`; returns the touched slots (the first
   * `count` of `touched`, in the order first touched) and their final body score. Both buffers are
   * reused by the next call: the caller zeroes the touched scores when done (`clearTouched`).
   */
  const accumulate = (
    query: string,
  ): { touched: Int32Array; count: number; bodyOf: (slot: number) => number; cosine: boolean } | null => {
    const queryTerms = countTerms(analyzeText(query, options));
    if (queryTerms.size === 0 || slotOf.size === 0) return null;
    if (accumulator.length < ids.length) accumulator = new Float64Array(ids.length * 2);
    // Read through locals: the walk below is the hottest loop of an answer.
    const scores = accumulator;
    let touched = touchedSlots;
    let count = 0;
    const docCount = slotOf.size;
    const avgDocLength = totalLength / docCount;
    let queryNorm = 0;
    for (const [term, queryFreq] of queryTerms) {
      const posting = postings.get(term);
      if (!posting) continue;
      const queryWeight =
        options.weighting === 'tfidf' ? (1 + Math.log(queryFreq)) * bodyIdf(term) : queryFreq;
      queryNorm += queryWeight ** 2;
      const { slots, freqs } = posting;
      const docFreq = posting.length;
      const weight = idf(options.weighting, docCount, docFreq);
      touched = touchedRoom(count, docFreq);
      if (options.weighting === 'bm25') {
        // scoreTermWith's BM25, inlined with its per-slot length term read from a table (the same floats).
        const norm = bm25LengthNorms(avgDocLength);
        const lift = options.k1 + 1;
        for (let i = 0; i < docFreq; i++) {
          const slot = slots[i]!;
          const termFreq = freqs[i]!;
          const score = ((weight * termFreq * lift) / (termFreq + norm[slot]!)) * queryWeight;
          const before = scores[slot]!;
          if (before === 0) touched[count++] = slot;
          scores[slot] = before + score;
        }
        continue;
      }
      const stats = { docCount, docFreq, termFreq: 0, docLength: 0, avgDocLength };
      for (let i = 0; i < docFreq; i++) {
        const slot = slots[i]!;
        stats.termFreq = freqs[i]!;
        stats.docLength = lengths[slot]!;
        const score = scoreTermWith(weight, stats, options) * queryWeight;
        const before = scores[slot]!;
        if (before === 0) touched[count++] = slot;
        scores[slot] = before + score;
      }
    }
    const normOf = options.weighting === 'tfidf' ? tfidfNorms() : null;
    const scale = normOf ? 1 / Math.sqrt(queryNorm || 1) : 1;
    const bodyOf = normOf
      ? (slot: number) => (accumulator[slot]! * scale) / (normOf[slot] || 1)
      : (slot: number) => accumulator[slot]!;
    return { touched, count, bodyOf, cosine: normOf !== null };
  };

  const clearTouched = (touched: Int32Array, count: number) => {
    for (let i = 0; i < count; i++) accumulator[touched[i]!] = 0;
  };

  const search = (query: string, searchOptions: SearchOptions = {}): SearchHit[] => {
    const matched = accumulate(query);
    if (!matched) return [];
    const { bodyOf, cosine } = matched;
    let { touched, count } = matched;
    const limit = searchOptions.limit ?? 10;
    const titles = fields && options.titleWeight > 0 ? fields.titleScores(query) : null;
    // A title match alone shows its group by the group's first lead document. Only the `limit` best
    // titles can matter: any other title-only document scores below each of their documents.
    if (titles) {
      const best = titles.best(limit);
      touched = touchedRoom(count, best.length);
      for (const group of best) {
        const first = fields!.firstOf(group);
        if (first !== undefined && accumulator[first] === 0) touched[count++] = first;
      }
    }
    const { titleWeight, leadWeight } = options;
    const scoreOf = (slot: number): number => {
      const body = bodyOf(slot);
      if (!fields) return body;
      const lead = leadWeight !== 1 && fields.isLead(slot) ? leadWeight : 1;
      return body * lead + (titles ? titleWeight * titles.scoreOfDoc(slot) : 0);
    };
    // Thousands of touched documents per common term: most fall below the worst kept score, checked here
    // before the heap (equal scores go on to it: ties are its call).
    const top = createTopHeap<number>(limit);
    let worst = -Infinity;
    // The usual case (BM25, titles weighed, leads not) read straight from the arrays: the same floats
    // (a body times a lead weight of 1 is the body).
    const plain = !cosine && titles && leadWeight === 1 ? titles : null;
    const scores = accumulator;
    for (let order = 0; order < count; order++) {
      const slot = touched[order]!;
      const score = plain ? scores[slot]! + titleWeight * plain.scoreOfDoc(slot) : scoreOf(slot);
      if (score < worst) continue;
      top.offer(slot, score, order);
      worst = top.worst();
    }
    clearTouched(touched, count);
    return top.ranked().map(({ item, score }) => ({ id: ids[item]!, score }));
  };

  const scoreEach = (query: string, visit: (id: string, score: number, number: number) => void): void => {
    const matched = accumulate(query);
    if (!matched) return;
    const { touched, count, bodyOf } = matched;
    for (let i = 0; i < count; i++) visit(ids[touched[i]!]!, bodyOf(touched[i]!), touched[i]!);
    clearTouched(touched, count);
  };

  const vectorize = (text: string): Map<string, number> =>
    weighTerms(countTerms(analyzeText(text, options)), termIdf);

  const toJSON = (): IndexJSON => {
    const live = compactSlots(ids, lengths);
    return {
      version: INDEX_VERSION,
      options,
      ids: live.ids,
      lengths: live.lengths,
      postings: flattenPostings(postings.pack(live.renumber)),
      ...(fields ? { fields: fields.toJSON(live.liveSlots) } : {}),
    };
  };

  const toBytes = (): Uint8Array => {
    const live = compactSlots(ids, lengths);
    const packed = postings.pack(live.renumber);
    const grouped = fields && titles ? fields.toJSON(live.liveSlots) : null;
    return writeSnapshot(
      { version: INDEX_VERSION, options },
      {
        ids: { kind: 'strings', value: live.ids },
        lengths: { kind: 'u32', value: Uint32Array.from(live.lengths) },
        terms: { kind: 'strings', value: packed.terms },
        starts: { kind: 'u32', value: packed.starts },
        slots: { kind: 'u32', value: packed.slots },
        freqs: { kind: 'u32', value: packed.freqs },
        ...(grouped && titles
          ? {
              groups: { kind: 'strings', value: grouped.groups },
              titles: { kind: 'strings', value: grouped.titles },
              groupOf: { kind: 'i32', value: Int32Array.from(grouped.groupOf) },
              leads: { kind: 'u32', value: Uint32Array.from(grouped.leads) },
              titleTerms: { kind: 'strings', value: grouped.titleTerms! },
              writtenTitleTerms: { kind: 'strings', value: grouped.writtenTitleTerms! },
              titleIndex: { kind: 'bytes', value: titles.toBytes() },
            }
          : {}),
      },
    );
  };

  return {
    options,
    get size() {
      return slotOf.size;
    },
    add: (id, text, docFields) => addTerms(id, analyzeText(text, options), docFields),
    addTerms,
    remove,
    has: (id) => slotOf.has(id),
    idsWith: (term) => {
      const posting = postings.get(term);
      const found: string[] = [];
      for (let i = 0; i < (posting?.length ?? 0); i++) found.push(ids[posting!.slots[i]!]!);
      return found;
    },
    holds,
    holdsIn: (id) => {
      const slot = slotOf.get(id);
      return (term) => holdsAt(slot, term);
    },
    search,
    scoreEach,
    idf: termIdf,
    titleOf: (id) => {
      const slot = slotOf.get(id);
      return slot === undefined ? null : (fields?.title(slot) ?? null);
    },
    titleHolds: (id, term) => {
      const slot = slotOf.get(id);
      return slot !== undefined && fields !== null && fields.titleHolds(slot, term);
    },
    titleTermsOf: (id, written) => {
      const slot = slotOf.get(id);
      return slot === undefined || fields === null ? null : fields.titleTerms(slot, written);
    },
    vectorize,
    toJSON,
    toBytes,
  };
}
