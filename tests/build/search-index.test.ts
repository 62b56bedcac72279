/**
 * The seed site's Pagefind index as written (no browser): every table row and glossary term of
 * the published data is in it once, with the place it points to (meta.url, an existing page and
 * anchor), its title and context as metadata and only its own words as its text; the text pages
 * keep their own URLs. The browser test (tests/browser/search.test.ts) follows a result's link.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, test } from "vitest";
import { loadData } from "../../src/budget/load";
import { searchRecords, type SearchRecord } from "../../src/site/search-records";
import { FragmentIndex } from "./site-check";
import { builtSites } from "./sites";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** The folders of the index's parts: pagefind/ and those pagefind/parts.json lists. */
const partFolders = (siteDir: string): string[] => {
  const root = join(siteDir, "pagefind");
  const parts = JSON.parse(readFileSync(join(root, "parts.json"), "utf8")) as string[];
  return [root, ...parts.map((part) => join(root, part))];
};

/** Pagefind's fragments are gzipped JSON behind a "pagefind_dcd" signature. */
const readFragments = (indexDir: string): (Fragment & { part: string })[] => {
  const dir = join(indexDir, "fragment");
  return readdirSync(dir).map((file) => {
    const text = gunzipSync(readFileSync(join(dir, file))).toString("utf8");
    return { ...(JSON.parse(text.replace(/^pagefind_dcd/, "")) as Fragment), part: indexDir };
  });
};

const seed = builtSites().find((site) => site.id === "seed");

describe.skipIf(seed?.skipped !== undefined)("search index (seed site)", () => {
  let folders: string[];
  let fragments: (Fragment & { part: string })[];
  let records: SearchRecord[];
  beforeAll(async () => {
    if (seed?.error !== undefined) throw new Error(seed.error);
    folders = partFolders(seed?.outDir ?? "");
    fragments = folders.flatMap(readFragments);
    records = searchRecords((await loadData("data")).departmentYears);
  });

  const recordFragments = (): (Fragment & { part: string })[] => fragments.filter((f) => f.meta["url"] !== undefined);

  test("holds every record of the published data once, at the place it points to", () => {
    expect(records.length).toBeGreaterThan(3000);
    const pointed = recordFragments().map((f) => f.meta["url"]);
    expect([...pointed].sort()).toEqual(records.map((r) => r.url).sort());
  });

  test("a record's text is its own words; its title and context are metadata", () => {
    const [project] = recordFragments().filter((f) => f.meta["url"] === "/2025/huadu-zwfw/table-12/#t12-r-8");
    expect(project?.meta["title"]).toBe("区长专线日常经费");
    expect(project?.meta["context"]).toBe("广州市花都区政务服务和数据管理局 · 2025 · 部门预算项目支出及其他支出预算表");
    // Pagefind returns Chinese text with a zero-width space between the words it split it into.
    const words = project?.content.replace(/\u200b/g, "");
    expect(words).toContain("完成12345热线事项的按期办结");
    expect(words).not.toContain("广州市花都区政务服务和数据管理局");
  });

  test("every record points at an existing page and anchor", () => {
    const anchors = new FragmentIndex();
    const missing = recordFragments()
      .map((f) => f.meta["url"] ?? "")
      .filter((url) => {
        const [path = "", anchor = ""] = url.split("#");
        try {
          return !anchors.idsOf(join(seed?.outDir ?? "", path, "index.html")).has(anchor);
        } catch {
          return true;
        }
      });
    expect(missing).toEqual([]);
  });

  test("is written in parts of at most the set size, never splitting a department-year", () => {
    // tests/build/sites.ts builds the seed with BUDGET_SEARCH_PART_RECORDS=1000.
    expect(folders.length).toBeGreaterThan(2);
    const byPart = new Map<string, Fragment[]>();
    for (const f of recordFragments()) byPart.set(f.part, [...(byPart.get(f.part) ?? []), f]);
    expect([...byPart.keys()].sort()).toEqual([...folders].sort());
    const owner = new Map<string, string>();
    for (const [part, held] of byPart) {
      // A part holds a whole department-year, in both languages, so it may pass the size by that one.
      const whose = new Set(
        held.map((f) =>
          (f.meta["url"] ?? "")
            .replace(/^\/en\//, "/")
            .split("/")
            .slice(1, 3)
            .join("/"),
        ),
      );
      expect(held.length <= 1000 || whose.size === 1).toBe(true);
      for (const dy of whose) {
        expect(owner.get(dy) ?? part).toBe(part);
        owner.set(dy, part);
      }
    }
    // Only the first part carries Pagefind's script and WebAssembly; the search page merges the rest.
    for (const folder of folders.slice(1)) {
      expect(readdirSync(folder).filter((file) => /\.js$|^wasm\./.test(file))).toEqual([]);
    }
  });

  test("the text pages keep their own URLs, in the first part", () => {
    const pages = fragments.filter((f) => f.meta["url"] === undefined).map((f) => f.url);
    expect(new Set(fragments.filter((f) => f.meta["url"] === undefined).map((f) => f.part))).toEqual(
      new Set(folders.slice(0, 1)),
    );
    expect(pages).toContain("/2025/huadu-zwfw/explanation/");
    expect(pages.filter((url) => url.endsWith(".html"))).toEqual([]);
  });
});
