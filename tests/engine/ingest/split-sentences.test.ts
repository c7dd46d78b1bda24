import { MAX_PASSAGE, splitSentences } from '../../../src/engine/ingest/split-sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  test.each([
    ['The U.S. Treasury hosted it. Then it ended.', ['The U.S. Treasury hosted it.', 'Then it ended.']],
    ['Mr. Smith met Dr. Jones on Jan. 12 at No. 5 Downing St. in London.', null],
    ['J.P. Morgan rose 2.5 percent, e.g. on news.', null],
    ['The E.U. Council met. I met John F. Kennedy.', ['The E.U. Council met.', 'I met John F. Kennedy.']],
    ['S. Jaishankar met A. Blinken. They talked.', ['S. Jaishankar met A. Blinken.', 'They talked.']],
    [
      'Sen. Warren and Gov. Newsom spoke. Then Prof. Li agreed.',
      ['Sen. Warren and Gov. Newsom spoke.', 'Then Prof. Li agreed.'],
    ],
    ['It cost Rs. 7,280 crore. That is big.', ['It cost Rs. 7,280 crore.', 'That is big.']],
    ['They met on Feb. 2. He said so.', ['They met on Feb. 2.', 'He said so.']],
    [
      'The talks ended. No. 10 Downing Street said nothing.',
      ['The talks ended.', 'No. 10 Downing Street said nothing.'],
    ],
    [
      'It was at 10 a.m. on Monday. Then at 5 p.m. he left.',
      ['It was at 10 a.m. on Monday.', 'Then at 5 p.m. he left.'],
    ],
    ['What is it? It is this! Really...', ['What is it?', 'It is this!', 'Really...']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected ?? [text]);
  });

  test('closing quotes stay with their sentence, and a quote followed by its attribution stays whole', () => {
    expect(sentences('He said, “It is good.” Then he left.')).toEqual([
      'He said, “It is good.”',
      'Then he left.',
    ]);
    const attributed = '"India will be invited to join as a full member next month.", Gor said.';
    expect(sentences(attributed)).toEqual([attributed]);
  });

  test('a sentence broken by a line break stays one sentence, and ranges index the text exactly', () => {
    const text = '  India will host the summit on People, Planet and\nProgress. Next one.\u00a0';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'India will host the summit on People, Planet and\nProgress.',
      'Next one.',
    ]);
  });

  test('text without sentence punctuation is cut at word boundaries into bounded pieces', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    const text = words.join(' ');
    const pieces = sentences(text);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(MAX_PASSAGE);
      expect(piece).toBe(piece.trim());
    }
    // Every piece but the remainder is at least 300 characters long.
    for (const piece of pieces.slice(0, -1)) expect(piece.length).toBeGreaterThanOrEqual(300);
    expect(pieces.join(' ')).toBe(text);
  });

  test('long punctuated text split across segmenter windows loses and repeats nothing', () => {
    const text = Array.from(
      { length: 3000 },
      (_, i) => `Sentence number ${i} is about the U.S. Treasury.`,
    ).join(' ');
    const got = sentences(text);
    expect(got.length).toBe(3000);
    expect(got[1234]).toBe('Sentence number 1234 is about the U.S. Treasury.');
  });

  test('nothing readable gives no sentences', () => {
    expect(splitSentences('  ... — \n ')).toEqual([]);
  });
});
