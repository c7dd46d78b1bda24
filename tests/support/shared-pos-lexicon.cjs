// natural's English part-of-speech lexicon, as parsed once per Jest worker by shared-data-environment.js.
module.exports = globalThis.__mineralsPosLexicon();
