import type { Entity } from '../entities/find-entities.js';
import { createNameLexicon } from '../entities/name-lexicon.js';
import { analyzeText } from '../index/analyze-text.js';
import { defaultIndexOptions, type IndexOptions } from '../index/search-index.js';
import { countTerms } from '../index/term-vector.js';
import { jsonToBytes, writePieces, writeSnapshot } from '../snapshot/snapshot-bytes.js';
import type { Article } from '../types.js';
import {
  articleText,
  findRawEntities,
  keyEndsOf,
  labelsOf,
  leadOf,
  resolveEntities,
} from './derive-fresh.js';
import { derivedFingerprint } from './derived-version.js';

/** Layout of the bytes below; `completeDerived` refuses any other. */
export const PART_VERSION = 1;

/** What the part reads of an ingested article (all a worker thread needs to be sent). */
export type DerivableArticle = Pick<Article, 'file' | 'hash' | 'passages'>;

/** `[file, hash, passages, lead]` per article, in the order they were added. */
export type PartRow = [string, string, number, string | null];

/**
 * What a cold build derives from freshly ingested articles without the search index, computed
 * apart from it (in a worker thread, while the index is built): the name lexicon, each passage's
 * entities, each article's lead event, the labels of articles that have a lead, and the term counts
 * of each article's text. `completeDerived` finishes it against the index (top terms, borrowed
 * leads). Articles must be added in the order the engine holds them.
 */
export function createDerivedPart(indexOptions: Partial<IndexOptions> = {}) {
  const options: IndexOptions = { ...defaultIndexOptions, ...indexOptions };
  const lexicon = createNameLexicon();
  const rows: PartRow[] = [];
  const fresh: Array<{ article: DerivableArticle; quantities: Entity[][]; raw: Entity[][] }> = [];
  const labels: Array<Array<string | null> | null> = [];
  const terms = new Map<string, number>();
  // Per article: how many terms, then (term number, count) for each.
  const counts: number[] = [];

  return {
    /** The first entity pass over articles just ingested, and all else that needs no other article. */
    add(articles: readonly DerivableArticle[]): void {
      for (const article of articles) {
        const { quantities, raw } = findRawEntities(article);
        lexicon.add(raw.flat());
        fresh.push({ article, quantities, raw });
        const lead = leadOf(article, raw);
        rows.push([article.file, article.hash, article.passages.length, lead]);
        // Without a lead, every label is the lead borrowed later: only the entities are written.
        labels.push(lead === null ? null : labelsOf(article, raw, lead));
        const counted = countTerms(analyzeText(articleText(article), options));
        counts.push(counted.size);
        for (const [term, freq] of counted) {
          let id = terms.get(term);
          if (id === undefined) terms.set(term, (id = terms.size));
          counts.push(id, freq);
        }
      }
    },
    /** The second pass, once every article is added, as bytes (transferable to another thread). */
    toBytes(): Uint8Array {
      const ends = keyEndsOf(lexicon.view);
      const bodies = fresh.splice(0).map(({ article, quantities, raw }, i) => {
        const entities = resolveEntities(article, raw, quantities, lexicon.view, ends);
        return jsonToBytes(labels[i] ? [entities, labels[i]] : entities);
      });
      return writeSnapshot(
        { version: PART_VERSION, fingerprint: derivedFingerprint(), options },
        {
          'part.rows': { kind: 'json', value: rows },
          'part.lexicon': { kind: 'json', value: lexicon.toJSON() },
          'part.terms': { kind: 'strings', value: [...terms.keys()] },
          'part.counts': { kind: 'u32', value: Uint32Array.from(counts) },
          ...writePieces('part.bodies', bodies),
        },
      );
    },
  };
}

export type DerivedPart = ReturnType<typeof createDerivedPart>;
