// Jest test environment: Node's, plus natural's English part-of-speech lexicon parsed once per worker
// instead of once per test file. The lexicon is 4 MB of JSON (~0.1 s to parse, tens of MB of heap), and
// every file that ingests or answers loads it. Plain JS: Jest loads this file in the worker itself, so
// its module state (the parsed lexicon) outlives each test file; jest.config.js maps the JSON file to
// shared-pos-lexicon.cjs, which hands the test this one parsed copy. The data is the package's own
// file, read unchanged; nothing writes to it (word-kinds and the Brill tagger only look words up).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import NodeEnvironment from 'jest-environment-node';

const require = createRequire(import.meta.url);
const LEXICON = require.resolve('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
let lexicon = null;

export default class SharedDataEnvironment extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__mineralsPosLexicon = () => (lexicon ??= JSON.parse(readFileSync(LEXICON, 'utf8')));
  }
}
