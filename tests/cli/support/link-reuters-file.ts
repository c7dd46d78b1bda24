import { mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REUTERS = new URL('../../../../shared/bench/reuters21578', import.meta.url).pathname;

/**
 * A new temp folder (named from `prefix`) holding one Reuters-21578 file of the shared bench folder,
 * linked, never copied into the repository. The caller removes the folder.
 */
export async function linkOneReutersFile(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  await symlink(join(REUTERS, 'reut2-000.sgm'), join(dir, 'reut2-000.sgm'));
  return dir;
}
