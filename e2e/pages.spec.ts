import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./fixtures";

// Every page an administrator can open (an administrator sees every area), checked the way a phone user and a
// screen-reader user meet it: nothing scrolls sideways at 390 px, no serious or critical accessibility violation,
// and no raw words (record ids, camelCase field names) on screen. Pages with an id in their path are reached
// by following the first link to one, as users do.

const fixedPages = [
  "/",
  "/imports",
  "/screening",
  "/screening/changes",
  "/boms",
  "/boms/catalogue",
  "/boms/exposure",
  "/boms/licences",
  "/replay",
  "/replay?rules=2022-10-06",
  "/digest",
  "/report",
  "/scenarios",
  "/audit",
  "/admin/users",
  "/admin/keys",
  "/account/password",
];

/** Where to find a link to each kind of page with an id in its path: a fixed page, or one found before. */
const linkedPages: [name: string, from: string, href: RegExp][] = [
  ["list version", "/imports", /^\/imports\/lists\/[^/]+$/],
  ["hit", "/screening", /^\/screening\/hits\/[^/]+$/],
  ["party", "hit", /^\/screening\/parties\/[^/]+$/],
  ["BOM", "/boms", /^\/boms\/(?!catalogue|exposure|licences)[^/]+$/],
  ["determination", "/boms/exposure", /^\/boms\/[^/]+\/determinations\/[^/]+$/],
];

// A record id as the database makes them (cuid: a "c" and 24 more lower-case letters and digits; or 32 hex
// digits) or a camelCase field name. Words users do write that way are allowed, and so are file names in a
// source citation ("src/data/chipData.js").
const idLike = /\b(c[a-z0-9]{24}|[0-9a-f]{32})\b/;
const camelCase = /\b[a-z]+[A-Z][A-Za-z]*\b(?!\.[a-z]{1,4}\b)/g;
const allowedCamel = new Set(["eCFR", "iPhone", "iPad", "macOS", "iOS", "eBay", "pdfjs"]);

async function firstLink(page: Page, from: string, href: RegExp): Promise<string> {
  let found: string | undefined;
  const linkOnPage = async () => {
    const hrefs = await page.locator("main a[href^='/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    found = hrefs.map((h) => h.split(/[?#]/)[0] ?? h).find((h) => href.test(h));
    return found ?? null;
  };
  // tables render their rows once the page is live, and a re-screening after the list changed may still be
  // running (the page lists its hits once it is done): wait for the link, loading the page again if need be
  await expect(async () => {
    await page.goto(from);
    await expect.poll(linkOnPage, { message: `a link matching ${href} on ${from}`, timeout: 10_000 }).not.toBeNull();
  }).toPass({ timeout: 60_000 });
  return found!;
}

async function checkPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator("main")).toBeVisible();
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect
    .soft(widths.page, `${path} is ${widths.page} px wide at ${widths.viewport} px`)
    .toBeLessThanOrEqual(widths.viewport);
  const axe = await new AxeBuilder({ page }).analyze();
  const grave = axe.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    );
  expect.soft(grave, `accessibility violations on ${path}`).toEqual([]);
  const text = await page.locator("body").innerText();
  expect.soft(text.match(idLike)?.[0] ?? null, `a record id on ${path}`).toBeNull();
  const camel = [...new Set(text.match(camelCase) ?? [])].filter((w) => !allowedCamel.has(w));
  expect.soft(camel, `camelCase field names on ${path}`).toEqual([]);
}

test.describe("every page at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("no sideways scrolling, no serious accessibility violation, no raw words", async ({ page }) => {
    test.setTimeout(300_000);
    await signIn(page, "admin");
    const linked = new Map<string, string>();
    for (const [name, from, href] of linkedPages)
      linked.set(name, await firstLink(page, linked.get(from) ?? from, href));
    for (const path of [...fixedPages, ...linked.values()]) await checkPage(page, path);
  });

  test("the menu folds behind a button and the skip link leads to the content", async ({ page }) => {
    await signIn(page, "admin");
    const menu = page.getByRole("navigation", { name: "Main" });
    await expect(menu).toBeHidden();
    await page.getByRole("button", { name: "Menu" }).click();
    await expect(menu).toBeVisible();
    await menu.getByRole("link", { name: "Screening" }).click();
    await expect(page.getByRole("heading", { name: "Screening", level: 1 })).toBeVisible();
    await expect(menu).toBeHidden();
    // on a freshly loaded page the skip link is the first stop of the Tab key
    await page.goto("/audit");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to content" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page.locator("main")).toBeFocused();
  });
});
