import { buildLexicon, findEntities } from '../entities/find-entities.js';
import { findQuantities } from '../entities/find-quantities.js';

/**
 * Bump when entity finding, the lexicon or event labelling changes in a way the probe below may
 * not show: persisted entities and labels are then recomputed on the next start (text and index are kept).
 */
export const DERIVED_VERSION = 2;

// Exercises roles, surnames, organisations, places, events, dates and amounts.
const PROBE = [
  'Minister for Railways Ashwini Vaishnaw met Treasury Secretary Scott Bessent at the G7 Finance Ministerial in Washington on 12 January 2026.',
  'Bessent said the United States Department of Energy would commit $2.5 billion to lithium refining, Michael Kratsios, Assistant to the President, added.',
  'The Quad Critical Minerals Initiative Summit opened in New Delhi on February 19–20.',
];

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * The version plus a fingerprint of what the entity finder and the lexicon rules make of the probe:
 * persisted entities are reused only when both match.
 */
export function derivedFingerprint(): string {
  return (fingerprint ??= computeFingerprint());
}

// The probe's result cannot change while the process runs.
let fingerprint: string | undefined;

function computeFingerprint(): string {
  const raw = PROBE.map((text) => findEntities(text));
  const lexicon = buildLexicon(raw.flat());
  const resolved = PROBE.map((text) => findEntities(text, lexicon));
  return `${DERIVED_VERSION}:${fnv1a(JSON.stringify([raw, [...lexicon], resolved, PROBE.map((text) => findQuantities(text))]))}`;
}
