import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// An admin's account work (issue 18 #10, issue 21 #4 and #6): a key is created and shown once, used, listed and
// revoked; a user is disabled; the Audit page filters the security events these left.
test("admin creates an API key (shown once), lists and revokes it, disables a user, and filters the audit", async ({
  page,
  request,
}) => {
  const stamp = Date.now();
  const email = `e2e-owner-${stamp}@example.com`;
  const label = `E2E key ${stamp}`;
  await signIn(page, "admin");

  await page.goto("/admin/users");
  const add = page.locator("form", { has: page.getByRole("button", { name: "Add user" }) });
  await add.getByLabel("Name").fill("Key Owner");
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Role").selectOption("compliance");
  await add.getByLabel("Initial password").fill("owner-password-1");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`Created ${email} (compliance).`)).toBeVisible();

  await page.goto("/admin/keys");
  const create = page.getByRole("form", { name: "Create a key" });
  await create.getByLabel("Owner").selectOption({ label: `${email} (Compliance officer)` });
  await create.getByLabel("Label").fill(label);
  await create.getByLabel("Key role").selectOption("compliance");
  await create.getByLabel(/^Valid for/).fill("30");
  await create.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText(/shown only this once/)).toBeVisible();
  const key = (await page.getByLabel("New API key").textContent())!.trim();
  expect(key).toMatch(/^ck_[\w-]{32}$/);

  // the key works with its role...
  const auth = { authorization: `Bearer ${key}` };
  expect((await request.get("/api/v1/overview", { headers: auth })).status()).toBe(200);

  // ...is listed without its secret after a reload...
  await page.reload();
  await expect(page.getByText(key)).toHaveCount(0);
  const row = page.getByRole("row", { name: new RegExp(label) });
  await expect(row.getByRole("cell")).toHaveText([
    `${key.slice(0, 10)}…`,
    label,
    "compliance",
    email,
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    "active",
    "Revoke",
  ]);

  // ...and stops at once when revoked
  await row.getByRole("button", { name: `Revoke ${label}` }).click();
  await expect(page.getByText(/stopped working at once/)).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole("row", { name: new RegExp(label) })
      .getByRole("cell")
      .nth(7),
  ).toHaveText("revoked");
  expect((await request.get("/api/v1/overview", { headers: auth })).status()).toBe(401);

  await page.goto("/admin/users");
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(
    page.getByText(`Disabled ${email}: their sessions ended and their API keys stopped working.`),
  ).toBeVisible();
  await page.reload();
  await expect(
    page
      .getByRole("row", { name: new RegExp(email) })
      .getByRole("cell")
      .nth(2),
  ).toHaveText("Disabled");

  await page.goto("/audit");
  await page.getByLabel("Events").selectOption({ label: "API keys" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/[?&]kind=api-keys/);
  const log = page.getByRole("table", { name: "Audit log" });
  await expect(log.getByRole("cell", { name: "api-key.revoked" })).toHaveCount(1);
  await expect(log.getByRole("cell", { name: "api-key.created" }).first()).toBeVisible();
  await expect(log.getByRole("cell", { name: "user.disabled" })).toHaveCount(0);

  await page.goto("/audit?kind=users");
  await expect(page.getByLabel("Events")).toHaveValue("users");
  await expect(page.getByRole("table", { name: "Audit log" }).getByRole("cell", { name: "user.disabled" })).toHaveCount(
    1,
  );

  await page.goto("/audit?kind=sign-in");
  await expect(
    page.getByRole("table", { name: "Audit log" }).getByRole("cell", { name: "auth.sign-in", exact: true }).first(),
  ).toBeVisible();
});

test("a disabled user cannot sign in and is told so", async ({ page }) => {
  await signIn(page, "admin");
  const email = `e2e-disabled-${Date.now()}@example.com`;
  await page.goto("/admin/users");
  const add = page.locator("form", { has: page.getByRole("button", { name: "Add user" }) });
  await add.getByLabel("Name").fill("Soon Disabled");
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Initial password").fill("disabled-password-1");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`Created ${email} (analyst).`)).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(page.getByText(`Disabled ${email}:`)).toBeVisible();
  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("disabled-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("This account is disabled: ask an administrator.")).toBeVisible();
});

test("a password reset shows a temporary password once, and the user must choose a new one at sign-in", async ({
  page,
}) => {
  await signIn(page, "admin");
  const email = `e2e-reset-${Date.now()}@example.com`;
  await page.goto("/admin/users");
  const add = page.locator("form", { has: page.getByRole("button", { name: "Add user" }) });
  await add.getByLabel("Name").fill("Forgot Password");
  await add.getByLabel("Email").fill(email);
  await add.getByLabel("Initial password").fill("first-password-1");
  await add.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByText(`Created ${email} (analyst).`)).toBeVisible();
  await page.reload();
  await page.getByRole("button", { name: `Reset password ${email}` }).click();
  const temporary = (await page.getByLabel(`Temporary password for ${email}`).textContent())!.trim();
  expect(temporary).toMatch(/^[\w-]{16}$/);

  await page.context().clearCookies();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(temporary);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.goto("/screening");
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Current (temporary) password").fill(temporary);
  await page.getByLabel("New password", { exact: true }).fill("my-own-password-1");
  await page.getByLabel("New password again").fill("my-own-password-1");
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await page.goto("/screening");
  await expect(page).toHaveURL(/\/screening$/);
});
