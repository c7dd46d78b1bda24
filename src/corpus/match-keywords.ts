/**
 * Compiles a keyword filter such as `lithium OR cobalt OR rare earth` (also `|` or `,` as
 * separators) into a case-insensitive test. Each term matches as a phrase at word starts
 * and allows a plural ending ("rare earth" matches "Rare Earths"). An empty filter matches everything.
 */
export function compileKeywords(filter: string | null | undefined): (text: string) => boolean {
  const terms = (filter ?? '')
    .split(/\s+OR\s+|\s*\|\s*|\s*,\s*/)
    .map((t) => t.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
  if (terms.length === 0) return () => true;
  const patterns = terms.map((term) => {
    const words = term.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\-]+')}(?:s|es)?(?![\\p{L}\\p{N}])`, 'iu');
  });
  return (text) => patterns.some((p) => p.test(text));
}
