import { readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import type { Article } from '../../../src/engine/types.js';

const SEEDS = 'seeds';
const names = readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort();
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
      const text = article.passages.map((p) => `${p.heading ?? ''}\n${p.text}`).join('\n').toLowerCase();
      for (const line of junk) expect({ file: article.file, found: text.includes(line.toLowerCase()) ? line : null }).toEqual({ file: article.file, found: null });
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
    expect(texts.some((t) => t.startsWith('Finance ministers and senior officials from Australia, Canada') && t.endsWith('JP Morgan.'))).toBe(true);
    const last = texts[texts.length - 1]!;
    expect(last).toMatch(/^India will host the India-AI Impact Summit 2026 .*People, Planet and\s+Progress\.$/s);
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
