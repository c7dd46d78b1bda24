import { loadCorpusConfig } from '../config.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import { MAX_QUESTION_LENGTH, QuestionError, type Engine } from '../engine/index.js';
import { isEntryPoint, runAsProcess, type CliIo } from './cli-io.js';
import { answerJson, formatAnswer } from './format-answer.js';

const USAGE =
  'usage: npm run ask -- [--json] "question"   (with --json and no question: one question per line on stdin)';

/** One question to one printed result; bad questions give a message, not a crash. */
function answerOne(engine: Engine, question: string, json: boolean): { output: string; ok: boolean } {
  try {
    const answer = engine.ask(question);
    return { output: json ? JSON.stringify(answerJson(answer)) : formatAnswer(answer), ok: true };
  } catch (error) {
    if (!(error instanceof QuestionError)) throw error;
    const output = json
      ? JSON.stringify({
          question: question.slice(0, MAX_QUESTION_LENGTH),
          found: false,
          answer: error.message,
          error: error.code,
          citations: [],
        })
      : error.message;
    return { output, ok: false };
  }
}

/** `npm run ask -- [--json] "question"`; returns the exit code (2: usage or a refused question). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json');
  if (unknown.length > 0 || argv.includes('-h')) {
    io.err(unknown.length ? `unknown option ${unknown[0]}\n${USAGE}` : USAGE);
    return 2;
  }
  const question = argv.filter((a) => a !== '--json').join(' ');
  if (!json && question.trim() === '') {
    io.err(`Ask a question.\n${USAGE}`);
    return 2;
  }
  const { seedsDir, dataDir } = loadCorpusConfig(io.env);
  const { engine } = await loadCorpus({ seedsDir, dataDir, log: (line) => io.err(line) });
  if (json && question.trim() === '') {
    for await (const line of io.lines()) {
      // One output line per input line, blank ones included, so callers can zip questions with answers.
      io.out(answerOne(engine, line, true).output);
    }
    return 0;
  }
  const { output, ok } = answerOne(engine, question, json);
  (ok ? io.out : io.err)(output);
  return ok ? 0 : 2;
}

if (isEntryPoint(import.meta.url)) runAsProcess('ask', run);
