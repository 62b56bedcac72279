/**
 * The site's search index, written by Pagefind into <site>/pagefind/ once Astro has written the
 * pages of a build (an integration, so every site build has one, whoever runs it):
 * the text pages (marked with data-pagefind-body) indexed from the built HTML, plus one record per
 * table row and glossary term (src/site/search-records.ts). Pagefind segments Chinese itself
 * and keeps one index per page language, so the English pages search the English index.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { createIndex, close, type PagefindIndex } from "pagefind";
import { bi, reportBuildStep, type DepartmentYear } from "../budget";
import { siteData } from "./data";
import { escapeMarkup } from "./escape-markup";
import { searchRecords, type SearchRecord } from "./search-records";

/** Record files per folder of the records' scratch tree, so no folder holds tens of thousands. */
const RECORDS_PER_FOLDER = 1000;

export interface SearchIndexStats {
  /** Text pages indexed from the HTML (both languages). */
  pages: number;
  /** Table rows and glossary terms (both languages). */
  records: number;
  /** Parts the index is written in (pagefind/ and pagefind/part-i/). */
  parts: number;
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

/**
 * A record as the page Pagefind reads it: its language as the page's, its words as the page's
 * only text, and where it points, its title and context as metadata in the head (not indexed, so
 * a department's name does not find every row of it). The result's link is meta.url, as in
 * Pagefind's own UI: the record's own URL is the scratch file's path.
 */
export const recordPage = (record: SearchRecord): string =>
  `<!doctype html><html lang="${escapeMarkup(record.language)}"><head>` +
  `<meta data-pagefind-meta="url[content]" content="${escapeMarkup(record.url)}">` +
  `<meta data-pagefind-meta="title[content]" content="${escapeMarkup(record.meta.title)}">` +
  `<meta data-pagefind-meta="context[content]" content="${escapeMarkup(record.meta.context)}">` +
  `</head><body data-pagefind-body><p>${escapeMarkup(record.content)}</p></body></html>`;

/**
 * The records, written as pages into a scratch folder Pagefind reads as a directory. Pagefind's
 * addCustomRecord (1.6.0) looks for the record's URL among all it holds and writes them all into a
 * log line on every call, so adding grows with the square of the records: 80,000 took 32 s, and
 * 116,000 (300 department-years) 77 s. A directory is read in one pass: 120,000 in 8 s.
 */
const writeRecordPages = (records: readonly SearchRecord[]): string => {
  const dir = mkdtempSync(join(tmpdir(), "budget-search-records-"));
  records.forEach((record, i) => {
    const folder = join(dir, String(Math.floor(i / RECORDS_PER_FOLDER)));
    if (i % RECORDS_PER_FOLDER === 0) mkdirSync(folder);
    writeFileSync(join(folder, `${i}.html`), recordPage(record));
  });
  return dir;
};

/**
 * Records per part of the index. Pagefind holds a whole index in memory until it is written: at
 * 300 department-years (116,000 records) one index took its process to 2.6 GB. Written in parts
 * of this many records, one after another, its memory is that of one part, whatever the site's
 * size; the search page joins the parts (mergeIndex), so a reader searches them all at once.
 */
const RECORDS_PER_PART = 20_000;

/** Where part `i` of the index is written, under the site's pagefind/: part 0 is pagefind/ itself. */
const partFolder = (i: number): string => (i === 0 ? "" : `part-${i}/`);

/** The file that lists the parts after the first (the search page merges them): pagefind/parts.json. */
const PARTS_FILE = "parts.json";

/**
 * The records in parts of at most `limit` each, given each department-year's records in order:
 * a department-year is never split (one with more than the limit is a part of its own), so every
 * part holds both languages of the department-years it has. Always one part at least.
 */
export const recordParts = (
  byDepartmentYear: readonly (readonly SearchRecord[])[],
  limit: number,
): SearchRecord[][] => {
  let last: SearchRecord[] = [];
  const parts = [last];
  for (const records of byDepartmentYear) {
    if (last.length > 0 && last.length + records.length > limit) parts.push((last = [...records]));
    else last.push(...records);
  }
  return parts;
};

/** Adds one part's records to `index` from a scratch folder (removed after), checked by count. */
const addRecords = async (index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> => {
  const dir = writeRecordPages(records);
  try {
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length > 0) fail("addDirectory (records)", added.errors);
    if (added.page_count !== records.length)
      fail("addDirectory (records)", [`${added.page_count} of ${records.length} records read`]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * Pagefind also writes its ready-made UIs; the search page has its own, so they are dead weight.
 * A part after the first runs on the first part's script, worker and WebAssembly, so it keeps its
 * index files only.
 */
const UNUSED = /-ui\.(js|css)$|^pagefind-highlight\.js$/;
const UNUSED_IN_MERGED_PART = /^pagefind(-worker)?\.js$|^wasm\..*\.pagefind$/;

const pruneOutput = async (output: string, merged: boolean): Promise<void> => {
  for (const file of await readdir(output)) {
    if (UNUSED.test(file) || (merged && UNUSED_IN_MERGED_PART.test(file))) await rm(join(output, file));
  }
};

/**
 * The index in parts (recordParts), each built, written and let go before the next: part 0 holds
 * the text pages and the first department-years' records, at pagefind/; part i at pagefind/part-i/.
 */
export const writeSearchIndex = async (
  siteDir: string,
  dys: readonly DepartmentYear[],
  recordsPerPart: number = RECORDS_PER_PART,
): Promise<SearchIndexStats> => {
  const root = join(siteDir, "pagefind");
  const parts = recordParts(
    dys.map((dy) => searchRecords([dy])),
    recordsPerPart,
  );
  let pages = 0;
  let records = 0;
  try {
    for (const [i, part] of parts.entries()) {
      const { index, errors } = await createIndex({});
      if (!index) return fail("createIndex", errors);
      if (i === 0) {
        const glob = markedPagesGlob(siteDir);
        const added = await index.addDirectory({ path: siteDir, ...(glob ? { glob } : {}) });
        if (added.errors.length > 0) fail("addDirectory", added.errors);
      }
      await addRecords(index, part);
      const output = join(root, partFolder(i));
      const written = await index.writeFiles({ outputPath: output });
      if (written.errors.length > 0) fail("writeFiles", written.errors);
      await index.deleteIndex();
      await pruneOutput(output, i > 0);
      if (i === 0) pages = (await indexedCount(output)) - part.length;
      records += part.length;
    }
    await writeFile(join(root, PARTS_FILE), JSON.stringify(parts.slice(1).map((_, i) => partFolder(i + 1))));
    return { pages, records, parts: parts.length };
  } finally {
    await close();
  }
};

/**
 * The part size: RECORDS_PER_PART, or BUDGET_SEARCH_PART_RECORDS where set (the tests build the
 * seed site in small parts, so the search page is tested joining them).
 */
const recordsPerPart = (): number => {
  const set = process.env["BUDGET_SEARCH_PART_RECORDS"];
  if (set === undefined || set === "") return RECORDS_PER_PART;
  const size = Number(set);
  if (!Number.isInteger(size) || size < 1)
    throw new Error(`BUDGET_SEARCH_PART_RECORDS is “${set}”: a whole number of records, 1 or more`);
  return size;
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
      const { departmentYears } = await siteData();
      const { pages, records, parts } = await writeSearchIndex(fileURLToPath(dir), departmentYears, recordsPerPart());
      reportBuildStep({
        name: "search index",
        seconds: (performance.now() - started) / 1000,
        message: bi(
          `✔ 搜索索引：${pages} 个文字页面，${records} 条表格行和名词（分 ${parts} 部分）`,
          `✔ Search index: ${pages} text pages, ${records} table rows and terms (in ${parts} part${parts === 1 ? "" : "s"})`,
        ),
      });
    },
  },
});
