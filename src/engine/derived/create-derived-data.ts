import { findEntities, type Entity } from '../entities/find-entities.js';
import { labelEvents, leadEvent } from '../entities/label-events.js';
import { createLeadLookup, topTerms, type TopTerms } from '../entities/lead-lookup.js';
import { createNameLexicon, type NameLexiconJSON } from '../entities/name-lexicon.js';
import type { Article, Passage } from '../types.js';
import { derivedFingerprint } from './derived-version.js';
import { decodeEntities, encodeEntities, type EncodedEntity } from './encode-entities.js';

/** What one article contributes, persisted with it. Arrays follow `article.passages`. */
export interface ArticleDerivedJSON {
  /** Entities per passage, names resolved against the corpus lexicon. */
  entities: EncodedEntity[][];
  /** Event label per passage. */
  labels: Array<string | null>;
  /** The first named event the article mentions. */
  lead: string | null;
  /** Top TF-IDF terms, for articles with a lead (others borrow it by similarity). */
  terms?: TopTerms;
  /** The article whose lead this one borrowed, for articles without one. */
  borrowedFrom?: string | null;
}

/** Persisted derived data; reused only when `fingerprint` matches the running entity finder. */
export interface DerivedJSON {
  fingerprint: string;
  lexicon: NameLexiconJSON;
  articles: Record<string, ArticleDerivedJSON>;
}

export interface DerivedDeps {
  article(file: string): Article | undefined;
  /** Passages whose text may contain the lower-case word (a superset is fine). */
  passagesWithWord(word: string): Iterable<Passage>;
  /** L2-normalised TF-IDF vector under the current corpus statistics. */
  vectorize(text: string): Map<string, number>;
}

const articleText = (a: Article) => a.passages.map((p) => p.text).join(' ');
const rawEntities = (a: Article) => a.passages.map((p) => findEntities(p.text));
const lastWord = (key: string) => key.slice(key.lastIndexOf(' ') + 1);

/**
 * Entities, the name lexicon and event labels, computed once per article as it is added and
 * persisted with it. A change costs work in proportion to the article: the lexicon takes the
 * article's delta, and only passages that mention a name whose reading changed are re-resolved;
 * an article that names no event borrows the lead of the most similar one through an inverted
 * lookup, and is relabelled only when the article it borrowed from changes or goes.
 * Changes made between `begin()` and `settle()` are resolved together (a cold build or a patch).
 */
export function createDerivedData(deps: DerivedDeps, saved?: DerivedJSON) {
  const reuse = saved?.fingerprint === derivedFingerprint() ? saved : undefined;
  const lexicon = createNameLexicon(reuse?.lexicon);
  const lookup = createLeadLookup();
  const perArticle = new Map<string, ArticleDerivedJSON>();
  const entities = new Map<string, EncodedEntity[]>();
  const labels = new Map<string, string | null>();
  const borrowers = new Map<string, Set<string>>();
  // Pending work, done by settle().
  const fresh = new Map<string, Entity[][]>();
  const relabel = new Set<string>();
  const changedKeys = new Set<string>();
  let batch = 0;

  const lend = (from: string, to: string) => (borrowers.get(from) ?? borrowers.set(from, new Set()).get(from)!).add(to);
  const store = (article: Article, derived: ArticleDerivedJSON) => {
    perArticle.set(article.file, derived);
    article.passages.forEach((p, i) => {
      entities.set(p.id, derived.entities[i] ?? []);
      labels.set(p.id, derived.labels[i] ?? null);
    });
    if (derived.lead !== null && derived.terms) lookup.add(article.file, derived.lead, derived.terms);
    if (derived.borrowedFrom) lend(derived.borrowedFrom, article.file);
  };
  const resolve = (p: Passage) => entities.set(p.id, encodeEntities(p.text, findEntities(p.text, lexicon.view)));

  function settle(): void {
    // Names whose reading changed: re-resolve the passages that mention them, outside the fresh articles.
    for (const word of new Set([...changedKeys].map(lastWord))) {
      for (const p of deps.passagesWithWord(word)) if (!fresh.has(p.article) && perArticle.has(p.article)) resolve(p);
    }
    changedKeys.clear();
    // Leads first, so an article without one can borrow from any article added in the same batch.
    for (const [file, raw] of fresh) {
      const article = deps.article(file)!;
      const byId = new Map(article.passages.map((p, i) => [p.id, raw[i]!]));
      const lead = leadEvent(article, (p) => byId.get(p.id) ?? []);
      const terms = lead === null ? undefined : topTerms(deps.vectorize(articleText(article)));
      article.passages.forEach(resolve);
      store(article, { entities: article.passages.map((p) => entities.get(p.id)!), labels: [], lead, ...(terms ? { terms } : {}) });
      relabel.add(file);
    }
    for (const file of relabel) {
      const article = deps.article(file);
      const derived = perArticle.get(file);
      if (!article || !derived) continue;
      const raw = fresh.get(file) ?? rawEntities(article);
      const byId = new Map(article.passages.map((p, i) => [p.id, raw[i]!]));
      let fallback = derived.lead;
      derived.borrowedFrom = undefined;
      if (fallback === null) {
        const similar = lookup.mostSimilar(deps.vectorize(articleText(article)), file);
        fallback = similar?.lead ?? null;
        derived.borrowedFrom = similar?.file ?? null;
        if (similar) lend(similar.file, file);
      }
      const byPassage = labelEvents(article, (p) => byId.get(p.id) ?? [], fallback);
      derived.labels = article.passages.map((p) => byPassage.get(p.id) ?? null);
      article.passages.forEach((p, i) => labels.set(p.id, derived.labels[i]!));
    }
    fresh.clear();
    relabel.clear();
  }

  const done = () => batch === 0 && settle();

  if (reuse) {
    for (const [file, derived] of Object.entries(reuse.articles)) {
      const article = deps.article(file);
      if (article && derived.entities.length === article.passages.length) store(article, derived);
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
      const raw = rawEntities(article);
      for (const key of lexicon.add(raw.flat())) changedKeys.add(key);
      fresh.set(article.file, raw);
      done();
    },
    /** Forgets an article still held by the engine (call before dropping its passages). */
    remove(article: Article): void {
      const derived = perArticle.get(article.file);
      if (!derived && !fresh.has(article.file)) return;
      const raw = fresh.get(article.file) ?? rawEntities(article);
      for (const key of lexicon.remove(raw.flat())) changedKeys.add(key);
      fresh.delete(article.file);
      perArticle.delete(article.file);
      lookup.remove(article.file);
      for (const p of article.passages) {
        entities.delete(p.id);
        labels.delete(p.id);
      }
      if (derived?.borrowedFrom) borrowers.get(derived.borrowedFrom)?.delete(article.file);
      for (const borrower of borrowers.get(article.file) ?? []) relabel.add(borrower);
      borrowers.delete(article.file);
      relabel.delete(article.file);
      done();
    },
    entitiesOf: (p: Passage): Entity[] => decodeEntities(p.text, entities.get(p.id) ?? []),
    eventOf: (p: Passage): string | null => labels.get(p.id) ?? null,
    /** The persisted derived data of one article (tests compare these across changes). */
    ofArticle: (file: string): ArticleDerivedJSON | undefined => perArticle.get(file),
    toJSON: (): DerivedJSON => ({ fingerprint: derivedFingerprint(), lexicon: lexicon.toJSON(), articles: Object.fromEntries(perArticle) }),
  };
}

export type DerivedData = ReturnType<typeof createDerivedData>;
