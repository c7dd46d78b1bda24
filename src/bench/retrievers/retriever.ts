import type { BenchDoc } from '../data/read-scifact.js';

/** A search engine under test, behind one shape so every benchmark feeds all engines identical input. */
export interface Retriever {
  /** Indexes the documents (ids must be unique). */
  addAll(docs: BenchDoc[]): void;
  /** Ids of the best `limit` documents, best first. */
  search(query: string, limit: number): string[];
  /** The index as the engine persists it. */
  serialize(): string;
}

/** How to make and reload one engine. */
export interface RetrieverKind {
  /** Short label used in tables and on the command line. */
  name: string;
  create(): Retriever;
  load(serialized: string): Retriever;
}
