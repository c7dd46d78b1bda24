import { miniSearchBm25 } from '../retrievers/minisearch-bm25.js';
import { naturalTfidf } from '../retrievers/natural-tfidf.js';
import type { ReaderKind } from './run-squad-reading.js';
import { sentenceReader } from './sentence-readers.js';

/** Readers compared on SQuAD given the gold paragraph, ours first. */
export const readerKinds: ReaderKind[] = [sentenceReader(naturalTfidf), sentenceReader(miniSearchBm25)];
