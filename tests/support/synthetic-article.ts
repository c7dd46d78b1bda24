import type { SourceFile } from '../../src/engine/index.js';

/** An article file made in the test, for cases the seed articles do not have. */
export function syntheticArticle(name: string, text: string): SourceFile {
  return { name, bytes: new TextEncoder().encode(text), mtimeMs: 1 };
}
