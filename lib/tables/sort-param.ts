// A table's sort order in its URL, read by the browser's table and by the server's window (window.ts).
/** The shape TanStack Table's SortingState has. */
export type SortingState = { id: string; desc: boolean }[];

/** "name.asc,score.desc" <-> [{id:"name",desc:false},{id:"score",desc:true}] */
export function parseSortParam(raw: string | null): SortingState {
  if (!raw) return [];
  return raw.split(",").flatMap((part) => {
    const m = /^([\w-]+)\.(asc|desc)$/.exec(part.trim());
    return m ? [{ id: m[1]!, desc: m[2] === "desc" }] : [];
  });
}

export function sortParam(sorting: SortingState): string {
  return sorting.map((s) => `${s.id}.${s.desc ? "desc" : "asc"}`).join(",");
}
