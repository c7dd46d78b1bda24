import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseQrels, readSciFact } from '../../../src/bench/data/read-scifact.js';

describe('SciFact reader', () => {
  test('qrels: header skipped, grades kept per query', () => {
    const qrels = parseQrels('query-id\tcorpus-id\tscore\n1\td1\t1\n1\td2\t2\n3\td9\t1\n');
    expect([...qrels.keys()]).toEqual(['1', '3']);
    expect(qrels.get('1')?.get('d2')).toBe(2);
  });

  test('documents are title + " " + text; only judged queries are kept', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scifact-'));
    try {
      await mkdir(join(dir, 'qrels'));
      await writeFile(
        join(dir, 'corpus.jsonl'),
        '{"_id": "d1", "title": "Cells", "text": "divide."}\n{"_id": "d2", "title": "Mice", "text": "run."}\n',
      );
      await writeFile(
        join(dir, 'queries.jsonl'),
        '{"_id": "1", "text": "cells divide"}\n{"_id": "2", "text": "unjudged"}\n',
      );
      await writeFile(join(dir, 'qrels', 'test.tsv'), 'query-id\tcorpus-id\tscore\n1\td1\t1\n');
      const set = await readSciFact(dir);
      expect(set.docs).toEqual([
        { id: 'd1', text: 'Cells divide.' },
        { id: 'd2', text: 'Mice run.' },
      ]);
      expect(set.queries).toEqual([{ id: '1', text: 'cells divide' }]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
