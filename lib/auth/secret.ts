import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { authSecretSetting, DATA_DIR } from "../env";
import { AppError } from "../errors";

/**
 * The session-signing secret comes from BETTER_AUTH_SECRET. For the embedded quick start, a random one is
 * generated once into .data/ (git-ignored) so `npm start` works with no configuration; production must set it.
 */
export function authSecret(root: string = process.cwd()): string {
  const { secret: fromEnv, required } = authSecretSetting();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new AppError("CONFIG", "BETTER_AUTH_SECRET must be at least 32 characters");
    return fromEnv;
  }
  if (required) throw new AppError("CONFIG", "BETTER_AUTH_SECRET is not set");
  const file = path.join(root, DATA_DIR, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  }
  return fs.readFileSync(file, "utf8").trim();
}
