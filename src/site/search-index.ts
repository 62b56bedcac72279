/**
 * The site's search index, written by Pagefind into <site>/pagefind/ once Astro has written the
 * pages of a build (an integration, so every site build has one, whoever runs it):
 * the text pages (marked with data-pagefind-body) indexed from the built HTML, plus one record per
 * table row and glossary term (src/site/search-records.ts). Pagefind segments Chinese itself
 * and keeps one index per page language, so the English pages search the English index.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { createIndex, close } from "pagefind";
import { bi, reportBuildStep, type DepartmentYear } from "../budget";
import { siteData } from "./data";
import { searchRecords } from "./search-records";

/** Records sent to Pagefind before waiting for its answers. */
const RECORD_BATCH = 500;

export interface SearchIndexStats {
  /** Text pages indexed from the HTML (both languages). */
  pages: number;
  /** Table rows and glossary terms (both languages). */
  records: number;
}

/** What Pagefind says it indexed, per language (text pages and records together). */
const indexedCount = async (output: string): Promise<number> => {
  const entry = JSON.parse(await readFile(join(output, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
};

/**
 * The pages Pagefind is to read: those holding data-pagefind-body. Once a site marks any page,
 * Pagefind indexes only the marked ones, yet it parses and keeps every page it is given (at 300
 * department-years, 11,787 pages for the 2,166 marked). Handing it those alone, as a glob of their
 * paths, gives the same index (a page that merely contains the words is one more page it skips).
 * The whole folder where no page is marked or a path would not read as a glob.
 */
const markedPagesGlob = (siteDir: string): string | undefined => {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html") && readFileSync(path).includes("data-pagefind-body"))
        pages.push(relative(siteDir, path).split(sep).join("/"));
    }
  };
  walk(siteDir);
  if (pages.length === 0 || pages.some((page) => /[{}[\]*?,!\\]/.test(page))) return undefined;
  return `{${pages.join(",")}}`;
};

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind ${step}: ${errors.join("; ")}`);
};

const writeSearchIndex = async (siteDir: string, dys: readonly DepartmentYear[]): Promise<SearchIndexStats> => {
  try {
    const { index, errors } = await createIndex({});
    if (!index) return fail("createIndex", errors);
    const glob = markedPagesGlob(siteDir);
    const added = await index.addDirectory({ path: siteDir, ...(glob ? { glob } : {}) });
    if (added.errors.length > 0) fail("addDirectory", added.errors);
    const records = searchRecords(dys);
    // Pagefind's service takes its messages one at a time, in the order they are sent: a batch sent
    // before the answers come back keeps it busy instead of waiting on each round trip, and gives
    // the same index as one record at a time.
    for (let start = 0; start < records.length; start += RECORD_BATCH) {
      const batch = records.slice(start, start + RECORD_BATCH);
      const results = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
      results.forEach((result, i) => {
        if (result.errors.length > 0) fail(`addCustomRecord ${batch[i]?.url ?? ""}`, result.errors);
      });
    }
    const output = join(siteDir, "pagefind");
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) fail("writeFiles", written.errors);
    // Pagefind also writes its ready-made UIs; the search page has its own, so they would be dead weight.
    for (const file of await readdir(output)) {
      if (/-ui\.(js|css)$|^pagefind-highlight\.js$/.test(file)) await rm(join(output, file));
    }
    return { pages: (await indexedCount(output)) - records.length, records: records.length };
  } finally {
    await close();
  }
};

/**
 * After the pages, the index over them; `npm run build` prints what it reports (the pages read
 * the validation the command shared, so the records are of exactly the data published).
 */
export const searchIndex = (): AstroIntegration => ({
  name: "budget-search-index",
  hooks: {
    "astro:build:done": async ({ dir }) => {
      const started = performance.now();
      const { pages, records } = await writeSearchIndex(fileURLToPath(dir), (await siteData()).departmentYears);
      reportBuildStep({
        name: "search index",
        seconds: (performance.now() - started) / 1000,
        message: bi(
          `✔ 搜索索引：${pages} 个文字页面，${records} 条表格行和名词`,
          `✔ Search index: ${pages} text pages, ${records} table rows and terms`,
        ),
      });
    },
  },
});
