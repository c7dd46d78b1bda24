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
}

/** What the group fields need of the index holding the titles (declared here so imports run one way). */
export interface TitleIndex {
  add(id: string, text: string): void;
  remove(id: string, text?: string): boolean;
  search(query: string, options?: { limit?: number }): Array<{ id: string; score: number }>;
  idsWith(term: string): string[];
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
  /** Title score of every group whose title matches the query, by group number. */
  titleScores(query: string): Map<number, number>;
  /** The group's first lead document (else its first document): the one a title match alone is shown by. */
  firstOf(group: number): number | undefined;
  title(slot: number): string | null;
  toJSON(liveSlots: readonly number[]): GroupFieldsJSON;
}

interface Group {
  id: string;
  title: string;
  members: Set<number>;
}

export function createGroupFields(titleIndex: TitleIndex, json?: GroupFieldsJSON): GroupFields {
  const groups: Array<Group | null> = [];
  const numberOf = new Map<string, number>();
  const groupOfSlot = new Map<number, number>();
  const leads = new Set<number>(json?.leads ?? []);
  json?.groups.forEach((id, n) => {
    groups.push({ id, title: json.titles[n] ?? '', members: new Set() });
    numberOf.set(id, n);
  });
  json?.groupOf.forEach((n, slot) => {
    if (n < 0) return;
    groupOfSlot.set(slot, n);
    groups[n]?.members.add(slot);
  });

  const drop = (slot: number) => {
    leads.delete(slot);
    const n = groupOfSlot.get(slot);
    if (n === undefined) return;
    groupOfSlot.delete(slot);
    const group = groups[n]!;
    group.members.delete(slot);
    if (group.members.size === 0) {
      titleIndex.remove(group.id, group.title);
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
      titleIndex.add(fields.group, fields.title);
    }
    group.members.add(slot);
    groupOfSlot.set(slot, n);
    if (fields.lead) leads.add(slot);
  };

  const firstOf = (n: number): number | undefined => {
    let first: number | undefined;
    let firstLead: number | undefined;
    for (const slot of groups[n]?.members ?? []) {
      if (first === undefined || slot < first) first = slot;
      if (leads.has(slot) && (firstLead === undefined || slot < firstLead)) firstLead = slot;
    }
    return firstLead ?? first;
  };

  return {
    set,
    drop,
    isLead: (slot) => leads.has(slot),
    titleDocFreq: (term) =>
      titleIndex.idsWith(term).reduce((sum, id) => sum + (groups[numberOf.get(id)!]?.members.size ?? 0), 0),
    group: (slot) => groupOfSlot.get(slot),
    titleScores(query) {
      const scores = new Map<number, number>();
      if (titleIndex.size === 0) return scores;
      for (const hit of titleIndex.search(query, { limit: titleIndex.size }))
        scores.set(numberOf.get(hit.id)!, hit.score);
      return scores;
    },
    firstOf,
    title: (slot) => {
      const n = groupOfSlot.get(slot);
      return n === undefined ? null : (groups[n]?.title ?? null);
    },
    toJSON(liveSlots) {
      const renumber = new Map<number, number>();
      const live = groups.flatMap((g, n) => (g ? [[n, g] as const] : []));
      live.forEach(([n], i) => renumber.set(n, i));
      return {
        groups: live.map(([, g]) => g.id),
        titles: live.map(([, g]) => g.title),
        groupOf: liveSlots.map((slot) => renumber.get(groupOfSlot.get(slot) ?? -1) ?? -1),
        leads: liveSlots.flatMap((slot, i) => (leads.has(slot) ? [i] : [])),
        titleIndex: titleIndex.toJSON(),
      };
    },
  };
}
