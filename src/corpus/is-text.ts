const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * True when the bytes are UTF-8 text: they decode strictly and hold no NUL and few other
 * control characters (binary formats such as PDF, images and archives fail one of these).
 */
export function isText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return false;
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) controls++;
  }
  return controls <= Math.max(2, text.length / 1000);
}
