// Prisma splits a plain `id: { in: ids }` that is too long for the database by itself, but not a query that
// filters on two lists or inside OR and relation filters: it refuses those past the bound-parameter limit (P2029,
// measured here with 600 touched parties on SQLite). Such queries are asked in chunks and the answers joined.
export const IN_CHUNK = 900;

export async function inChunks<T, R>(
  items: readonly T[],
  load: (chunk: T[]) => Promise<R[]>,
  size = IN_CHUNK,
): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await load(items.slice(i, i + size))));
  return out;
}
