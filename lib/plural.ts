// Counts in words on screen: "1 row", "2 rows", "1,234 rows". One helper so that no page says "1 rows".

/** `n` with its noun, singular for one; the plural is the noun with "s" unless given. */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? noun : plural}`;
}
