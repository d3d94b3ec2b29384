// What a server action hands back to its form. Apart from validated-action.ts (server-only) so client forms can
// import the initial state too: every form starts from idleResult before its first submit.

/** `secret` is a value shown once (a new API key, a temporary password): never stored or audited. */
export type ActionResult = { ok: boolean; message: string; secret?: string; fieldErrors?: Record<string, string[]> };

/** A form's state before its first submit: nothing to report yet. */
export const idleResult: ActionResult = { ok: false, message: "" };

/** A server action as a form's useActionState takes it. */
export type FormAction = (prev: ActionResult, form: FormData) => Promise<ActionResult>;
