import { createInterface } from 'node:readline';
import { loadCorpusConfig } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { MAX_QUESTION_LENGTH, QuestionError, type Engine } from '../engine/index.js';
import { answerJson, formatAnswer } from './format-answer.js';

const USAGE = 'usage: npm run ask -- [--json] "question"   (with --json and no question: one question per line on stdin)';

/** One question to one printed result; bad questions give a message, not a crash. */
function answerOne(engine: Engine, question: string, json: boolean): { output: string; ok: boolean } {
  try {
    const answer = engine.ask(question);
    return { output: json ? JSON.stringify(answerJson(answer)) : formatAnswer(answer), ok: true };
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    const output = json
      ? JSON.stringify({ question: question.slice(0, MAX_QUESTION_LENGTH), found: false, answer: error.message, error: error.code, citations: [] })
      : error.message;
    return { output, ok: false };
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0 || argv.includes('-h')) {
    console.error(unknown.length ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  const question = argv.filter((a) => a !== '--json').join(' ');
  if (!json && question.trim() === '') {
    console.error(`Ask a question.\n${USAGE}`);
    return 2;
  }
  const { seedsDir, dataDir } = loadCorpusConfig();
  const { engine } = await loadCorpus({ seedsDir, dataDir, log: (line) => console.error(line) });
  if (json && question.trim() === '') {
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      // One output line per input line, blank ones included, so callers can zip questions with answers.
      console.log(answerOne(engine, line, true).output);
    }
    return 0;
  }
  const { output, ok } = answerOne(engine, question, json);
  (ok ? console.log : console.error)(output);
  return ok ? 0 : 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(`ask failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
