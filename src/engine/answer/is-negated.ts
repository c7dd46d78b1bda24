const NEGATION = /\b(?:not|never|no|none|nor|without)\b|n['’]t\b/i;

/** The text denies something ("did not attend", "never", "won't"); "not only" adds rather than denies. */
export const isNegated = (text: string): boolean => NEGATION.test(text.replace(/\bnot only\b/gi, ''));
