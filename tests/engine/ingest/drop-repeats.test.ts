import { dropRepeats } from '../../../src/engine/ingest/drop-repeats.js';
import { splitLines, trimLine } from '../../../src/engine/ingest/split-lines.js';

const kept = (text: string, title: string | null, titleLine: number | null = null) =>
  dropRepeats(splitLines(text).map(trimLine), title, titleLine)
    .map((l) => l.text)
    .filter(Boolean);

const BODY =
  '"We agreed to pool funding for new refineries and to share processing technology," the minister said after the talks.';

describe('dropRepeats', () => {
  test('drops a pull-quote that repeats a body sentence, with or without its attribution', () => {
    expect(kept(`"We agreed to pool funding for new refineries" - Jane Doe\n\n${BODY}`, null)).toEqual([
      BODY,
    ]);
    expect(
      kept(
        `“We agreed to pool funding for new refineries and to share processing technology”\n${BODY}`,
        null,
      ),
    ).toEqual([BODY]);
  });

  test('drops repeats of the headline but keeps the line the title was taken from', () => {
    const text = 'Cobalt talks end in deal\nMinisters met in Lima this week.\nCobalt talks end in deal\n';
    expect(kept(text, 'Cobalt talks end in deal', 0)).toEqual([
      'Cobalt talks end in deal',
      'Ministers met in Lima this week.',
    ]);
  });

  test('keeps short phrases and lines that merely share words', () => {
    const text = `Talks went well.\n${BODY}\nThe minister said the funding will go to refineries in three states.`;
    expect(kept(text, null)).toEqual(text.split('\n'));
  });
});
