import { expect, test } from "@playwright/test";
import { appOrigin, signIn } from "./fixtures";

// What each role sees in the navigation, and where it is refused.
const reach = {
  analyst: {
    nav: ["Overview", "Imports", "Screening", "BOM checks", "Rule replay", "Scenarios"],
    allowed: "/imports",
    refused: ["/audit"],
    label: "Analyst",
  },
  compliance: {
    nav: ["Overview", "Screening", "BOM checks", "Rule replay", "Scenarios", "Audit"],
    allowed: "/audit",
    refused: ["/imports"],
    label: "Compliance officer",
  },
  executive: {
    nav: ["Overview", "Screening", "BOM checks", "Rule replay", "Scenarios"],
    allowed: "/scenarios",
    refused: ["/admin/users"],
    label: "Executive",
  },
  admin: {
    nav: [
      "Overview",
      "Imports",
      "Screening",
      "BOM checks",
      "Rule replay",
      "Scenarios",
      "Audit",
      "Users",
      "API keys",
      "Exporter",
    ],
    allowed: "/admin/users",
    refused: [], // an administrator reaches every area
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
    for (const refused of r.refused) {
      await page.goto(refused);
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

test("repeated sign-in failures lock the account, whatever address each one claims", async ({ request }) => {
  // An account nobody uses, so the lock does not slow the other tests' sign-ins; each attempt claims its own
  // address (the e2e server trusts this test runner as a proxy), so only the per-account limit can stop them.
  const statuses: number[] = [];
  for (let i = 0; i < 15; i++) {
    const res = await request.post("/api/auth/sign-in/email", {
      headers: { "x-forwarded-for": `203.0.113.${i + 1}`, origin: appOrigin },
      data: { email: "locked-out@chokepoint.demo", password: `wrong-${i}` },
    });
    statuses.push(res.status());
  }
  expect(statuses).toEqual([...Array(10).fill(401), ...Array(5).fill(429)]);
});

test("a page on another port of this host cannot make a signed-in admin create a user", async ({ page }) => {
  await signIn(page, "admin");
  const forged = await page.request.post("/api/v1/users", {
    headers: {
      origin: appOrigin.replace(/:(\d+)$/, (_m, p: string) => `:${Number(p) + 1}`),
      "content-type": "text/plain",
    },
    data: JSON.stringify({
      name: "Mallory",
      email: "mallory@example.com",
      role: "admin",
      password: "long-enough-password",
    }),
  });
  expect(forged.status()).toBe(403);
  await page.goto("/admin/users");
  await expect(page.getByText("mallory@example.com")).toHaveCount(0);
});

test("next= after sign-in never leaves the site and never fails", async ({ page }) => {
  await signIn(page, "analyst");
  for (const next of [
    "/%09/evil.example/x",
    "/%0A/evil.example",
    "/%C3%A9",
    "%5C%5Cevil.example",
    "/.//evil.example",
  ]) {
    const res = await page.request.get(`/sign-in?next=${next}`, { maxRedirects: 0 });
    expect(res.status(), next).toBe(307);
    expect(new URL(res.headers().location!, appOrigin).href, next).toBe(`${appOrigin}/`);
  }
});

test("route handlers check the role themselves: 401 anonymous, 403 wrong role, 200 right role", async ({
  page,
  request,
}) => {
  expect((await request.get("/api/v1/users")).status()).toBe(401);
  await signIn(page, "analyst");
  const asAnalyst = await page.request.post("/api/v1/users", {
    headers: { origin: appOrigin },
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
  await expect(row.getByRole("status")).toHaveText("temp.analyst@example.com: role changed to Compliance officer.");
  await page.goto("/audit");
  const entry = page.getByRole("row").filter({ hasText: "user.role-changed" }).first();
  await expect(entry).toContainText("admin@chokepoint.demo");
  await expect(entry).toContainText("role: analyst → compliance");
});
