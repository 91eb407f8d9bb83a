/** Small helpers the report's sentence catalogues share. */

/** "a b", or "a" alone when b is empty. */
export function join(a: string, b: string): string {
  return b ? `${a} ${b}` : a;
}

/** The first letter in capitals. */
export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
