import { spanAbove, type Answer, type Citation } from '../engine/index.js';

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function describe(citation: Citation): string {
  return [citation.title, citation.source, citation.date, citation.url ?? citation.article]
    .filter(Boolean)
    .join(' · ');
}

/** A readable terminal rendering: the answer, then numbered citations with their verbatim quotes. */
export function formatAnswer(answer: Answer): string {
  const span = spanAbove(answer);
  const lines = [
    ...(span ? [`Short answer: ${span}`] : []),
    ...(answer.groups?.map((group) => `${group.label}: ${group.answer}`) ?? [answer.answer]),
    '',
  ];
  if (answer.found) {
    answer.citations.forEach((c, i) => lines.push(`[${i + 1}] ${describe(c)}`, `    “${oneLine(c.quote)}”`));
    if (answer.more.length > 0)
      lines.push('', `(${answer.more.length} more matching passage${answer.more.length === 1 ? '' : 's'})`);
  } else if (answer.closest.length > 0) {
    lines.push('Closest matches:');
    answer.closest.forEach((c) => lines.push(`  - ${describe(c)}`, `    “${oneLine(c.quote)}”`));
  }
  return lines.join('\n');
}

/**
 * The `--json` shape: `{question, found, answer, citations: [{article, title, source, date, url, quote,
 * score}]}` plus extras.
 */
export function answerJson(answer: Answer): Record<string, unknown> {
  const slim = (c: Citation) => ({
    article: c.article,
    title: c.title,
    source: c.source,
    date: c.date,
    url: c.url,
    quote: c.quote,
    score: c.score,
  });
  return {
    question: answer.question,
    found: answer.found,
    answer: answer.answer,
    kind: answer.kind,
    ...(answer.span ? { span: answer.span } : {}),
    citations: answer.citations.map(slim),
    ...(answer.facts ? { facts: answer.facts } : {}),
    ...(answer.groups
      ? {
          groups: answer.groups.map((g) => ({
            label: g.label,
            answer: g.answer,
            ...(g.facts ? { facts: g.facts } : {}),
          })),
        }
      : {}),
    ...(answer.found ? {} : { closest: answer.closest.map(slim) }),
  };
}
