import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { roles } from "@/lib/auth/roles";
import { appendAudit } from "@/lib/data/audit";
import { createUser, listUsers } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import { errorResponse, jsonResponse } from "@/lib/http/responses";

export async function GET(request: Request) {
  try {
    await requirePermission("users:manage", request.headers);
    return jsonResponse({ users: await listUsers() });
  } catch (e) {
    return errorResponse(e);
  }
}

const bodySchema = z.object({ name: z.string().trim().min(1).max(120), email: z.email(), role: z.enum(roles), password: z.string().min(10).max(200) });

export async function POST(request: Request) {
  try {
    const actor = await requirePermission("users:manage", request.headers);
    const parsed = bodySchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) throw new AppError("INVALID_INPUT", parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "));
    const user = await createUser(parsed.data);
    await appendAudit({ id: actor.id, email: actor.email }, { action: "user.created", entityType: "user", entityId: user.id, after: { email: user.email, role: user.role } });
    return jsonResponse({ user }, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
