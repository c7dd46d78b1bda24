import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReutersSgml, readReuters } from '../../../src/bench/data/read-reuters.js';

const record = (id: number, inner: string) =>
  `<REUTERS TOPICS="YES" NEWID="${id}">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>&#2;\n${inner}</TEXT>\n</REUTERS>\n`;

const sgml =
  '<!DOCTYPE lewis SYSTEM "lewis.dtd">\n' +
  record(
    1,
    '<TITLE>BAHIA COCOA &lt;REVIEW&gt;</TITLE>\n<BODY>Showers continued in\nthe Bahia &amp; zone.\n Reuter\n&#3;</BODY>',
  ) +
  record(2, '<TITLE>NO BODY HERE</TITLE>') +
  record(3, '<BODY>Untitled story.</BODY>');

describe('Reuters-21578 reader', () => {
  test('parses records, decodes entities, drops control codes and the "Reuter" sign-off', () => {
    const stories = parseReutersSgml(sgml);
    expect(stories.map((s) => s.id)).toEqual(['1', '3']);
    expect(stories[0]).toEqual({
      id: '1',
      date: '26-FEB-1987 15:01:01.79',
      title: 'BAHIA COCOA <REVIEW>',
      body: 'Showers continued in\nthe Bahia & zone.',
    });
    expect(stories[1]?.title).toBe('');
  });

  test('reads reut2-*.sgm files in name order and honours maxFiles', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reuters-'));
    try {
      await writeFile(join(dir, 'reut2-001.sgm'), record(9, '<BODY>Second file.</BODY>'));
      await writeFile(join(dir, 'reut2-000.sgm'), sgml);
      await writeFile(join(dir, 'README.txt'), 'not a story');
      expect((await readReuters(dir)).map((s) => s.id)).toEqual(['1', '3', '9']);
      expect((await readReuters(dir, { maxFiles: 1 })).map((s) => s.id)).toEqual(['1', '3']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('an empty folder is a clear error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'reuters-'));
    try {
      await expect(readReuters(dir)).rejects.toThrow(/no reut2-\*\.sgm files/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
