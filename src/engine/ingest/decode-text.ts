/** The outcome of decoding a file: its text, or the reason it cannot be read as text. */
export type Decoded = { ok: true; text: string; warning: string | null } | { ok: false; reason: string };

const SAMPLE = 65_536;

// Each file's bytes are checked once, however many callers (adder, watcher, ingest) ask.
const checked = new WeakMap<Uint8Array, Decoded>();

/**
 * Decodes UTF-8 bytes. Binary data (NUL bytes, or mostly control characters) is refused;
 * invalid UTF-8 is decoded with U+FFFD replacements and reported, so one bad byte
 * does not cost a whole article. A byte-order mark is kept as U+FEFF, as Node's own
 * `buffer.toString('utf8')` keeps it, so offsets agree with that decoding.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'file is empty' };
  const read = readUtf8(bytes);
  if (!read.ok) return read;
  if (read.text.trim() === '') return { ok: false, reason: 'file holds only whitespace' };
  return read;
}

/**
 * The text rule alone, with no judgement on content: no NUL bytes, few control characters,
 * at most a few invalid UTF-8 sequences (replaced, with a warning). Empty input is text.
 */
export function readUtf8(bytes: Uint8Array): Decoded {
  let result = checked.get(bytes);
  if (!result) {
    result = checkUtf8(bytes);
    checked.set(bytes, result);
  }
  return result;
}

/**
 * True when the engine would read the bytes as text, so start-up, the watcher and the adders
 * never disagree about a file. PDFs, images and archives fail it; an empty file passes
 * and is refused later, as holding no article text.
 */
export function isText(bytes: Uint8Array): boolean {
  return readUtf8(bytes).ok;
}

function checkUtf8(bytes: Uint8Array): Decoded {
  const sample = bytes.subarray(0, SAMPLE);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return { ok: false, reason: 'file looks binary (contains NUL bytes)' };
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  if (control > sample.length * 0.05)
    return { ok: false, reason: 'file looks binary (mostly control characters)' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
      warning: null,
    };
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const bad = text.split('\uFFFD').length - 1;
    if (bad > text.length * 0.1) return { ok: false, reason: 'file is not UTF-8 text' };
    return { ok: true, text, warning: `invalid UTF-8: ${bad} character(s) replaced with U+FFFD` };
  }
}
