// A documented alias (README "API", docs/openapi.yaml): the path this endpoint had before the public API moved
// under /api/v1. Same handler, same checks; new integrations use /api/v1/determinations.
import * as v1 from "@/app/api/v1/determinations/route";

export const POST = v1.POST;
