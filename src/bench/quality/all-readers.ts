import { miniSearchBm25 } from '../retrievers/minisearch-bm25.js';
import { naturalTfidf } from '../retrievers/natural-tfidf.js';
import type { ReaderKind } from './run-squad-reading.js';
import { sentenceReader } from './sentence-readers.js';
import { spanReader } from './span-reader.js';

/** Readers compared on SQuAD given the gold paragraph, ours first. */
export const readerKinds: ReaderKind[] = [
  spanReader,
  sentenceReader(naturalTfidf),
  sentenceReader(miniSearchBm25),
];
