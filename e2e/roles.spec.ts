import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures";

// What each role sees in the navigation, and where it is refused.
const reach = {
  analyst: {
    nav: ["Overview", "Imports", "Screening", "BOM checks", "Scenarios"],
    allowed: "/imports",
    refused: "/audit",
    label: "Analyst",
  },
  compliance: {
    nav: ["Overview", "Screening", "BOM checks", "Scenarios", "Audit"],
    allowed: "/audit",
    refused: "/imports",
    label: "Compliance officer",
  },
  executive: {
    nav: ["Overview", "Screening", "BOM checks", "Scenarios"],
    allowed: "/scenarios",
    refused: "/admin/users",
    label: "Executive",
  },
  admin: {
    nav: ["Overview", "Imports", "Screening", "BOM checks", "Scenarios", "Audit", "Users", "API keys"],
    allowed: "/admin/users",
    refused: null,
    label: "Administrator",
  },
} as const;

for (const [role, r] of Object.entries(reach)) {
  test(`${role} signs in and reaches only its areas`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByTestId("current-role")).toHaveText(r.label);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([...r.nav]);
    await page.goto(r.allowed);
    await expect(page).toHaveURL(new RegExp(`${r.allowed}$`));
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Not allowed");
    if (r.refused) {
      await page.goto(r.refused);
      await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
    }
  });
}

test("an anonymous visitor is sent to sign in, and comes back after", async ({ page }) => {
  await page.goto("/boms");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fboms$/);
  await page.getByLabel("Email").fill("compliance@chokepoint.demo");
  await page.getByLabel("Password").fill("chokepoint-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "BOM checks" })).toBeVisible();
});

test("a wrong password gets one clear message that does not say whether the email exists", async ({ page }) => {
  await page.goto("/sign-in");
  for (const email of ["analyst@chokepoint.demo", "nobody@chokepoint.demo"]) {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Email or password" })).toHaveText(
      "Email or password is incorrect.",
    );
  }
});

test("repeated sign-in failures are rate-limited", async ({ request }) => {
  // Its own client address, so this test's failures do not slow the other tests' sign-ins.
  const headers = { "x-forwarded-for": "203.0.113.77", origin: `http://127.0.0.1:${process.env.E2E_PORT ?? "3100"}` };
  const statuses: number[] = [];
  for (let i = 0; i < 45; i++) {
    const res = await request.post("/api/auth/sign-in/email", {
      headers,
      data: { email: "analyst@chokepoint.demo", password: `wrong-${i}` },
    });
    statuses.push(res.status());
  }
  expect(statuses.slice(0, 40).every((s) => s === 401)).toBe(true);
  expect(statuses.slice(40)).toEqual([429, 429, 429, 429, 429]);
});

test("route handlers check the role themselves: 401 anonymous, 403 wrong role, 200 right role", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/v1/users")).status()).toBe(401);
  await signIn(page, "analyst");
  const asAnalyst = await page.request.post("/api/v1/users", {
    data: { name: "X", email: "x@example.com", role: "admin", password: "long-enough-password" },
  });
  expect(asAnalyst.status()).toBe(403);
  expect((await asAnalyst.json()).error.code).toBe("FORBIDDEN");
  expect((await page.request.get("/api/v1/overview")).status()).toBe(200);
});

test("an admin changes a role, and the audit log records who, what, before and after", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  await page.getByLabel("Name").fill("Temp Analyst");
  await page.getByLabel("Email").fill("temp.analyst@example.com");
  await page.getByLabel("Initial password").fill("temporary-password-1");
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Created temp.analyst@example.com (analyst)." }),
  ).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "temp.analyst@example.com" });
  await row.getByLabel("Role of temp.analyst@example.com").selectOption("compliance");
  await row.getByRole("button", { name: "Change role" }).click();
  await expect(row.getByRole("status")).toHaveText("temp.analyst@example.com is now compliance.");
  await page.goto("/audit");
  const entry = page.getByRole("row").filter({ hasText: "user.role-changed" }).first();
  await expect(entry).toContainText("admin@chokepoint.demo");
  await expect(entry).toContainText('{"role":"analyst"} → {"role":"compliance"}');
});
