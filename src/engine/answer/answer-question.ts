import type { Entity } from '../entities/find-entities.js';
import { eventWords } from '../entities/name-lists.js';
import { analyzeText } from '../index/analyze-text.js';
import type { SearchIndex } from '../index/search-index.js';
import {
  articleDate,
  type Answer,
  type AnswerGroup,
  type Article,
  type Citation,
  type Passage,
} from '../types.js';
import { analyzeQuestion, type QuestionAnalysis } from './analyze-question.js';
import { answerFacts } from './answer-facts.js';
import { chooseFacts, collectFacts, type Fact } from './collect-facts.js';
import { findDoer, findShortAnswer } from './find-short-answer.js';
import { pickSpan } from './pick-span.js';
import { statedSpan } from './span-confidence.js';
import { placeDates } from './place-dates.js';
import { isNegated } from './is-negated.js';
import { matchWords } from './match-words.js';
import { leadByPredicate } from './predicate-fit.js';
import { rankPassages, type Candidate } from './rank-passages.js';
import {
  countsUnknown,
  lacksDenial,
  asksStatement,
  lacksStatement,
  missingEverywhere,
  missingTerms,
  unknownNames,
  wordsFor,
  type AbstainDeps,
} from './should-abstain.js';
import type { TermLookup } from './read-context.js';

/** What answering needs from the engine. */
export interface AnswerDeps extends Pick<AbstainDeps, 'titleTerms'> {
  index: SearchIndex;
  passage(id: string): Passage | undefined;
  article(file: string): Article | undefined;
  termsOf(passage: Passage): TermLookup;
  entitiesOf(passage: Passage): Entity[];
  /** The named event a passage is about ("Finance Ministerial"), or null. */
  eventOf(passage: Passage): string | null;
}

export interface AnswerOptions {
  maxCitations: number;
  /** Below this share of the question's term weight, the best passage does not answer it. */
  minCoverage: number;
}

export const defaultAnswerOptions: AnswerOptions = { maxCitations: 5, minCoverage: 0.5 };

const eventTerms = new Set([...eventWords].flatMap((word) => analyzeText(word)));
const DENIAL_MISSING = 'no passage says what did not happen.';

function citationOf(candidate: Candidate, article: Article | undefined): Citation {
  const { passage } = candidate;
  return {
    article: passage.article,
    title: article?.title ?? passage.article,
    source: article?.source ?? null,
    date: article ? articleDate(article) : null,
    url: article?.url ?? null,
    quote: passage.text,
    score: Math.round(candidate.score * 1000) / 1000,
    passageId: passage.id,
    start: passage.start,
    end: passage.end,
  };
}

function abstain(
  question: string,
  kind: QuestionAnalysis['kind'],
  reason: string,
  closest: Candidate[],
  deps: AnswerDeps,
): Answer {
  const nearest = closest.slice(0, 3).map((c) => citationOf(c, deps.article(c.passage.article)));
  return {
    question,
    found: false,
    answer: `The articles don't answer that: ${reason}`,
    kind,
    citations: [],
    closest: nearest,
    more: [],
  };
}

/** Keeps only passages about the event the question names ("finance ministerial"), when it names one. */
function restrictToNamedEvent(
  question: QuestionAnalysis,
  candidates: Candidate[],
  deps: AnswerDeps,
): Candidate[] {
  const qualifiers = question.terms.filter((term) => !eventTerms.has(term));
  const named = candidates.filter((c) => {
    const label = deps.eventOf(c.passage);
    if (!label) return false;
    const labelTerms = analyzeText(label);
    return (
      labelTerms.some((t) => eventTerms.has(t) && question.terms.includes(t)) &&
      labelTerms.some((t) => qualifiers.includes(t) && !eventTerms.has(t))
    );
  });
  return named.length > 0 ? named : candidates;
}

function numberCitations(candidates: Candidate[], deps: AnswerDeps, limit: number) {
  const cited: Candidate[] = [];
  const numberOf = (candidate: Candidate): number => {
    let at = cited.indexOf(candidate);
    if (at < 0 && cited.length < limit) at = cited.push(candidate) - 1;
    return at + 1;
  };
  const citations = () => cited.map((c) => citationOf(c, deps.article(c.passage.article)));
  return { numberOf, citations, cited };
}

/**
 * "Name [1, 3], Other [2]", hosts apart ("...; hosted by Scott Bessent [1]"); a fact none of whose
 * passages made the citation limit is left out, never stated bare.
 */
function renderFacts(facts: Fact[], numberOf: (c: Candidate) => number): string {
  const render = (list: Fact[]) =>
    list
      .map((fact) => ({
        fact,
        refs: [...new Set(fact.sources.map(numberOf).filter((n) => n > 0))].sort((a, b) => a - b),
      }))
      .filter(({ refs }) => refs.length > 0)
      .map(({ fact, refs }) => `${fact.value} [${refs.join(', ')}]`)
      .join(', ');
  const others = render(facts.filter((f) => f.role !== 'host'));
  const hosts = render(facts.filter((f) => f.role === 'host'));
  return [others, hosts && `hosted by ${hosts}`].filter(Boolean).join('; ');
}

/**
 * Answers a question from the corpus: analysis, retrieval, reranking, typed extraction merged
 * across articles, citations, and abstention when the articles don't hold the answer.
 */
export function answerQuestion(
  raw: string,
  deps: AnswerDeps,
  options: AnswerOptions = defaultAnswerOptions,
): Answer {
  const question = analyzeQuestion(raw, deps.index.options);
  const { kind } = question;
  const text = raw.replace(/\s+/g, ' ').trim();
  const unknown = unknownNames(question, deps.index);
  // A sentence that is itself a question (an explainer's heading) never answers one.
  const candidates = rankPassages(question, deps).filter((c) => !/\?["”’]?$/.test(c.passage.text.trim()));
  if (unknown.length > 0)
    return abstain(text, kind, `they never mention ${unknown.join(', ')}.`, candidates, deps);
  if (candidates.length === 0) return abstain(text, kind, 'nothing in them matches the question.', [], deps);
  if (countsUnknown(question, deps.index)) {
    return abstain(text, kind, 'they give no such figure.', candidates, deps);
  }
  const best = candidates[0]!;
  if (best.coverage < options.minCoverage)
    return abstain(text, kind, 'no passage covers the question.', candidates, deps);
  const leading = candidates.map((c) => c.passage);
  // Each leading passage's gaps, read once: for the abstention here and for which passages may report speech.
  const gaps = missingTerms(question, leading, deps);
  const missing = missingEverywhere(gaps);
  if (missing.length > 0) {
    // A missing "not" means no passage denies anything: say so, not "nothing about not".
    const words = wordsFor(question, missing).filter((w) => !isNegated(w));
    const why =
      words.length > 0 ? `no passage says anything about ${words.join(', ')} here.` : DENIAL_MISSING;
    return abstain(text, kind, why, candidates, deps);
  }
  const covering = leading.filter((_, i) => gaps[i]!.length === 0);
  if (lacksStatement(question, covering))
    return abstain(text, kind, 'no passage reports what was said.', candidates, deps);
  if (lacksDenial(question, covering)) return abstain(text, kind, DENIAL_MISSING, candidates, deps);

  const namesEvent = question.terms.some((t) => eventTerms.has(t));
  const focused = namesEvent ? restrictToNamedEvent(question, candidates, deps) : candidates;
  const top = focused[0]!;
  const support = focused
    .filter((c) => c.coverage >= top.coverage * 0.6 && c.score >= top.score * 0.55)
    .slice(0, 12);
  const { numberOf, citations, cited } = numberCitations(support, deps, options.maxCitations);
  const moreOf = () =>
    support.filter((c) => !cited.includes(c)).map((c) => citationOf(c, deps.article(c.passage.article)));
  // Built after `answer`: numbering its sources is what decides which passages are cited.
  const found = (answer: string, rest: Partial<Answer>): Answer => ({
    question: text,
    found: true,
    answer,
    kind,
    citations: citations(),
    closest: [],
    more: moreOf(),
    ...rest,
  });

  const short = findShortAnswer(question, [...support, ...focused.slice(0, 20)], (c) =>
    deps.entitiesOf(c.passage),
  );
  if (short) {
    const answer = `${short.text} [${numberOf(short.source)}]`;
    return found(answer, { span: statedSpan(question, short.span ?? short.text, short.source, deps) });
  }
  if (question.wants.length > 0) {
    // Only facts of the wanted types are read, so dates are placed on the calendar only when dates are wanted.
    const placing = question.wants.includes('date');
    const entitiesOf = (c: Candidate) => {
      if (!placing) return deps.entitiesOf(c.passage);
      const article = deps.article(c.passage.article);
      const year = article?.eventDates[0] ? Number(article.eventDates[0].slice(0, 4)) : null;
      return placeDates(
        deps.entitiesOf(c.passage),
        c.passage.text,
        article ? articleDate(article) : null,
        year,
      );
    };
    const facts = chooseFacts(
      question,
      collectFacts(question, support, entitiesOf, (t) => deps.index.idf(t)),
    );
    const doer = facts.length === 0 ? findDoer(question, support) : null;
    if (doer)
      return found(`${doer.text} [${numberOf(doer.source)}]`, {
        span: statedSpan(question, doer.text, doer.source, deps),
      });
    if (facts.length === 0)
      return abstain(
        text,
        kind,
        `no passage states the ${kind === 'other' ? 'answer' : kind} asked for.`,
        candidates,
        deps,
      );
    const labels = [
      ...new Set(facts.flatMap((f) => f.sources.map((s) => deps.eventOf(s.passage) ?? ''))),
    ].filter(Boolean);
    const generic = namesEvent && focused === candidates && labels.length > 1;
    if (generic) {
      const groups: AnswerGroup[] = labels.map((label) => {
        const mine = facts
          .map((f) => ({ ...f, sources: f.sources.filter((s) => deps.eventOf(s.passage) === label) }))
          .filter((f) => f.sources.length > 0);
        const answer = renderFacts(mine, numberOf);
        return {
          label,
          answer,
          citations: [],
          facts: answerFacts(mine, numberOf, (c) => deps.entitiesOf(c.passage)),
        };
      });
      const all = citations();
      for (const group of groups) {
        group.citations = all.filter((c) =>
          facts.some((f) =>
            f.sources.some((s) => s.passage.id === c.passageId && deps.eventOf(s.passage) === group.label),
          ),
        );
      }
      const cited = groups.filter((g) => g.answer !== '');
      const answer = cited.map((g) => `${g.label}: ${g.answer}`).join('. ');
      return found(answer, {
        citations: all,
        groups: cited,
        span: factSpan(question, facts, deps, entitiesOf),
      });
    }
    const answer = renderFacts(facts, numberOf);
    const stated = answerFacts(facts, numberOf, (c) => deps.entitiesOf(c.passage));
    return found(answer, { facts: stated, span: factSpan(question, facts, deps, entitiesOf) });
  }

  // A topic or a pasted headline asks for the best passages as found, not for a predicate.
  const lead = question.asks ? leadByPredicate(question, support, (c) => deps.entitiesOf(c.passage)) : top;
  // A paragraph often answers in two sentences ("Washington is seeking... US officials have framed..."):
  // keep a supporting neighbor from the lead's paragraph, in reading order.
  const neighbor = support.find(
    (c) =>
      c !== lead &&
      c.passage.article === lead.passage.article &&
      c.passage.paragraph === lead.passage.paragraph,
  );
  const sentences = [lead, ...(neighbor ? [neighbor] : [])].sort(
    (a, b) => a.passage.sentence - b.passage.sentence,
  );
  const named = question.focus ? nameBeforeFocus(lead, question.focus, deps) : null;
  const body = sentences
    .map((c) => `${c.passage.text.replace(/\s+/g, ' ').trim()} [${numberOf(c)}]`)
    .join(' ');
  const answer = `${named ? `${named}: ` : ''}${body}`;
  // A statement ("what did X say"), a reason ("why") or a topic that asks nothing is answered by the
  // sentence itself; a phrase picked from it ("discussions", "strategic ties") is not the answer.
  const span =
    asksStatement(question) || kind === 'reason' || !question.asks
      ? undefined
      : statedSpan(
          question,
          named ?? pickSpan(question, lead.passage.text, deps.entitiesOf(lead.passage)),
          lead,
          deps,
        );
  return found(answer, { span });
}

/**
 * A typed answer's span: the first value it states (hosts after the others, as the answer lists them),
 * as its first source writes it. A value the passage does not write verbatim (a date resolved against
 * the article's, a full name for a surname) gives way to the passage's own words for it.
 */
function factSpan(
  question: QuestionAnalysis,
  facts: readonly Fact[],
  deps: AnswerDeps,
  entitiesOf: (c: Candidate) => Entity[],
): string | undefined {
  const first = facts.find((f) => f.role !== 'host') ?? facts[0];
  const source = first?.sources[0];
  if (!first || !source) return undefined;
  const { passage } = source;
  const verbatim = passage.text.includes(first.value)
    ? first.value
    : (entitiesOf(source).find((e) => e.name === first.value)?.text ??
      pickSpan(question, passage.text, deps.entitiesOf(passage)));
  return statedSpan(question, verbatim, source, deps);
}

/** "the US-led PaxSilica alliance" answers "Which ... alliance?" with the name before the focus noun. */
function nameBeforeFocus(candidate: Candidate, focus: string, deps: AnswerDeps): string | null {
  const words = matchWords(candidate.passage.text);
  const at = words.findIndex((w) => analyzeText(w[0], deps.index.options)[0] === focus);
  const before = at > 0 ? words[at - 1]![0] : null;
  return before && /^\p{Lu}/u.test(before) && !/^\p{Lu}+$/u.test(before)
    ? before.replace(/^.*-(?=\p{Lu})/u, '')
    : null;
}
