import { z } from "zod";
import { requirePermission } from "@/lib/auth/session";
import { roles } from "@/lib/auth/roles";
import { listUsers } from "@/lib/data/users";
import { errorResponse, jsonResponse } from "@/lib/http/responses";
import { readJsonBody } from "@/lib/http/json-body";
import { mutation } from "@/lib/http/mutation";
import { createUser } from "@/lib/operations/create-user";

const MAX_BODY_BYTES = 64 * 1024;

export async function GET(request: Request) {
  try {
    await requirePermission("users:manage", request);
    return jsonResponse({ users: await listUsers() });
  } catch (e) {
    return errorResponse(e);
  }
}

const bodySchema = z.object({
  name: z.string().trim().min(1).max(120),
  email: z.email().max(254),
  role: z.enum(roles),
  password: z.string().min(10).max(200),
});

async function post(request: Request) {
  try {
    const actor = await requirePermission("users:manage", request);
    const user = await createUser(await readJsonBody(request, bodySchema, MAX_BODY_BYTES), {
      id: actor.id,
      email: actor.email,
    });
    return jsonResponse({ user }, { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}

export const POST = mutation({ body: "json", maxBytes: MAX_BODY_BYTES }, post);
