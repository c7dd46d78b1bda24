import { findSource, tidySourceName } from '../../../src/engine/ingest/find-source.js';
import { splitLines, trimLine } from '../../../src/engine/ingest/split-lines.js';

const source = (text: string) => findSource(splitLines(text).map(trimLine));

describe('findSource', () => {
  test.each([
    ['Body text.\nSOURCE – TIMES OF INDIA\n', 'Times of India'],
    ['Body text.\n\n- ANI\n', 'ANI'],
    ['Body text.\n\n— PTI\n', 'PTI'],
    ['Body text.\n(With inputs from ANI)', 'ANI'],
    ['Body text.\n(With inputs from agencies)\n', 'agencies'],
    ['Body text.\nSource: Reuters\n', 'Reuters'],
    ['Body text.\n(PTI)\n', 'PTI'],
  ])('%j names %s', (text, expected) => {
    const found = source(text);
    expect(found.source).toBe(expected);
    expect(found.lineIndexes).toHaveLength(1);
  });

  test('an agency named inside a sentence, or a short dash bullet list, is not a source', () => {
    expect(source('Speaking to ANI after the meeting, he said so.\n').source).toBeNull();
    expect(source('The list:\n- Lithium\n- Cobalt\n- Nickel\n').source).toBeNull();
  });

  test('tidySourceName title-cases shouted multi-word names and keeps acronyms', () => {
    expect(tidySourceName('THE ECONOMIC TIMES')).toBe('The Economic Times');
    expect(tidySourceName('ANI')).toBe('ANI');
    expect(tidySourceName('Mining  Weekly')).toBe('Mining Weekly');
  });
});
