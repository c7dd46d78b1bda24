import { readFile } from 'node:fs/promises';

export interface DevQaQuestion {
  q: string;
  /** Groups that must each have one alternative in the answer (case-insensitive). */
  all?: string[][];
  /** `false`: the articles do not answer it, the engine must abstain. */
  found?: boolean;
}

export interface DevQaSet {
  junk: string[];
  questions: DevQaQuestion[];
}

/** Reads ../shared/dev-qa.json. */
export async function readDevQa(path: string): Promise<DevQaSet> {
  const raw = JSON.parse(await readFile(path, 'utf8')) as Partial<DevQaSet>;
  if (!Array.isArray(raw.questions)) throw new Error(`${path} has no "questions" array`);
  return { junk: raw.junk ?? [], questions: raw.questions };
}
