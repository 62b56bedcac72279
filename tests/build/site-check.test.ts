/**
 * The file checks themselves (site-check.ts, html-scan.ts), on a small hand-made site with known
 * defects (checker-site.ts): a check that never fails proves nothing, so each one must flag what
 * it is there to flag (and pass a clean page).
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SITE_ORIGIN, writeCheckerSite } from "./checker-site";
import { scanHtml } from "./html-scan";
import {
  checkCssFiles,
  checkHtmlValidate,
  checkNoJavascript,
  checkPageLinks,
  checkSitemapAndRobots,
  listPages,
  type Problem,
  type SitePage,
} from "./site-check";

let root = "";
const pages = (): Map<string, SitePage> => new Map(listPages(root).map((p) => [p.url, p]));
const pageAt = (url: string): SitePage => {
  const found = pages().get(url);
  if (!found) throw new Error(`no page ${url}`);
  return found;
};
const rules = (problems: readonly Problem[]): string[] => problems.map((p) => p.rule);

beforeAll(() => {
  root = writeCheckerSite();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

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
