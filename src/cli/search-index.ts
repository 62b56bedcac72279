/**
 * The site's search index, written by Pagefind into <site>/pagefind/ during `npm run build`:
 * the text pages (marked with SEARCH_BODY) indexed from the built HTML, plus one record per
 * table row and glossary term (src/site/search-records.ts). Pagefind segments Chinese itself
 * and keeps one index per page language, so the English pages search the English index.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { createIndex, close } from "pagefind";
import type { DepartmentYear } from "../budget";
import { searchRecords } from "../site/search-records";

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

const fail = (step: string, errors: readonly string[]): never => {
  throw new Error(`Pagefind ${step}: ${errors.join("; ")}`);
};

export const writeSearchIndex = async (siteDir: string, dys: readonly DepartmentYear[]): Promise<SearchIndexStats> => {
  try {
    const { index, errors } = await createIndex({});
    if (!index) return fail("createIndex", errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) fail("addDirectory", added.errors);
    const records = searchRecords(dys);
    for (const record of records) {
      const result = await index.addCustomRecord(record);
      if (result.errors.length > 0) fail(`addCustomRecord ${record.url}`, result.errors);
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
