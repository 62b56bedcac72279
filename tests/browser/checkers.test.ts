/**
 * The browser tests' own tools, on the small hand-made site with known defects
 * (tests/build/checker-site.ts): the static server must behave as a plain static host, and the
 * browser checker must flag what it is there to flag (and pass a clean page).
 */
import { rmSync } from "node:fs";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { writeCheckerSite } from "../build/checker-site";
import type { Problem } from "../build/site-check";
import { chromiumRequired, findChromium, launchChromium, missingChromiumError } from "./chromium";
import { checkPageInBrowser } from "./page-check";
import { serveStatic, type StaticServer } from "./server";

let root = "";
let server: StaticServer | undefined;
const rules = (problems: readonly Problem[]): string[] => problems.map((p) => p.rule);

beforeAll(async () => {
  root = writeCheckerSite();
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("static server", () => {
  const get = (path: string, method = "GET"): Promise<Response> =>
    fetch(`${server?.origin ?? ""}${path}`, { method, redirect: "manual" });
  test("serves files with their content type", async () => {
    expect((await get("/data/t.csv")).headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect((await get("/data/t.json")).headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((await get("/style.css")).headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect((await get("/chart.js")).headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const home = await get("/");
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await home.text()).toContain("<h1>首页</h1>");
    expect(await (await get("/%E8%AF%B4%E6%98%8E/")).text()).toContain("<h1>说明</h1>");
    expect((await get("/", "HEAD")).status).toBe(200);
  });
  test("redirects a folder without its slash, answers 404 with the 404 page, never leaves the folder", async () => {
    const folder = await get("/about?x=1");
    expect(folder.status).toBe(301);
    expect(folder.headers.get("location")).toBe("/about/?x=1");
    const missing = await get("/no/such/page/");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("<h1>未找到</h1>");
    expect((await get("/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });
});

const lookup = findChromium();
if (!lookup.found && chromiumRequired())
  test("Chromium is available (required because CI=true)", () => {
    throw missingChromiumError(lookup);
  });

describe.skipIf(!lookup.found)("browser checker (Chromium)", () => {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  beforeAll(async () => {
    if (!lookup.found) throw missingChromiumError(lookup);
    browser = await launchChromium(lookup.path);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("a clean page has no problem", async () => {
    const report = await checkPageInBrowser(context as BrowserContext, server?.origin ?? "", "/");
    expect([...report.load, ...report.axe, ...report.overflow]).toEqual([]);
    expect(report.status).toBe(200);
  });
  test("flags console errors, failed and foreign requests, axe violations and overflow at 360 px", async () => {
    const report = await checkPageInBrowser(context as BrowserContext, server?.origin ?? "", "/browser-bad/");
    const load = report.load.map((p) => `${p.rule} ${p.message}`).join("\n");
    expect(load).toMatch(/console-error console error: boom/);
    expect(load).toMatch(/request-failed HTTP 404 for GET http:\/\/127\.0\.0\.1:\d+\/missing\.png \(image\)/);
    expect(load).toMatch(/foreign-request .*https:\/\/cdn\.example\.com\/logo\.png/);
    const axe = rules(report.axe);
    expect(axe).toContain("axe:image-alt (critical)");
    expect(axe).toContain("axe:html-has-lang (serious)");
    expect(report.axe.find((p) => p.rule.startsWith("axe:image-alt"))?.element).toContain("logo.png");
    expect(report.overflow[0]?.element).toMatch(/^div .*600px/);
    expect(report.widths.scrollWidth).toBeGreaterThan(report.widths.clientWidth);
  });
  test("an unknown URL: the expected 404 is no error, the 404 page loads cleanly", async () => {
    const report = await checkPageInBrowser(context as BrowserContext, server?.origin ?? "", "/no/such/", {
      expectStatus: 404,
      axe: false,
    });
    expect(report.status).toBe(404);
    expect(report.load).toEqual([]);
  });
});
