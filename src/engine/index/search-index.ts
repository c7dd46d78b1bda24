import { analyzeText } from './analyze-text.js';
import { idf, scoreTermWith } from './score-term.js';
import {
  compactIndex,
  expandPostings,
  INDEX_VERSION,
  type IndexJSON,
  type IndexOptions,
  type Posting,
} from './index-json.js';
import { selectTop } from './select-top.js';
import { createGroupFields, type DocFields, type GroupFields, type GroupFieldsJSON } from './group-fields.js';

export { INDEX_VERSION, type IndexJSON, type IndexOptions } from './index-json.js';
export type { DocFields, FieldWeights } from './group-fields.js';

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
  /** Removes a document; given the text it was added with, only that text's terms are visited. */
  remove(id: string, text?: string): boolean;
  /** Ids of the documents holding an analysed term. */
  idsWith(term: string): string[];
  has(id: string): boolean;
  search(query: string, options?: SearchOptions): SearchHit[];
  /** Visits every document matching the query with its body score, unordered (no field weights). */
  scoreEach(query: string, visit: (id: string, score: number) => void): void;
  /**
   * Inverse document frequency of an analysed term (0 when unseen). A term only titles hold counts
   * every document of those titles' groups as holding it (the title is one of their fields).
   */
  idf(term: string): number;
  /** The title of the document's group, or null when it was added without one. */
  titleOf(id: string): string | null;
  /** L2-normalised TF-IDF vector of any text under this index's statistics. */
  vectorize(text: string): Map<string, number>;
  toJSON(): IndexJSON;
}

/** Creates an empty index. */
export function createSearchIndex(options: Partial<IndexOptions> = {}): SearchIndex {
  const full = { ...defaultIndexOptions, ...options };
  return buildIndex(full, [], [], new Map(), createGroupFields(titleIndexFor(full)));
}

/** Titles are indexed on their own (one document per group), analysed and weighted like the body. */
const titleIndexFor = (options: IndexOptions) => buildIndex(options, [], [], new Map(), null);

/** Restores an index from `toJSON()` output; throws on a version or shape it does not know. */
export function loadSearchIndex(json: unknown): SearchIndex {
  const data = json as Partial<IndexJSON> | null;
  if (
    !data ||
    data.version !== INDEX_VERSION ||
    !Array.isArray(data.ids) ||
    !data.postings ||
    !data.options
  ) {
    throw new Error(
      `search index: unsupported snapshot (version ${String(data?.version)}, expected ${INDEX_VERSION})`,
    );
  }
  const options = { ...defaultIndexOptions, ...data.options };
  const saved = data.fields as GroupFieldsJSON | undefined;
  const fields = createGroupFields(saved ? loadSearchIndex(saved.titleIndex) : titleIndexFor(options), saved);
  return buildIndex(options, [...data.ids], [...(data.lengths ?? [])], expandPostings(data.postings), fields);
}

function buildIndex(
  options: IndexOptions,
  ids: Array<string | null>,
  lengths: number[],
  postings: Map<string, Posting>,
  fields: GroupFields | null,
): SearchIndex {
  const slotOf = new Map<string, number>();
  ids.forEach((id, slot) => id !== null && slotOf.set(id, slot));
  let totalLength = lengths.reduce((sum, length, slot) => (ids[slot] === null ? sum : sum + length), 0);
  // Derivable state, built lazily: the terms of each slot (for removal) and TF-IDF norms.
  let termsOfSlot: Map<number, string[]> | null = null;
  let norms: Float64Array | null = null;
  let accumulator = new Float64Array(0);

  const termsBySlot = (): Map<number, string[]> => {
    if (termsOfSlot) return termsOfSlot;
    termsOfSlot = new Map();
    for (const [term, posting] of postings) {
      for (const slot of posting.slots) {
        const list = termsOfSlot.get(slot);
        list ? list.push(term) : termsOfSlot.set(slot, [term]);
      }
    }
    return termsOfSlot;
  };

  const bodyIdf = (term: string): number => {
    const docFreq = postings.get(term)?.slots.length ?? 0;
    return docFreq === 0 ? 0 : idf(options.weighting, slotOf.size, docFreq);
  };
  const termIdf = (term: string): number => {
    const body = bodyIdf(term);
    const inTitles = body === 0 && fields ? fields.titleDocFreq(term) : 0;
    return inTitles === 0 ? body : idf(options.weighting, slotOf.size, Math.min(inTitles, slotOf.size));
  };

  const tfidfNorms = (): Float64Array => {
    if (norms) return norms;
    norms = new Float64Array(ids.length);
    for (const [term, posting] of postings) {
      const weight = bodyIdf(term);
      for (let i = 0; i < posting.slots.length; i++) {
        const slot = posting.slots[i]!;
        norms[slot] = norms[slot]! + ((1 + Math.log(posting.freqs[i]!)) * weight) ** 2;
      }
    }
    norms = norms.map(Math.sqrt);
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
    for (const term of terms) {
      const posting = postings.get(term);
      const at = posting ? posting.slots.indexOf(slot) : -1;
      if (!posting || at < 0) continue;
      posting.slots.splice(at, 1);
      posting.freqs.splice(at, 1);
      if (posting.slots.length === 0) postings.delete(term);
    }
    termsOfSlot?.delete(slot);
    fields?.drop(slot);
    slotOf.delete(id);
    ids[slot] = null;
    totalLength -= lengths[slot]!;
    norms = null;
    return true;
  };

  const add = (id: string, text: string, docFields?: DocFields): void => {
    remove(id);
    const counts = countTerms(analyzeText(text, options));
    const slot = ids.length;
    ids.push(id);
    slotOf.set(id, slot);
    let length = 0;
    for (const [term, freq] of counts) {
      const posting = postings.get(term);
      if (posting) {
        posting.slots.push(slot);
        posting.freqs.push(freq);
      } else {
        postings.set(term, { slots: [slot], freqs: [freq] });
      }
      length += freq;
    }
    lengths.push(length);
    totalLength += length;
    termsOfSlot?.set(slot, [...counts.keys()]);
    if (docFields) fields?.set(slot, docFields);
    norms = null;
  };

  /** Adds each matching slot's body score into `accumulator`; returns the touched slots and their final body score. */
  const accumulate = (query: string): { touched: number[]; bodyOf: (slot: number) => number } | null => {
    const queryTerms = countTerms(analyzeText(query, options));
    if (queryTerms.size === 0 || slotOf.size === 0) return null;
    if (accumulator.length < ids.length) accumulator = new Float64Array(ids.length * 2);
    const touched: number[] = [];
    const docCount = slotOf.size;
    const avgDocLength = totalLength / docCount;
    let queryNorm = 0;
    for (const [term, queryFreq] of queryTerms) {
      const posting = postings.get(term);
      if (!posting) continue;
      const queryWeight =
        options.weighting === 'tfidf' ? (1 + Math.log(queryFreq)) * bodyIdf(term) : queryFreq;
      queryNorm += queryWeight ** 2;
      const docFreq = posting.slots.length;
      const stats = { docCount, docFreq, termFreq: 0, docLength: 0, avgDocLength };
      const weight = idf(options.weighting, docCount, docFreq);
      for (let i = 0; i < docFreq; i++) {
        const slot = posting.slots[i]!;
        stats.termFreq = posting.freqs[i]!;
        stats.docLength = lengths[slot]!;
        if (accumulator[slot] === 0) touched.push(slot);
        accumulator[slot]! += scoreTermWith(weight, stats, options) * queryWeight;
      }
    }
    const normOf = options.weighting === 'tfidf' ? tfidfNorms() : null;
    const scale = normOf ? 1 / Math.sqrt(queryNorm || 1) : 1;
    const bodyOf = normOf
      ? (slot: number) => (accumulator[slot]! * scale) / (normOf[slot] || 1)
      : (slot: number) => accumulator[slot]!;
    return { touched, bodyOf };
  };

  const search = (query: string, searchOptions: SearchOptions = {}): SearchHit[] => {
    const matched = accumulate(query);
    if (!matched) return [];
    const { touched, bodyOf } = matched;
    const limit = searchOptions.limit ?? 10;
    const titles = fields && options.titleWeight > 0 ? fields.titleScores(query) : null;
    // A title match alone shows its group by the group's first lead document. Only the `limit` best
    // titles can matter: any other title-only document scores below each of their documents.
    if (titles) {
      for (const group of titles.best(limit)) {
        const first = fields!.firstOf(group);
        if (first !== undefined && accumulator[first] === 0) touched.push(first);
      }
    }
    const { titleWeight, leadWeight } = options;
    const hits = selectTop(touched, limit, (slot) => {
      const body = bodyOf(slot);
      if (!fields) return body;
      const lead = leadWeight !== 1 && fields.isLead(slot) ? leadWeight : 1;
      return body * lead + (titles ? titleWeight * titles.scoreOf(fields.group(slot)) : 0);
    });
    for (const slot of touched) accumulator[slot] = 0;
    return hits.map(({ item, score }) => ({ id: ids[item]!, score }));
  };

  const scoreEach = (query: string, visit: (id: string, score: number) => void): void => {
    const matched = accumulate(query);
    if (!matched) return;
    for (const slot of matched.touched) visit(ids[slot]!, matched.bodyOf(slot));
    for (const slot of matched.touched) accumulator[slot] = 0;
  };

  const vectorize = (text: string): Map<string, number> => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [term, freq] of countTerms(analyzeText(text, options))) {
      const weight = (1 + Math.log(freq)) * termIdf(term);
      if (weight <= 0) continue;
      vector.set(term, weight);
      norm += weight ** 2;
    }
    norm = Math.sqrt(norm);
    for (const [term, weight] of vector) vector.set(term, weight / norm);
    return vector;
  };

  const toJSON = (): IndexJSON => {
    const live = ids.flatMap((id, slot) => (id === null ? [] : [slot]));
    return {
      version: INDEX_VERSION,
      options,
      ...compactIndex(ids, lengths, postings),
      ...(fields ? { fields: fields.toJSON(live) } : {}),
    };
  };

  return {
    options,
    get size() {
      return slotOf.size;
    },
    add,
    remove,
    has: (id) => slotOf.has(id),
    idsWith: (term) => (postings.get(term)?.slots ?? []).map((slot) => ids[slot]!),
    search,
    scoreEach,
    idf: termIdf,
    titleOf: (id) => {
      const slot = slotOf.get(id);
      return slot === undefined ? null : (fields?.title(slot) ?? null);
    },
    vectorize,
    toJSON,
  };
}

function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
