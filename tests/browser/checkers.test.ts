/**
 * The checkers themselves, on a small hand-made site with known defects: a check that never fails
 * proves nothing, so each one must flag what it is there to flag (and pass a clean page).
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumRequired, findChromium, launchChromium, missingChromiumError } from "./chromium";
import { scanHtml } from "../build/html-scan";
import { checkPageInBrowser } from "./page-check";
import { serveStatic, type StaticServer } from "./server";
import {
  checkCssFiles,
  checkHtmlValidate,
  checkNoJavascript,
  checkPageLinks,
  checkSitemapAndRobots,
  listPages,
  type Problem,
  type SitePage,
} from "../build/site-check";

const SITE_ORIGIN = "https://budget.example.gov.cn";

const page = (title: string, body: string, head = ""): string => `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="/style.css">${head}
  </head>
  <body>
    <main>
      <h1>${title}</h1>
${body}
    </main>
  </body>
</html>
`;

const FILES: Record<string, string> = {
  "index.html": page(
    "首页",
    `      <p id="intro">预算 <a href="/about/">关于</a> <a href="/about/#team">团队</a> <a href="#intro">本页</a>
        <a href="about/">相对</a> <a href="/data/t.csv">CSV</a> <a href="https://www.gov.cn/">政府网</a>
        <a href="mailto:a@example.gov.cn">邮件</a> <a href="/%E8%AF%B4%E6%98%8E/">说明</a></p>`,
    `\n    <link rel="canonical" href="${SITE_ORIGIN}/">`,
  ),
  "about/index.html": page("关于", `      <p id="team" style="--level: 2; --h:10px">团队</p>`),
  "说明/index.html": page("说明", `      <p>说明</p>`),
  "404.html": page("未找到", `      <p><a href="/">返回首页</a></p>`),
  "data/t.csv": "code,amount\n201,1.00\n",
  "data/t.json": '{"rows":[]}\n',
  "img/ok.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
  "style.css":
    'body{background:url(/img/ok.svg)}\n.x{background:url("../img/missing.png")}\n@import url(https://fonts.example.com/f.css);\n',
  "chart/index.html": page(
    "图表",
    `      <canvas width="10" height="10" aria-label="图表"></canvas>`,
    `\n    <script type="module" src="/chart.js"></script>`,
  ),
  "chart.js": "export {};\n",
  "sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>${SITE_ORIGIN}/</loc></url><url><loc>${SITE_ORIGIN}/gone/</loc></url><url><loc>https://elsewhere.example/</loc></url></urlset>\n`,
  "robots.txt": `Sitemap: ${SITE_ORIGIN}/sitemap.xml\n`,
  "bad/index.html": page(
    "坏页",
    `      <p id="dup">
        <a href="/missing/">a</a> <a href="/about">b</a> <a href="/about/#nope">c</a> <a href="#nowhere">d</a>
        <a href="javascript:void(0)">e</a> <button type="button" onclick="go()">f</button>
        <img src="https://cdn.example.com/logo.png" alt="logo">
      </p>
      <p id="dup" style="--level: 2; color: red">again</p>`,
    `\n    <script src="https://cdn.example.com/x.js"></script>\n    <script>window.x = 1;</script>` +
      `\n    <link rel="alternate" hreflang="en" href="${SITE_ORIGIN}/en/bad/">`,
  ),
  "browser-bad/index.html": `<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><title>broken</title></head>
  <body>
    <img src="/missing.png" alt="missing">
    <img src="https://cdn.example.com/logo.png">
    <div style="width: 600px">wide</div>
    <script>console.error("boom");</script>
  </body>
</html>
`,
};

let root = "";
let server: StaticServer | undefined;
const pages = (): Map<string, SitePage> => new Map(listPages(root).map((p) => [p.url, p]));
const pageAt = (url: string): SitePage => {
  const found = pages().get(url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};
const rules = (problems: readonly Problem[]): string[] => problems.map((p) => p.rule);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "budget-checkers-"));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe("html scanner", () => {
  test("reads attributes, entities, line numbers, and skips script content and comments", () => {
    const tags = scanHtml(
      '<!-- <a href="/no"> -->\n<a href="/x?a=1&amp;b=2" data-flag>x</a>\n<script>if (a<b) "<img src=/no>"</script><IMG SRC=/y.png>',
    );
    expect(tags.map((t) => t.name)).toEqual(["a", "script", "img"]);
    expect(tags[0]?.attrs.get("href")).toBe("/x?a=1&b=2");
    expect(tags[0]?.attrs.get("data-flag")).toBe("");
    expect(tags[0]?.line).toBe(2);
    expect(tags[2]?.attrs.get("src")).toBe("/y.png");
  });
});

describe("site walk", () => {
  test("finds every HTML page and maps folders to trailing-slash URLs", () => {
    expect([...pages().keys()]).toEqual(["/", "/404.html", "/about/", "/bad/", "/browser-bad/", "/chart/", "/说明/"]);
  });
});

describe("link check", () => {
  test("a clean page has no problem (local, relative, percent-encoded, fragment, canonical, external links)", () => {
    expect(checkPageLinks(root, pageAt("/"), { siteOrigin: SITE_ORIGIN })).toEqual([]);
  });
  test("flags broken links, folder links without slash, missing fragments, foreign resources, javascript: URLs", () => {
    const problems = checkPageLinks(root, pageAt("/bad/"), { siteOrigin: SITE_ORIGIN });
    const text = problems.map((p) => `${p.rule} ${p.message}`).join("\n");
    expect(text).toMatch(/link-broken .*\/missing\//);
    expect(text).toMatch(/link-broken .*"\/about".*trailing slash/);
    expect(text).toMatch(/link-fragment .*id="nope"/);
    expect(text).toMatch(/link-fragment #nowhere/);
    expect(text).toMatch(/foreign-resource src="https:\/\/cdn\.example\.com\/x\.js"/);
    expect(text).toMatch(/foreign-resource src="https:\/\/cdn\.example\.com\/logo\.png"/);
    expect(text).toMatch(/link-broken .*\/en\/bad\//);
    expect(text).toMatch(/no-javascript href="javascript:void\(0\)"/);
    expect(problems.every((p) => p.page === "/bad/" && p.line !== undefined && p.element)).toBe(true);
  });
  test("CSS: flags a broken url() and an @import from another origin", () => {
    const problems = checkCssFiles(root, { siteOrigin: SITE_ORIGIN });
    expect(rules(problems).sort()).toEqual(["foreign-resource", "link-broken"]);
  });
});

describe("sitemap and robots check", () => {
  test("flags a sitemap URL that does not resolve and one on another origin", () => {
    const problems = checkSitemapAndRobots(root, { siteOrigin: SITE_ORIGIN });
    expect(problems.map((p) => `${p.element} ${p.message}`)).toEqual([
      `${SITE_ORIGIN}/gone/ /gone/ does not resolve: no file gone/index.html`,
      `https://elsewhere.example/ not on the site's origin ${SITE_ORIGIN}`,
    ]);
  });
});

describe("no-JavaScript check", () => {
  test("flags scripts and inline handlers on a page without an interactive part", () => {
    const problems = checkNoJavascript(pageAt("/bad/"));
    expect(problems.map((p) => p.message).join("\n")).toMatch(/x\.js[\s\S]*inline <script>[\s\S]*onclick/);
  });
  test("allows JavaScript on a page with a chart (<canvas>) and finds none on a plain page", () => {
    expect(checkNoJavascript(pageAt("/chart/"))).toEqual([]);
    expect(checkNoJavascript(pageAt("/"))).toEqual([]);
  });
});

describe("html-validate", () => {
  test("passes a valid page, flags a duplicate id with its line and a real inline style", async () => {
    expect(await checkHtmlValidate(pageAt("/"))).toEqual([]);
    const problems = await checkHtmlValidate(pageAt("/bad/"));
    expect(problems.find((p) => p.rule === "html-validate:no-dup-id")?.line).toBeGreaterThan(1);
    // Inline style: custom properties only is allowed (/about/), a real property is not.
    expect(await checkHtmlValidate(pageAt("/about/"))).toEqual([]);
    expect(problems.find((p) => p.rule === "html-validate:no-inline-style")?.element).toContain("color: red");
  });
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
