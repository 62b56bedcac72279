/**
 * Checks over the built site's files (no browser needed, so they run even without Chromium):
 * html-validate on every page, the internal link check (every local href/src resolves to a file,
 * every #fragment exists, nothing is fetched from another origin, CSS url()s included), and no
 * JavaScript on pages without an interactive part. Seed site and synthetic fixture site alike.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import {
  checkCssFiles,
  checkHtmlValidate,
  checkNoJavascript,
  checkPageLinks,
  checkSitemapAndRobots,
  expectNoProblems,
  FragmentIndex,
  type Problem,
} from "./site-check";
import { builtSites, SITE_DEFINITIONS } from "./sites";

const sites = builtSites();

test("the global setup built the sites", () => {
  expect(sites.map((site) => site.id)).toContain("seed");
});

for (const site of sites) {
  describe.skipIf(site.skipped !== undefined)(site.label, () => {
    const fragments = new FragmentIndex();
    const options = { siteOrigin: site.siteOrigin, fragments };

    test("the build succeeded and produced a home page and a 404 page", () => {
      if (site.error !== undefined) throw new Error(site.error);
      const urls = site.pages.map((page) => page.url);
      expect(urls, `HTML pages in ${site.outDir}`).toContain("/");
      expect(urls, `HTML pages in ${site.outDir}`).toContain("/404.html");
    });

    test("CSS: every url() and @import resolves locally, none from another origin", () => {
      if (site.error !== undefined) throw new Error(site.error);
      expectNoProblems(`${site.id} CSS files`, checkCssFiles(site.outDir, options));
    });

    test("sitemap.xml and robots.txt: every URL is on the site's origin and resolves", () => {
      if (site.error !== undefined) throw new Error(site.error);
      expectNoProblems(`${site.id} sitemap/robots`, checkSitemapAndRobots(site.outDir, options));
    });

    test("each department's latest address shows its newest year's home", () => {
      if (site.error !== undefined) throw new Error(site.error);
      const latest = site.pages.filter((page) => /^(\/en)?\/departments\/[^/]+\/latest\/$/.test(page.url));
      const departments = site.pages.filter((page) => /^(\/en)?\/departments\/[^/]+\/$/.test(page.url));
      expect(latest.length).toBe(departments.length);
      const mainOf = (file: string): string => /<main[\s\S]*<\/main>/.exec(readFileSync(file, "utf8"))?.[0] ?? "";
      for (const page of latest) {
        const prefix = page.url.startsWith("/en/") ? "/en" : "";
        const slug = page.url.split("/").at(-3) ?? "";
        const homes = site.pages
          .filter((p) => new RegExp(`^${prefix}/\\d{4}/${slug}/$`).test(p.url))
          .sort((a, b) => a.url.localeCompare(b.url));
        const newest = homes.at(-1);
        expect(newest, `${page.url}: no year home for ${slug}`).toBeDefined();
        expect(mainOf(page.file), page.url).toBe(mainOf(newest?.file ?? ""));
        expect(mainOf(page.file).length).toBeGreaterThan(1000);
      }
    });

    for (const page of site.pages) {
      describe(page.url, () => {
        test("html-validate: no error", async () => {
          expectNoProblems(`${site.id} ${page.url}: html-validate`, await checkHtmlValidate(page));
        });
        test("links: every local href/src resolves, every #fragment exists, nothing from another origin", () => {
          expectNoProblems(`${site.id} ${page.url}: links`, checkPageLinks(site.outDir, page, options));
        });
        test("no JavaScript unless the page has an interactive part", () => {
          expectNoProblems(`${site.id} ${page.url}: JavaScript`, checkNoJavascript(page));
        });
      });
    }
  });
}

/** The fixture's departments, as (year, folder, name): none of them may reach the seed site. */
const fixtureDepartments = (root: string): { path: string; name?: string }[] => {
  if (!existsSync(root)) return [];
  const found: { path: string; name?: string }[] = [];
  for (const year of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    for (const dept of readdirSync(join(root, year.name), { withFileTypes: true }).filter((e) => e.isDirectory())) {
      const meta = join(root, year.name, dept.name, "department.yaml");
      let name: string | undefined;
      try {
        const parsed: unknown = parse(readFileSync(meta, "utf8"));
        const value = (parsed as { department?: unknown } | null)?.department;
        if (typeof value === "string") name = value;
      } catch {
        // No or unreadable metadata: the folder name is still checked.
      }
      found.push({ path: `/${year.name}/${dept.name}/`, ...(name ? { name } : {}) });
    }
  }
  return found;
};

test("the seed site contains nothing from the synthetic fixture", () => {
  const seed = sites.find((site) => site.id === "seed");
  if (!seed || seed.error !== undefined) throw new Error(seed?.error ?? "the seed site was not built");
  const fixtureRoot = SITE_DEFINITIONS.find((def) => def.id === "synthetic")?.dataDir ?? "";
  const departments = fixtureDepartments(fixtureRoot);
  const seedFolders = new Set(fixtureDepartments("data").map((dept) => dept.path));
  const problems: Problem[] = [];
  for (const dept of departments) {
    if (seedFolders.has(dept.path)) continue;
    for (const page of seed.pages) {
      if (page.url.includes(dept.path))
        problems.push({ page: page.url, rule: "fixture-leak", message: `a page of fixture department ${dept.path}` });
      if (dept.name && readFileSync(page.file, "utf8").includes(dept.name))
        problems.push({ page: page.url, rule: "fixture-leak", message: `mentions fixture department ${dept.name}` });
    }
  }
  expectNoProblems("seed site", problems);
});
