import { analyzeText, type AnalysisOptions } from './analyze-text.js';
import { selectTop } from './select-top.js';
import { createTitleTerms } from './title-terms.js';

/**
 * The fields a document shares with its group (a passage with its article): the group's title,
 * searchable with its own weight, and whether the document sits in the group's lead.
 */
export interface DocFields {
  /** The group (article) id; every document of a group shares its title. */
  group: string;
  /** The group's title; the latest given wins. */
  title: string;
  /** The document is part of the group's lead (an article's first paragraph). */
  lead: boolean;
}

/**
 * BM25F-style field weights. A document's score is its body score (times `leadWeight` when it is in
 * its group's lead) plus `titleWeight` times its group title's score: every passage of an article
 * carries the article's title, so a pasted headline finds its article.
 */
export interface FieldWeights {
  titleWeight: number;
  leadWeight: number;
}

/** Persisted group fields, aligned with the index's compacted document ids. */
export interface GroupFieldsJSON {
  groups: string[];
  titles: string[];
  /** Group number of each document, -1 for none. */
  groupOf: number[];
  /** Compacted slots of lead documents. */
  leads: number[];
  /** The titles' own index (one document per group). */
  titleIndex: unknown;
  /** Each group title's terms joined by spaces, read whole (`analyzeText`) and as written (`analyzeAsWritten`). */
  titleTerms?: string[];
  writtenTitleTerms?: string[];
}

/** What the group fields need of the index holding the titles (declared here so imports run one way). */
export interface TitleIndex {
  readonly options: AnalysisOptions;
  /** Adds a title already analysed (`analyzeText(text, options)`). */
  addTerms(id: string, terms: readonly string[]): void;
  remove(id: string, text?: string): boolean;
  scoreEach(query: string, visit: (id: string, score: number, number: number) => void): void;
  idsWith(term: string): string[];
  holds(id: string, term: string): boolean;
  readonly size: number;
  toJSON(): unknown;
}

export interface GroupFields {
  set(slot: number, fields: DocFields): void;
  drop(slot: number): void;
  isLead(slot: number): boolean;
  group(slot: number): number | undefined;
  /** Documents whose group's title holds the analysed term. */
  titleDocFreq(term: string): number;
  /** Title scores of the groups whose title matches the query. */
  titleScores(query: string): TitleScores;
  /** The group's first lead document (else its first document): the one a title match alone is shown by. */
  firstOf(group: number): number | undefined;
  title(slot: number): string | null;
  /** Whether the document's group title holds the analysed term (as the title index analysed it). */
  titleHolds(slot: number, term: string): boolean;
  /**
   * The terms of the document's group title in order, read whole (`analyzeText`) or, with `written`,
   * as written (`analyzeAsWritten`); null for no group.
   */
  titleTerms(slot: number, written?: boolean): readonly string[] | null;
  toJSON(liveSlots: readonly number[]): GroupFieldsJSON;
}

/** One query's title scores: read per group number, valid until the next `titleScores` call. */
export interface TitleScores {
  /** The group's title score (0 for no group or no match). */
  scoreOf(group: number | undefined): number;
  /** The title score of the document's group (`scoreOf` its group), in one lookup. */
  scoreOfDoc(slot: number): number;
  /** The `limit` best-scoring groups, best first. */
  best(limit: number): number[];
}

interface Group {
  id: string;
  title: string;
  members: Set<number>;
}

export function createGroupFields(titleIndex: TitleIndex, json?: GroupFieldsJSON): GroupFields {
  const groups: Array<Group | null> = [];
  const numberOf = new Map<string, number>();
  // Group number plus one by slot (0 for none), packed: read for every touched document of every search.
  let groupOfSlot = new Int32Array(json?.groupOf.length ?? 0);
  const setGroupOf = (slot: number, n: number) => {
    if (slot >= groupOfSlot.length) {
      const grown = new Int32Array(Math.max(slot + 1, groupOfSlot.length * 2));
      grown.set(groupOfSlot);
      groupOfSlot = grown;
    }
    groupOfSlot[slot] = n + 1;
  };
  const leads: boolean[] = [];
  json?.leads.forEach((slot) => (leads[slot] = true));
  // Per group: its first document as `firstOf` gives it, cached until the group's members change.
  const firstCache: Array<number | undefined> = [];
  const fits = (terms?: string[]) => (terms?.length === json?.groups.length ? terms : undefined);
  const titleTerms = createTitleTerms(titleIndex.options, {
    whole: fits(json?.titleTerms),
    written: fits(json?.writtenTitleTerms),
  });
  // Reused across queries: title score by group number, and the groups it was set for.
  let scoreByGroup = new Float64Array(0);
  let scored: number[] = [];
  // Group number by the title's document number in the title index: a common word matches thousands of
  // titles per query, each otherwise looked up by id. A title's number is never reused by another title.
  // Holds the group number plus one (0: not looked up yet).
  let groupOfTitle = new Int32Array(0);
  const groupAt = (slot: number): number | undefined => {
    const n = slot < groupOfSlot.length ? groupOfSlot[slot]! - 1 : -1;
    return n < 0 ? undefined : n;
  };
  json?.groups.forEach((id, n) => {
    groups.push({ id, title: json.titles[n] ?? '', members: new Set() });
    numberOf.set(id, n);
  });
  json?.groupOf.forEach((n, slot) => {
    if (n < 0) return;
    setGroupOf(slot, n);
    const group = groups[n];
    if (!group) return;
    group.members.add(slot);
    // Slots come in ascending order: the first one seen is the group's first, the first lead one its first lead.
    const first = firstCache[n];
    if (first === undefined || (leads[slot] && !leads[first])) firstCache[n] = slot;
  });

  // Documents per title-only term (read for every idf lookup of one): kept until a document comes or goes.
  const titleFreqs = new Map<string, number>();

  const drop = (slot: number) => {
    titleFreqs.clear();
    leads[slot] = false;
    const n = groupAt(slot);
    if (n === undefined) return;
    groupOfSlot[slot] = 0;
    firstCache[n] = undefined;
    const group = groups[n]!;
    group.members.delete(slot);
    if (group.members.size === 0) {
      titleIndex.remove(group.id, group.title);
      titleTerms.drop(n);
      numberOf.delete(group.id);
      groups[n] = null;
    }
  };

  const set = (slot: number, fields: DocFields) => {
    drop(slot);
    let n = numberOf.get(fields.group);
    if (n === undefined) {
      n = groups.push({ id: fields.group, title: '', members: new Set() }) - 1;
      numberOf.set(fields.group, n);
    }
    const group = groups[n]!;
    if (group.title !== fields.title || group.members.size === 0) {
      group.title = fields.title;
      const terms = analyzeText(fields.title, titleIndex.options);
      titleIndex.addTerms(fields.group, terms);
      titleTerms.set(n, terms);
    }
    group.members.add(slot);
    setGroupOf(slot, n);
    firstCache[n] = undefined;
    if (fields.lead) leads[slot] = true;
  };

  const firstOf = (n: number): number | undefined => {
    const cached = firstCache[n];
    if (cached !== undefined) return cached;
    let first: number | undefined;
    let firstLead: number | undefined;
    for (const slot of groups[n]?.members ?? []) {
      if (first === undefined || slot < first) first = slot;
      if (leads[slot] && (firstLead === undefined || slot < firstLead)) firstLead = slot;
    }
    return (firstCache[n] = firstLead ?? first);
  };

  const titleScores = (query: string): TitleScores => {
    for (const n of scored) scoreByGroup[n] = 0;
    scored = [];
    if (scoreByGroup.length < groups.length) scoreByGroup = new Float64Array(groups.length * 2);
    titleIndex.scoreEach(query, (id, score, titleNumber) => {
      if (titleNumber >= groupOfTitle.length) {
        const grown = new Int32Array(Math.max(titleNumber + 1, groupOfTitle.length * 2));
        grown.set(groupOfTitle);
        groupOfTitle = grown;
      }
      let n: number | undefined = groupOfTitle[titleNumber]! - 1;
      if (n < 0) {
        // Titles are mostly numbered as their groups are (both in the order groups came): checked by id
        // first, which spares hashing every title's id on its first match after a restore.
        n = groups[titleNumber]?.id === id ? titleNumber : numberOf.get(id);
        if (n !== undefined) groupOfTitle[titleNumber] = n + 1;
      }
      if (n === undefined || score <= 0) return;
      if (scoreByGroup[n] === 0) scored.push(n);
      scoreByGroup[n] = score;
    });
    const byGroup = scoreByGroup;
    const matched = scored;
    return {
      scoreOf: (n) => (n === undefined ? 0 : byGroup[n]!),
      scoreOfDoc: (slot) => {
        const n = slot < groupOfSlot.length ? groupOfSlot[slot]! - 1 : -1;
        return n < 0 ? 0 : byGroup[n]!;
      },
      best: (limit) => selectTop(matched, limit, (n) => byGroup[n]!).map(({ item }) => item),
    };
  };

  return {
    set,
    drop,
    isLead: (slot) => leads[slot] === true,
    titleDocFreq: (term) => {
      let freq = titleFreqs.get(term);
      if (freq === undefined) {
        freq = titleIndex
          .idsWith(term)
          .reduce((sum, id) => sum + (groups[numberOf.get(id)!]?.members.size ?? 0), 0);
        titleFreqs.set(term, freq);
      }
      return freq;
    },
    group: groupAt,
    titleScores,
    firstOf,
    title: (slot) => {
      const n = groupAt(slot);
      return n === undefined ? null : (groups[n]?.title ?? null);
    },
    titleHolds: (slot, term) => {
      const n = groupAt(slot);
      const group = n === undefined ? null : groups[n];
      return group ? titleIndex.holds(group.id, term) : false;
    },
    titleTerms: (slot, written = false) => {
      const n = groupAt(slot);
      const group = n === undefined ? null : groups[n];
      if (!group) return null;
      return written ? titleTerms.written(n!, group.title) : titleTerms.whole(n!, group.title);
    },
    toJSON(liveSlots) {
      const renumber = new Map<number, number>();
      const live = groups.flatMap((g, n) => (g ? [[n, g] as const] : []));
      const terms = live.map(([n, g]) => titleTerms.saved(n, g.title));
      live.forEach(([n], i) => renumber.set(n, i));
      return {
        groups: live.map(([, g]) => g.id),
        titles: live.map(([, g]) => g.title),
        groupOf: liveSlots.map((slot) => renumber.get(groupAt(slot) ?? -1) ?? -1),
        leads: liveSlots.flatMap((slot, i) => (leads[slot] ? [i] : [])),
        titleTerms: terms.map(([whole]) => whole),
        writtenTitleTerms: terms.map(([, written]) => written),
        // Read only by a JSON snapshot (a binary one writes the title index its own way).
        get titleIndex() {
          return titleIndex.toJSON();
        },
      };
    },
  };
}
