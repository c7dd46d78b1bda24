import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddOutcome, ArticleAdder } from './add-article.js';
import type { ExtractedArticle } from './extract-article.js';
import { articleFileName, formatArticleFile, slugify } from './format-article-file.js';
import { IngestError } from './ingest-error.js';
import { hasArticleExtension, isArticleFile, isText } from '../engine/index.js';

/** One file's fate. */
export type PathOutcome = { path: string } & ({ outcome: AddOutcome } | { error: IngestError });

const HTML = new Set(['.html', '.htm']);

function safeName(path: string): string {
  const ext = extname(path).toLowerCase();
  const base = basename(path, extname(path));
  return /^[\w.-]+$/.test(base) ? `${base}${ext}` : `${slugify(base)}${ext}`;
}

type Extract = (html: string, url: string) => Promise<ExtractedArticle>;

async function prepare(path: string, bytes: Uint8Array, extract: Extract) {
  const ext = extname(path).toLowerCase();
  if (!isText(bytes)) throw new IngestError(`${path} is not a UTF-8 text file`, 'not_text');
  if (hasArticleExtension(path)) return { name: safeName(path), bytes };
  if (HTML.has(ext)) {
    const page = await extract(new TextDecoder().decode(bytes), pathToFileURL(path).toString());
    const text = formatArticleFile({ ...page, url: null }, page.paragraphs);
    return { name: articleFileName(page.title, text), bytes: new TextEncoder().encode(text) };
  }
  throw new IngestError(`${path} is not an article file (.txt, .md, .html)`, 'not_text');
}

/**
 * Adds local article files: a .txt/.md file as it is, an .html file through the same
 * extraction as a URL, a folder as every such file directly inside it (sorted by name).
 * One bad file is reported and skipped; the rest still go in.
 */
export async function ingestPath(
  deps: { adder: ArticleAdder; extract: Extract },
  path: string,
): Promise<PathOutcome[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return [{ path, error: new IngestError(`${path} does not exist`, 'not_found') }];
  }
  const files = info.isDirectory()
    ? (await readdir(path, { withFileTypes: true }))
        .filter(
          (d) =>
            d.isFile() &&
            !d.name.startsWith('.') &&
            (isArticleFile(d.name) || HTML.has(extname(d.name).toLowerCase())),
        )
        .map((d) => join(path, d.name))
        .sort()
    : [path];
  const out: PathOutcome[] = [];
  for (const file of files) {
    try {
      const input = await prepare(file, await readFile(file), deps.extract);
      out.push({ path: file, outcome: await deps.adder.add(input) });
    } catch (error) {
      if (!(error instanceof IngestError)) throw error;
      out.push({ path: file, error });
    }
  }
  return out;
}
