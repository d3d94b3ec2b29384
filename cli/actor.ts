import { cliUser } from "@/lib/env";

/** The actor of every change a CLI command makes: recorded in the audit trail as cli:<os user>. */
export const cliActor = { id: null, email: cliUser() };
