import { readUtf8 } from '../engine/ingest/decode-text.js';

/**
 * True when the engine would read the bytes as text (its one rule: no NULs, few control
 * characters, at most a few invalid UTF-8 bytes), so start-up, the watcher and the adders
 * never disagree about a file. PDFs, images and archives fail it; an empty file passes
 * and is refused later, as holding no article text.
 */
export function isText(bytes: Uint8Array): boolean {
  return readUtf8(bytes).ok;
}
