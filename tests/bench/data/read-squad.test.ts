import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSquad } from '../../../src/bench/data/read-squad.js';

describe('SQuAD reader', () => {
  test('flattens paragraphs and links questions to their paragraph', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'squad-'));
    const file = join(dir, 'dev.json');
    const qa = (id: string, start: number, text: string) => ({
      id,
      question: `q${id}`,
      answers: [{ answer_start: start, text }],
    });
    try {
      await writeFile(
        file,
        JSON.stringify({
          version: '1.1',
          data: [
            {
              title: 'A',
              paragraphs: [
                { context: 'P zero.', qas: [qa('1', 0, 'P')] },
                { context: 'P one.', qas: [] },
              ],
            },
            { title: 'B', paragraphs: [{ context: 'P two.', qas: [qa('2', 2, 'two'), qa('3', 0, 'P')] }] },
          ],
        }),
      );
      const set = await readSquad(file);
      expect(set.paragraphs).toEqual(['P zero.', 'P one.', 'P two.']);
      expect(set.questions.map((q) => [q.id, q.paragraph])).toEqual([
        ['1', 0],
        ['2', 2],
        ['3', 2],
      ]);
      expect(set.questions[1]?.answers).toEqual([{ text: 'two', start: 2 }]);
      expect(set.questions.every((q) => !q.impossible)).toBe(true);
      await writeFile(file, '{"version": "x"}');
      await expect(readSquad(file)).rejects.toThrow(/not a SQuAD file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('reads SQuAD v2.0 unanswerable questions as impossible with no gold answers', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'squad2-'));
    const file = join(dir, 'dev.json');
    try {
      const qas = [
        { id: 'y', question: 'q?', answers: [{ text: 'P', answer_start: 0 }], is_impossible: false },
        {
          id: 'n',
          question: 'r?',
          answers: [],
          plausible_answers: [{ text: 'P', answer_start: 0 }],
          is_impossible: true,
        },
      ];
      await writeFile(
        file,
        JSON.stringify({
          version: 'v2.0',
          data: [{ title: 'A', paragraphs: [{ context: 'P zero.', qas }] }],
        }),
      );
      const set = await readSquad(file);
      expect(set.questions.map((q) => [q.id, q.impossible, q.answers.length])).toEqual([
        ['y', false, 1],
        ['n', true, 0],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
