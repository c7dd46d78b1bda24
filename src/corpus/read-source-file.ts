import { statSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
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

/**
 * An article file's name with the size and mtime `stat` gives: enough to tell it unchanged without reading
 * it.
 */
export interface FileStamp {
  name: string;
  size: number;
  mtimeMs: number;
}

/** A file gone or unreadable since the listing is left out, as one that was never there. */
function statOrNull(path: string): { size: number; mtimeMs: number } | null {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

/** Files stat'ed between two turns of the event loop. */
const STAT_BATCH = 1000;

/**
 * Lists the seeds folder's article files with their size and mtime, in name order, reading none of them.
 * Synchronous stat calls in batches: a promise per file costs several times the CPU at 19k files,
 * and yielding between batches keeps health checks and acks answered.
 */
export async function statSeedFiles(seedsDir: string): Promise<FileStamp[]> {
  const names = await listArticleNames(seedsDir);
  const stamps: FileStamp[] = [];
  for (let i = 0; i < names.length; i += STAT_BATCH) {
    if (i > 0) await nextTurn();
    for (const name of names.slice(i, i + STAT_BATCH)) {
      const info = statOrNull(join(seedsDir, name));
      if (info) stamps.push({ name, size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  return stamps;
}
