import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isArticleFile, type SourceFile } from '../engine/index.js';

/** Reads one article file; `name` is its path relative to the seeds folder. */
export async function readSourceFile(path: string, seedsDir: string): Promise<SourceFile> {
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  return { name: relative(seedsDir, path).split('\\').join('/'), bytes: new Uint8Array(bytes), mtimeMs: info.mtimeMs };
}

/** Reads every .txt and .md file in the seeds folder (not recursive), in name order. */
export async function readSeedFiles(seedsDir: string): Promise<SourceFile[]> {
  const names = (await readdir(seedsDir, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && isArticleFile(entry.name))
    .map((entry) => entry.name)
    .sort();
  return Promise.all(names.map((name) => readSourceFile(join(seedsDir, name), seedsDir)));
}
