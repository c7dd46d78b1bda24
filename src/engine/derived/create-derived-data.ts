import { findEntities, type Entity } from '../entities/find-entities.js';
import { createLeadLookup, topTerms, type LeadLookup } from '../entities/lead-lookup.js';
import { createNameLexicon, type NameLexicon, type NameLexiconJSON } from '../entities/name-lexicon.js';
import { passageIndexOf } from '../locate-passage.js';
import type { Article, Passage } from '../types.js';
import { derivedFingerprint } from './derived-version.js';
import {
  PackedDerived,
  PackedJSON,
  type ArticleDerivedJSON,
  type DerivedJSON,
  type SavedDerived,
} from './derived-json.js';
import { decodeEntities, encodeEntities } from './encode-entities.js';
import {
  articleText,
  findRawEntities,
  keyEndsOf,
  labelsOf,
  lastWord,
  leadOf,
  resolveEntities,
} from './derive-fresh.js';

export type { ArticleDerivedJSON, DerivedJSON, SavedDerived } from './derived-json.js';

export interface DerivedDeps {
  article(file: string): Article | undefined;
  /** Passages of a held article, without unpacking it. */
  passageCount(file: string): number | undefined;
  /** Ids of passages whose text may contain the lower-case word (a superset is fine). */
  passagesWithWord(word: string): Iterable<string>;
  passage(id: string): Passage | undefined;
  /** L2-normalised TF-IDF vector under the current corpus statistics. */
  vectorize(text: string): Map<string, number>;
}

const rawEntities = (a: Article) => a.passages.map((p) => findEntities(p.text));

/**
 * Entities, the name lexicon and event labels, computed once per article as it is added and
 * persisted with it. A change costs work in proportion to the article: the lexicon takes the
 * article's delta, and only passages that mention a name whose reading changed are re-resolved;
 * an article that names no event borrows the lead of the most similar one through an inverted
 * lookup, and is relabelled only when the article it borrowed from changes or goes.
 * Changes made between `begin()` and `settle()` are resolved together (a cold build or a patch).
 */
export function createDerivedData(deps: DerivedDeps, saved?: SavedDerived) {
  const reuse = saved?.fingerprint === derivedFingerprint() ? saved : undefined;
  // Read only by changes: a restored lexicon still packed is parsed on the first one.
  let savedLexicon = reuse?.lexicon;
  let built: NameLexicon | null = null;
  const lexicon = (): NameLexicon => {
    if (built) return built;
    built = createNameLexicon(
      savedLexicon instanceof PackedJSON ? (savedLexicon.parse() as NameLexiconJSON) : savedLexicon,
    );
    savedLexicon = undefined;
    return built;
  };
  // Restored articles' entities and labels stay packed until read (`full`).
  const perArticle = new Map<string, ArticleDerivedJSON | PackedDerived>();
  const full = (file: string): ArticleDerivedJSON | undefined => {
    const held = perArticle.get(file);
    if (!(held instanceof PackedDerived)) return held;
    const derived = held.unpack();
    perArticle.set(file, derived);
    return derived;
  };
  const borrowers = new Map<string, Set<string>>();
  // The similar-lead lookup is only needed when an article changes: built then, kept up to date after.
  let lookup: LeadLookup | null = null;
  // Pending work, done by settle().
  const fresh = new Map<string, Entity[][]>();
  // Each fresh passage's dates and amounts, found once for both entity passes (they need no lexicon).
  const freshQuantities = new Map<string, Entity[][]>();
  const relabel = new Set<string>();
  const changedKeys = new Set<string>();
  // Last words of the lexicon's keys (a superset once keys drop out): a passage holding none of them
  // resolves to its raw entities, so the entity finder is not run on it again.
  let keyEnds: Set<string> | null = null;
  const endsOfKeys = () => (keyEnds ??= keyEndsOf(lexicon().view));
  const noteChanged = (keys: Set<string>) => {
    for (const key of keys) {
      changedKeys.add(key);
      keyEnds?.add(lastWord(key));
    }
  };
  let batch = 0;

  const leads = (): LeadLookup => {
    if (lookup) return lookup;
    lookup = createLeadLookup();
    for (const [file, derived] of perArticle)
      if (derived.lead !== null && derived.terms) lookup.add(file, derived.lead, derived.terms);
    return lookup;
  };
  // Where the passage sits in its article's arrays.
  const positionOf = (p: Passage): number | undefined => {
    const passages = deps.article(p.article)?.passages;
    const at = passages ? passageIndexOf(passages, p.id) : -1;
    return at < 0 ? undefined : at;
  };
  const lend = (from: string, to: string) =>
    (borrowers.get(from) ?? borrowers.set(from, new Set()).get(from)!).add(to);
  const store = (file: string, derived: ArticleDerivedJSON | PackedDerived) => {
    perArticle.set(file, derived);
    if (derived.lead !== null && derived.terms) lookup?.add(file, derived.lead, derived.terms);
    if (derived.borrowedFrom) lend(derived.borrowedFrom, file);
  };
  const resolved = (p: Passage) => encodeEntities(p.text, findEntities(p.text, lexicon().view));

  function settle(): void {
    // Names whose reading changed: re-resolve the passages that mention them, outside the fresh articles.
    // (In a cold build every article is fresh, so there is nothing to revisit.)
    if (perArticle.size > 0) {
      for (const word of new Set([...changedKeys].map(lastWord))) {
        for (const id of deps.passagesWithWord(word)) {
          const p = deps.passage(id);
          const derived = p && !fresh.has(p.article) ? full(p.article) : undefined;
          const at = derived && p!.text.toLowerCase().includes(word) ? positionOf(p!) : undefined;
          if (at !== undefined) derived!.entities[at] = resolved(p!);
        }
      }
    }
    changedKeys.clear();
    // Leads first, so an article without one can borrow from any article added in the same batch.
    for (const [file, raw] of fresh) {
      const article = deps.article(file)!;
      const lead = leadOf(article, raw);
      const entities = resolveEntities(article, raw, freshQuantities.get(file), lexicon().view, endsOfKeys());
      const terms = lead === null ? undefined : topTerms(deps.vectorize(articleText(article)));
      store(file, { entities, labels: [], lead, ...(terms ? { terms } : {}) });
      relabel.add(file);
    }
    for (const file of relabel) {
      const article = deps.article(file);
      const derived = full(file);
      if (!article || !derived) continue;
      let fallback = derived.lead;
      delete derived.borrowedFrom;
      if (fallback === null) {
        const similar = leads().mostSimilar(deps.vectorize(articleText(article)), file);
        fallback = similar?.lead ?? null;
        derived.borrowedFrom = similar?.file ?? null;
        if (similar) lend(similar.file, file);
      }
      derived.labels = labelsOf(article, fresh.get(file) ?? rawEntities(article), fallback);
    }
    fresh.clear();
    freshQuantities.clear();
    relabel.clear();
  }

  const done = () => batch === 0 && settle();

  if (reuse) {
    for (const [file, derived] of Object.entries(reuse.articles)) {
      const count = deps.passageCount(file);
      const saved = derived instanceof PackedDerived ? derived.passages : derived.entities.length;
      if (count !== undefined && saved === count) store(file, derived);
    }
  }

  return {
    /** Articles held without derived data (none saved, or saved by another entity finder): to be added. */
    missing: (files: Iterable<string>) => [...files].filter((file) => !perArticle.has(file)),
    begin(): void {
      batch++;
    },
    settle(): void {
      batch = Math.max(0, batch - 1);
      done();
    },
    /** Derives an article just added to the engine. */
    add(article: Article): void {
      const { quantities, raw } = findRawEntities(article);
      noteChanged(lexicon().add(raw.flat()));
      fresh.set(article.file, raw);
      freshQuantities.set(article.file, quantities);
      done();
    },
    /** Forgets an article still held by the engine (call before dropping its passages). */
    remove(article: Article): void {
      const derived = perArticle.get(article.file);
      if (!derived && !fresh.has(article.file)) return;
      const raw = fresh.get(article.file) ?? rawEntities(article);
      noteChanged(lexicon().remove(raw.flat()));
      fresh.delete(article.file);
      freshQuantities.delete(article.file);
      perArticle.delete(article.file);
      lookup?.remove(article.file);
      if (derived?.borrowedFrom) borrowers.get(derived.borrowedFrom)?.delete(article.file);
      for (const borrower of borrowers.get(article.file) ?? []) relabel.add(borrower);
      borrowers.delete(article.file);
      relabel.delete(article.file);
      done();
    },
    entitiesOf(p: Passage): Entity[] {
      const at = positionOf(p);
      const encoded = at === undefined ? undefined : full(p.article)?.entities[at];
      return encoded ? decodeEntities(p.text, encoded) : [];
    },
    eventOf(p: Passage): string | null {
      const at = positionOf(p);
      return (at === undefined ? undefined : full(p.article)?.labels[at]) ?? null;
    },
    /** The entity finder's fingerprint the data is (re)computed under. */
    fingerprint: () => derivedFingerprint(),
    /** The persisted derived data of one article (tests compare these across changes). */
    ofArticle: full,
    toJSON: (): DerivedJSON => ({
      fingerprint: derivedFingerprint(),
      lexicon: lexicon().toJSON(),
      articles: Object.fromEntries([...perArticle.keys()].map((file) => [file, full(file)!])),
    }),
    /** As `toJSON`, leaving packed what is still packed (a binary snapshot copies it as it came). */
    toSaved: (): SavedDerived => ({
      fingerprint: derivedFingerprint(),
      lexicon: savedLexicon instanceof PackedJSON ? savedLexicon : lexicon().toJSON(),
      articles: Object.fromEntries(perArticle),
    }),
  };
}

export type DerivedData = ReturnType<typeof createDerivedData>;
