import { createEngine } from '../../../src/engine/create-engine.js';
import { analyzeQuestion } from '../../../src/engine/answer/analyze-question.js';
import { keepRelatedClosest } from '../../../src/engine/answer/keep-related-closest.js';
import { titleMatcher } from '../../../src/engine/answer/match-title.js';
import { ingestFile } from '../../../src/engine/ingest/ingest-file.js';
import { createSearchIndex } from '../../../src/engine/index/search-index.js';
import type { Answer, Engine, SourceFile } from '../../../src/engine/types.js';
import { seedEngine, seedFiles } from '../../support/seed-engine.js';
import { syntheticArticle } from '../../support/synthetic-article.js';

// A wire desk's day: results tables under near-identical headlines, company news that repeats the
// same words in its body, and headlines that differ only by inflection, word order or one word.
const companies = [
  ['ACME MINING CORP', 'ACMM', 'Acme Mining Corp'],
  ['BETA HOLDINGS INC', 'BETH', 'Beta Holdings Inc'],
  ['CORAL METALS CO', 'CRLM', 'Coral Metals Co'],
  ['DELTA LITHIUM LTD', 'DLTL', 'Delta Lithium Ltd'],
] as const;
const periods = ['4TH QTR NET', '1ST QTR NET', 'YEAR NET'] as const;

function wireDesk(): Array<[string, string, string]> {
  const stories: Array<[string, string, string]> = [];
  companies.forEach(([name, ticker, plain], c) => {
    periods.forEach((period, p) => {
      const shr = 10 + c * 7 + p * 3;
      stories.push([
        `${ticker.toLowerCase()}-${p}.txt`,
        `${name} <${ticker}> ${period}`,
        `Shr ${shr} cts vs ${shr - 4} cts\nNet ${shr * 3}.1 mln vs ${shr * 2}.4 mln\nRevs ${shr * 20} mln vs ${shr * 18} mln`,
      ]);
    });
    stories.push([
      `${ticker.toLowerCase()}-news.txt`,
      `${name.split(' ').slice(0, 2).join(' ')} <${ticker}> SEES HIGHER NET IN 4TH QTR`,
      `${plain} said it expects fourth quarter net to rise on higher metal prices. ${plain} said year net and 1st qtr net would also rise, the company's chairman said.`,
    ]);
  });
  stories.push(
    [
      'chile-raises.txt',
      'CHILE RAISES LITHIUM ROYALTY RATE',
      'Chile raised the royalty it charges lithium producers to 12 pct, the mining ministry said on Monday.',
    ],
    [
      'chile-to-raise.txt',
      'CHILE TO RAISE LITHIUM ROYALTY RATES',
      'Chile will raise lithium royalty rates next year, a government official said, adding that producers had been consulted.',
    ],
    [
      'zambia-cobalt-rate.txt',
      'ZAMBIA SAYS COBALT OUTPUT RATE ROSE IN FEBRUARY',
      'Zambian mines produced 2,400 tonnes of cobalt in February against 2,100 in January. The chamber of mines said the output rate rose on new capacity at Kansanshi.',
    ],
    [
      'zambia-cobalt-said.txt',
      'ZAMBIA COBALT OUTPUT ROSE, MINISTRY SAYS',
      'Zambia said cobalt output rose in February as new smelters opened. The ministry said output would rise again in March.',
    ],
    [
      'beryllium-pact.txt',
      "BERYLLIUM INT'L <BRY.L> SIGNS JOINT VENTURE PACT",
      'Beryllium International Ltd said it signed a joint venture agreement with a Japanese trading house.',
    ],
    [
      'beryllium-cost.txt',
      'BERYLLIUM MINER SEEKS COST CUTS',
      'A beryllium producer in Utah said it would cut costs by closing an older mill.',
    ],
    [
      'taiwan-plea.txt',
      'TAIWAN REJECTS TEXTILE MAKERS EXCHANGE RATE PLEA',
      'Central bank governor Chang Chi-cheng rejected a request by textile makers to slow the rise of the local dollar.',
    ],
    [
      'taiwan-maker.txt',
      'TAIWAN REJECTS TEXTILE MAKER PLEA ON EXCHANGE RATE',
      'Central bank governor Chang Chi-cheng rejected a request by one textile maker to slow the rise of the local dollar.',
    ],
  );
  return stories;
}

const stories = wireDesk();
const files: SourceFile[] = stories.map(([name, title, body]) =>
  syntheticArticle(name, `${title}\n\n${body}\n`),
);
const firstShown = (answer: Answer) => (answer.citations[0] ?? answer.closest[0])?.article;

let wire: Engine;
beforeAll(() => {
  wire = createEngine(files).engine;
});

describe('a pasted headline finds its own article first', () => {
  test.each(stories.map(([name, title]) => [title, name]))('%s', (title, name) => {
    expect(firstShown(wire.ask(title))).toBe(name);
  });

  test('a pasted headline is answered with its passages, not an abstention (class 8)', () => {
    for (const [name, title] of stories) {
      const answer = wire.ask(title);
      expect([title, answer.found, answer.citations[0]?.article]).toEqual([title, true, name]);
    }
  });

  test("a headline is a topic, not a typed question: no amount is asked for by its words, and its names are read whole (INT'L, BRY.L)", () => {
    const headline = analyzeQuestion("BERYLLIUM INT'L <BRY.L> SEEKS COST CUTS");
    expect([headline.kind, headline.asks]).toEqual(['other', false]);
    expect(headline.names).toEqual(expect.arrayContaining(["INT'L", 'BRY.L']));
    for (const question of [
      'how much did the beryllium cuts cost?',
      'what did the cuts cost',
      'the cuts cost how much',
    ])
      expect(analyzeQuestion(question)).toMatchObject({ kind: 'amount', asks: true });
  });

  test('also pasted as typed in Slack: lower case, extra spaces', () => {
    for (const [name, title] of stories)
      expect(firstShown(wire.ask(`  ${title.toLowerCase().replace(/ /g, '  ')} `))).toBe(name);
  });

  test("a headline with tickers keeps its title (a ticker's brackets are not a breadcrumb's separators)", () => {
    for (const [name, title] of stories) expect(wire.article(name)!.title).toBe(title);
    const twoTickers = ingestFile(
      syntheticArticle(
        'x.txt',
        'ACME <ACMM>, BETA <BETH> SET EXCHANGE RATIO\n\nAcme Mining Corp said the ratio was set.\n',
      ),
    );
    expect(twoTickers.article?.title).toBe('ACME <ACMM>, BETA <BETH> SET EXCHANGE RATIO');
  });

  test('a headline ending in initials or sent in capitals with a full stop is still the title, not body text', () => {
    for (const headline of ['CHILE TO SELL LITHIUM IN U.S.', 'SUMMER/WINTER TIME CHANGES.']) {
      const article = ingestFile(
        syntheticArticle('x.txt', `${headline}\n\nChile said exports would begin in May.\n`),
      ).article!;
      expect(article.title).toBe(headline);
      expect(article.passages.map((p) => p.text)).not.toContain(headline);
    }
    // A sentence in ordinary case is still a sentence: it stays body text and gives the title.
    const sentence = ingestFile(
      syntheticArticle('x.txt', 'Chile said exports to the U.S. would begin.\n\nMore text.\n'),
    ).article!;
    expect(sentence.passages[0]?.text).toBe('Chile said exports to the U.S. would begin.');
  });

  test("a not-found answer keeps a closest match whose article's title holds the distinctive words", () => {
    const quote = (article: string) => {
      const passage = wire.article(article)!.passages[0]!;
      return {
        article,
        title: wire.article(article)!.title,
        source: null,
        date: null,
        url: null,
        quote: passage.text,
        score: 1,
        passageId: passage.id,
        start: passage.start,
        end: passage.end,
      };
    };
    const answer: Answer = {
      question: 'CORAL METALS CO <CRLM> YEAR NET',
      found: false,
      answer: "The articles don't answer that: no passage covers the question.",
      kind: 'other',
      citations: [],
      // A results table ("Shr 31 cts vs 27 cts") shares no word with the headline; its title does.
      closest: [quote('crlm-2.txt'), quote('chile-raises.txt')],
      more: [],
    };
    // Every word the corpus knows counts as distinctive here; the rule under test is where it is looked for.
    const idf = (term: string) => (wire.vectorize(term).size > 0 ? 5 : 0);
    expect(keepRelatedClosest(answer, idf).closest.map((c) => c.article)).toEqual(['crlm-2.txt']);
  });
});

describe('seeds: every seed title pasted as it stands finds its own article first', () => {
  test('verbatim and in lower case', async () => {
    const seeds = await seedEngine();
    for (const file of await seedFiles()) {
      const title = seeds.article(file.name)!.title;
      for (const pasted of [title, title.toLowerCase()])
        expect(firstShown(seeds.ask(pasted))).toBe(file.name);
    }
  });
});

describe('titleMatcher', () => {
  const index = createSearchIndex();
  stories.forEach(([name, title, body], i) =>
    index.add(`${name}#0`, body, { group: name, title, lead: i >= 0 }),
  );
  const match = titleMatcher('CHILE RAISES LITHIUM ROYALTY RATE', index);

  test('an exact paste (case and spacing aside) matches fully; the same analysed words in another form less', () => {
    expect(match('Chile  raises lithium royalty rate')).toBe(1);
    const inflected = match('CHILE TO RAISE LITHIUM ROYALTY RATES');
    expect(inflected).toBeGreaterThan(0.5);
    expect(inflected).toBeLessThan(1);
  });

  test('word order, a missing word and an extra word each lower the match', () => {
    const exactWords = match('CHILE TO RAISE LITHIUM ROYALTY RATES');
    expect(match('LITHIUM ROYALTY RATE CHILE RAISES')).toBeLessThan(exactWords);
    expect(match('CHILE RAISES LITHIUM RATE')).toBeLessThan(exactWords);
    expect(match('CHILE RAISES LITHIUM ROYALTY RATE FOR COPPER MINES')).toBeLessThan(exactWords);
    expect(match('ZAMBIA COBALT OUTPUT ROSE')).toBe(0);
    expect(match(null)).toBe(0);
  });

  test('a rare word (a ticker) weighs more than a common one', () => {
    const results = titleMatcher('ACME MINING CORP <ACMM> 4TH QTR NET', index);
    expect(results('BETA HOLDINGS INC <BETH> 4TH QTR NET')).toBeLessThan(
      results('ACME MINING CORP <ACMM> 1ST QTR NET'),
    );
  });
});
