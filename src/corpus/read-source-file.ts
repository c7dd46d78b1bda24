import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isArticleFile, type SourceFile } from '../engine/index.js';

/** Reads one article file; `name` is its path relative to the seeds folder. */
export async function readSourceFile(path: string, seedsDir: string): Promise<SourceFile> {
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  return {
    name: relative(seedsDir, path).split('\\').join('/'),
    bytes: new Uint8Array(bytes),
    mtimeMs: info.mtimeMs,
  };
}

/** The seeds folder's .txt and .md files (not recursive), in name order. */
async function listArticleNames(seedsDir: string): Promise<string[]> {
  return (await readdir(seedsDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && isArticleFile(entry.name))
    .map((entry) => entry.name)
    .sort();
}

/** Reads every .txt and .md file in the seeds folder (not recursive), in name order. */
export async function readSeedFiles(seedsDir: string): Promise<SourceFile[]> {
  const names = await listArticleNames(seedsDir);
  return Promise.all(names.map((name) => readSourceFile(join(seedsDir, name), seedsDir)));
}

/** An article file's name with the size and mtime `stat` gives: enough to tell it unchanged without reading it. */
export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

/** Lists the seeds folder's article files with their size and mtime, in name order, reading none of them. */
export async function statSeedFiles(seedsDir: string): Promise<FileStamp[]> {
  const names = await listArticleNames(seedsDir);
  const stamps = await Promise.all(
    names.map((name) =>
      stat(join(seedsDir, name)).then(
        (info) => ({ name, size: info.size, mtimeMs: info.mtimeMs }),
        () => null,
      ),
    ),
  );
  return stamps.filter((s): s is FileStamp => s !== null);
}
