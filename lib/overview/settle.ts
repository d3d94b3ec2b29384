// One panel's failure must not take the overview down: each panel's loader is settled on its own, and the panel
// shows its own error. Pure.
export type Settled<T> = { ok: true; value: T } | { ok: false; message: string };

export async function settle<T>(
  load: () => Promise<T>,
  describe: (e: unknown) => string = defaultMessage,
): Promise<Settled<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (e) {
    return { ok: false, message: describe(e) };
  }
}

// A database error's text can carry SQL and connection details; the panel says what failed, the log keeps the rest
function defaultMessage(e: unknown): string {
  const code = typeof e === "object" && e !== null && "code" in e ? String(e.code) : null;
  return code ? `The data could not be read (${code}).` : "The data could not be read.";
}
