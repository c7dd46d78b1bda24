import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import type { Article } from '../../../src/engine/types.js';

const SEEDS = 'seeds';
const names = readdirSync(SEEDS)
  .filter((n) => n.endsWith('.txt'))
  .sort();
const bytesOf = (name: string) => new Uint8Array(readFileSync(`${SEEDS}/${name}`));
const decoded = (name: string) => new TextDecoder().decode(bytesOf(name));
const results = new Map(names.map((name) => [name, ingestFile({ name, bytes: bytesOf(name), mtimeMs: 1 })]));
const seed = (prefix: string): Article => {
  const name = names.find((n) => n.startsWith(prefix))!;
  return results.get(name)!.article!;
};
const allText = (a: Article) => a.passages.map((p) => p.text).join('\n');
const junk: string[] = JSON.parse(readFileSync('../shared/dev-qa.json', 'utf8')).junk;

describe('ingestFile on the seed articles', () => {
  test('every seed is ingested without warnings, with passages', () => {
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const [name, result] of results) {
      expect(result.warnings).toEqual([]);
      expect(result.article?.file).toBe(name);
      expect(result.article!.passages.length).toBeGreaterThan(3);
    }
  });

  test('every passage and paragraph slices the decoded text exactly, with ids in order', () => {
    for (const name of names) {
      const text = decoded(name);
      const article = results.get(name)!.article!;
      for (const p of article.paragraphs) expect(text.slice(p.start, p.end)).toBe(p.text);
      for (const p of article.passages) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        expect(p.id).toBe(`${name}#${p.paragraph}.${p.sentence}`);
        expect(p.article).toBe(name);
        expect(p.text).toBe(p.text.trim());
      }
      expect(new Set(article.passages.map((p) => p.id)).size).toBe(article.passages.length);
    }
  });

  test('hash is the sha-256 of the bytes and mtime is kept', () => {
    for (const name of names) {
      const article = results.get(name)!.article!;
      expect(article.hash).toBe(createHash('sha256').update(bytesOf(name)).digest('hex'));
      expect(article.mtimeMs).toBe(1);
    }
  });

  test('no page clutter from the dev-qa junk list survives in any passage or heading', () => {
    for (const article of names.map((n) => results.get(n)!.article!)) {
      const text = article.passages
        .map((p) => `${p.heading ?? ''}\n${p.text}`)
        .join('\n')
        .toLowerCase();
      for (const line of junk)
        expect({ file: article.file, found: text.includes(line.toLowerCase()) ? line : null }).toEqual({
          file: article.file,
          found: null,
        });
    }
  });

  test('titles come from the headline line, or the first sentence when the file has none', () => {
    expect(seed('002').title).toBe(decoded(names[2]!).split('\n')[0]!.trim());
    expect(seed('003').title).toMatch(/^Explained \| Why the India.US Critical Minerals Push Matters Now$/);
    expect(seed('001').title).toMatch(/^Strengthening critical mineral supply chains/);
    expect(seed('000').title).toMatch(/^The US-India Strategic Partnership Forum \(USISPF\) has welcomed/);
    expect(seed('000').title.length).toBeLessThanOrEqual(121);
  });

  test('sources: Times of India for 004, ANI for 002 and 003, none named in 000', () => {
    expect(seed('004').source).toBe('Times of India');
    expect(seed('002').source).toBe('ANI');
    expect(seed('003').source).toBe('ANI');
    expect(seed('000').source).toBeNull();
    // The source lines are metadata, not passages.
    expect(allText(seed('004'))).not.toMatch(/SOURCE/);
    expect(allText(seed('002'))).not.toMatch(/^- ANI$/m);
    expect(allText(seed('003'))).not.toMatch(/With inputs from/);
    // "Speaking to ANI" inside a sentence stays news text.
    expect(allText(seed('002'))).toMatch(/Speaking to ANI after the meeting/);
  });

  test('dates: dateline, stated dates, ranges, month-only dates and inferred years', () => {
    const a002 = seed('002');
    expect(a002.dateline).toBe('Washington DC, January 13');
    expect(a002.published).toBe('2026-01-13');
    expect(a002.eventDates).toContain('2025-12');
    // "On Monday" resolved against the dateline (13 January 2026 was a Tuesday).
    expect(a002.eventDates).toContain('2026-01-12');
    expect(seed('004').eventDates).toContain('2026-01-12');
    expect(seed('001').eventDates).toEqual(expect.arrayContaining(['2026-02-19', '2026-02-20']));
    expect(seed('003').eventDates).toEqual(expect.arrayContaining(['2026-02-02', '2026-02-04']));
    expect(seed('000').eventDates).toEqual([]);
    // The dateline is metadata, not a passage.
    expect(a002.passages.some((p) => p.text === 'Washington DC, January 13')).toBe(false);
  });

  test('no news sentence is lost: every sentence of seed 000 survives verbatim', () => {
    const article = seed('000');
    const passages = new Set(article.passages.map((p) => p.text));
    const sentences = decoded(names[0]!)
      .split('\n')
      .filter((l) => l.trim())
      .flatMap((line) => line.split(/(?<=\.)\s+(?=[A-Z])/));
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) expect(passages).toContain(sentence.trim());
  });

  test('seed 001 keeps the attendance sentence and joins the hard-wrapped last line', () => {
    const texts = seed('001').passages.map((p) => p.text);
    expect(
      texts.some(
        (t) =>
          t.startsWith('Finance ministers and senior officials from Australia, Canada') &&
          t.endsWith('JP Morgan.'),
      ),
    ).toBe(true);
    const last = texts[texts.length - 1]!;
    expect(last).toMatch(
      /^India will host the India-AI Impact Summit 2026 .*People, Planet and\s+Progress\.$/s,
    );
  });

  test('question headings of the explainer are not passages but label the passages under them', () => {
    const article = seed('003');
    const heading = 'What does the US want from this initiative?';
    expect(article.passages.some((p) => p.text === heading)).toBe(false);
    const under = article.passages.filter((p) => p.heading === heading);
    expect(under.length).toBeGreaterThan(0);
    expect(under[0]!.text).toMatch(/^Washington is seeking to reduce dependence/);
  });

  test('closing quotes stay with their sentence', () => {
    const texts = seed('001').passages.map((p) => p.text);
    expect(texts.some((t) => t.endsWith('“Viksit Bharat.”'))).toBe(true);
    const quoted = seed('002').passages.find((p) => p.text.includes('full member next month.",'));
    expect(quoted?.text).toMatch(/Gor said\.$/);
  });
});

const ingestText = (text: string, name = 'page.txt') =>
  ingestFile({ name, bytes: new TextEncoder().encode(text) });

describe('ingestFile on pages shaped like other sites', () => {
  test('honours front matter and does not index it as body', () => {
    const text = [
      '---',
      'title: Chile opens lithium tender',
      'source: Mining Weekly',
      'url: https://example.com/chile-lithium',
      'author: Ana Ruiz',
      'published: 2026-03-02',
      '---',
      'Chile opens lithium tender',
      '',
      'Chile opened a tender for lithium blocks on Monday, the mining ministry said.',
    ].join('\n');
    const { article, warnings } = ingestText(text);
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      title: 'Chile opens lithium tender',
      source: 'Mining Weekly',
      url: 'https://example.com/chile-lithium',
      author: 'Ana Ruiz',
      published: '2026-03-02',
    });
    // "on Monday" resolves against the publication date (2 March 2026 was a Monday).
    expect(article!.eventDates).toEqual(['2026-03-02']);
    expect(article!.passages.map((p) => p.text)).toEqual([
      'Chile opened a tender for lithium blocks on Monday, the mining ministry said.',
    ]);
    for (const p of article!.passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  test('a wire dateline and a byline become metadata, and the first sentence starts after the dateline', () => {
    const text =
      'Cobalt exports resume\nBy Jane Smith\n\nKINSHASA, Oct 16 (Reuters) - Congo resumed cobalt exports after an eight-month ban. Prices fell 4%.\n';
    const { article } = ingestText(text);
    expect(article).toMatchObject({
      title: 'Cobalt exports resume',
      author: 'Jane Smith',
      source: 'Reuters',
      dateline: 'KINSHASA, Oct 16',
    });
    expect(article!.passages[0]!.text).toBe('Congo resumed cobalt exports after an eight-month ban.');
    expect(text.slice(article!.passages[0]!.start, article!.passages[0]!.end)).toBe(
      article!.passages[0]!.text,
    );
  });

  test('an ordinary opening with a dash or colon is not taken for a dateline', () => {
    for (const opening of [
      'Timing is everything: prices rose.',
      'US, India sign pact - officials say it matters.',
    ]) {
      const { article } = ingestText(`Headline here\n\n${opening}\n`);
      expect(article!.dateline).toBeNull();
      expect(article!.passages[0]!.text).toBe(opening);
    }
    expect(ingestText('Headline here\n\nWASHINGTON: Prices rose.\n').article).toMatchObject({
      dateline: 'WASHINGTON',
    });
  });

  test('infers a missing year from the years the article states', () => {
    const { article } = ingestText('Summit set\n\nThe 2027 summit will take place on March 3–4 in Lima.\n');
    expect(article!.eventDates).toEqual(['2027-03-03', '2027-03-04']);
  });
});

describe('ingestFile on bad input', () => {
  const bad = (bytes: Uint8Array, name = 'bad.txt') => {
    const result = ingestFile({ name, bytes });
    expect(result.warnings.length).toBeGreaterThan(0);
    for (const w of result.warnings) {
      expect(w.file).toBe(name);
      expect(w.message).toContain(name);
    }
    return result;
  };
  const enc = (s: string) => new TextEncoder().encode(s);

  test('empty, whitespace-only and binary files are skipped with a warning', () => {
    expect(bad(new Uint8Array()).article).toBeNull();
    expect(bad(enc(' \n\t\u00a0\n\n')).article).toBeNull();
    expect(
      bad(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]), 'archive.zip').article,
    ).toBeNull();
    expect(
      bad(new Uint8Array(Array.from({ length: 600 }, (_, i) => (i % 2 ? 0x07 : 0x41)))).article,
    ).toBeNull();
  });

  test('invalid UTF-8 is read with replacement characters and a warning; mostly-invalid bytes are skipped', () => {
    const mixed = new Uint8Array([
      ...enc('Nickel output rose. '),
      0xff,
      0xfe,
      ...enc(' Prices fell sharply.'),
    ]);
    const { article } = bad(mixed);
    expect(article!.passages.map((p) => p.text)).toContain('Nickel output rose.');
    expect(bad(new Uint8Array(200).fill(0xc3)).article).toBeNull();
  });

  test('text without punctuation is ingested as word-boundary passages, with a warning', () => {
    const words = Array.from({ length: 300 }, (_, i) => `mineral${i}`).join(' ');
    const { article, warnings } = bad(enc(`${words}\n`));
    expect(warnings.some((w) => /punctuation/.test(w.message))).toBe(true);
    expect(article!.passages.length).toBeGreaterThan(2);
  });

  test('a 5 MB file is read up to a limit, with a warning, and its passages still slice the text', () => {
    const seedText = decoded(names[0]!);
    const text = seedText
      .trimEnd()
      .concat('\n')
      .repeat(Math.ceil(5_000_000 / seedText.length));
    const { article, warnings } = bad(enc(text), 'huge.txt');
    expect(warnings.some((w) => /large/.test(w.message))).toBe(true);
    expect(article!.passages.length).toBeGreaterThan(100);
    const last = article!.passages[article!.passages.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });

  test('a page that is nothing but clutter is skipped with a warning', () => {
    expect(bad(enc('Share this article\n\n3 min read\n\nAdvertisement\n')).article).toBeNull();
  });
});

test('a byte-order mark stays in the decoded text, so offsets agree with Buffer#toString', () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('Headline\n\nNickel prices rose. Cobalt fell.\n'),
  ]);
  const { article } = ingestFile({ name: 'bom.txt', bytes: new Uint8Array(bytes) });
  expect(article!.title).toBe('Headline');
  const text = bytes.toString('utf8');
  for (const p of article!.passages) expect(text.slice(p.start, p.end)).toBe(p.text);
  expect(article!.passages.map((p) => p.text)).toEqual(['Nickel prices rose.', 'Cobalt fell.']);
});
