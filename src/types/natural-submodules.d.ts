// natural ships types for its root only; we import the light submodules directly.
declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}

declare module 'natural/lib/natural/brill_pos_tagger/index.js' {
  interface TaggedWord {
    token: string;
    tag: string;
  }
  export class Lexicon {
    constructor(language: string, defaultCategory: string, defaultCategoryCapitalised?: string);
  }
  export class RuleSet {
    constructor(language: string);
  }
  export class BrillPOSTagger {
    constructor(lexicon: Lexicon, ruleSet: RuleSet);
    tag(words: string[]): { taggedWords: TaggedWord[] };
  }
}

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const porterStemmer: { stem(token: string): string };
  export default porterStemmer;
}
