/**
 * Every budget table a reader sees against its CSV download, cell by cell, in Chromium: on every
 * page with a `table.budget-table` (the table pages in both languages, the full-document page, the
 * explanation's key-projects table), each table is compared with /<year>/<slug>/downloads/<table>.csv
 * fetched from the served site. Nothing lost, nothing altered, nothing extra:
 *  • every CSV row is in the table, found by its data-row-line (the JSON download's `line` of the
 *    same row, which must name the same row);
 *  • every amount cell's data-value is the CSV value exactly (integers of the table's printed unit
 *    via parseAmount, never floats; data-value written canonically, e.g. 7267.81, 0.00, 189767551)
 *    and its visible text is the amount as printed (thousands separators, the table's decimals); a
 *    cell the document prints blank is blank in the CSV and on the page;
 *  • the row header shows the row's name: on zh pages exactly the CSV 名称/科目名称/项目, on en pages
 *    the English name of the JSON download or else the Chinese inside lang="zh-CN"; coded rows show
 *    their code as printed (one string, or the 类/款/项 cells apart; not in 表1/表4, printed without
 *    codes by design); a one-row record table has no row header;
 * Which columns a table has, and its unit, come from the department-year's own profile and data
 * (loaded with the same loader the build uses), not from the page.
 *  • long texts (绩效目标) shown as rows are the CSV's text on zh pages;
 *  • no row header, figure or body row in the table that is not a CSV row or cell.
 * Seed site and synthetic fixture site alike. No Chromium: skipped (the global setup prints a
 * banner); CI=true: fails instead.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { beforeAll, describe, expect, test } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import { parseAmount, toDecimalString } from "../../src/budget/money";
import type { ColumnSpec, TableSpec } from "../../src/budget/profiles/types";
import type { BudgetTable } from "../../src/budget/model";
import { routeOf, tableSlug } from "../../src/site/paths";
import { describeInChromium } from "./in-chromium";
import { expectNoProblems, type Problem, type SitePage } from "../build/site-check";
import type { BuiltSite } from "../build/sites";
import { builtSites } from "./sites";
import {
  printedAmount,
  readTables,
  type DomAmount,
  type DomLongText,
  type DomRowHeader,
  type DomTable,
} from "./table-dom";
import { inTabs, Problems, resultFor, squash } from "./tab-pool";

const VIEWPORT = { viewport: { width: 1280, height: 800 } };
const sites = builtSites();

/** The loaded tables of a site's department-years, by "year/slug" and the table's page slug. */
const loadTables = async (dataDir: string): Promise<Map<string, Map<string, BudgetTable>>> => {
  const { departmentYears } = await loadData(dataDir);
  return new Map(
    departmentYears.map((dy: DepartmentYear) => [
      dy.path,
      new Map(Object.values(dy.tables as Record<string, BudgetTable>).map((t) => [tableSlug(t.spec), t])),
    ]),
  );
};

interface JsonRow {
  line: number;
  name: string;
  nameEn?: string;
  code?: string;
}

interface Download {
  url: string;
  /** the CSV's header row */
  header: string[];
  /** the CSV's data rows */
  records: string[][];
  jsonRows: JsonRow[];
  /** problems of the files themselves (no BOM, parse errors) */
  problems: string[];
}

const fetchBytes = async (url: string): Promise<Uint8Array> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** UTF-8, keeping a byte order mark as U+FEFF (response.text() would drop it silently). */
const utf8 = (bytes: Uint8Array): string => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);

const loadDownload = async (origin: string, csvPath: string): Promise<Download> => {
  const problems: string[] = [];
  const text = utf8(await fetchBytes(origin + csvPath));
  if (!text.startsWith("\uFEFF")) problems.push(`${csvPath} does not start with a UTF-8 BOM`);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true });
  for (const error of parsed.errors) problems.push(`${csvPath} row ${error.row ?? "?"}: ${error.message}`);
  const [header = [], ...records] = parsed.data;
  const jsonPath = csvPath.replace(/\.csv$/, ".json");
  const json = JSON.parse(utf8(await fetchBytes(origin + jsonPath))) as { rows?: JsonRow[] };
  return { url: csvPath, header, records, jsonRows: json.rows ?? [], problems };
};

/** /2025/huadu-zwfw/… or /en/2025/huadu-zwfw/… → 2025/huadu-zwfw */
const departmentYearOf = (pageUrl: string): string | undefined => {
  const match = /^\/(\d{4})\/([^/]+)\//.exec(routeOf(pageUrl));
  return match ? `${match[1]}/${match[2]}` : undefined;
};

interface TableCounts {
  tables: number;
  rows: number;
  cells: number;
}

const group = <T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/** Compare one rendered table with its download; every difference becomes a problem. */
const compareTable = (
  out: Problems,
  locale: "zh-CN" | "en",
  table: DomTable,
  loaded: BudgetTable,
  download: Download,
  counts: TableCounts,
): void => {
  const spec: TableSpec = loaded.spec;
  const decimals = loaded.unit.decimals;
  const where = `table #${table.index} [data-table="${table.slug ?? ""}"] vs ${download.url}`;
  for (const problem of download.problems) out.add("csv-file", problem);
  for (const stray of table.strays) out.add("table-extra", `${where}: ${stray}`);

  // Which CSV column is which: the profile's headers (an optional column only where the data has it).
  const columnIndex = new Map<string, number>();
  const printedKeys = new Set(loaded.columns.map((c) => c.key));
  for (const column of spec.columns) {
    const index = download.header.indexOf(column.header);
    if (index < 0) {
      if (printedKeys.has(column.key))
        out.add("csv-header", `${download.url} has no column "${column.header}" (${column.key})`);
    } else columnIndex.set(column.key, index);
  }
  for (const header of download.header)
    if (!spec.columns.some((c) => c.header === header))
      out.add("csv-header", `${download.url} has a column "${header}" the registry does not know`);
  const cell = (record: string[], column: ColumnSpec | undefined): string =>
    column === undefined ? "" : (record[columnIndex.get(column.key) ?? -1] ?? "");

  const nameColumn = spec.columns.find((c) => c.key === "name");
  const codeColumn = spec.columns.find((c) => c.type === "functionCode" || c.type === "economicCode");
  const codeParts = spec.columns.filter((c) => c.type === "functionCodePart" || c.type === "economicCodePart");
  const sideColumn = spec.columns.find((c) => c.type === "side");
  const moneyColumns = spec.columns.filter((c) => c.type === "money" && printedKeys.has(c.key));
  const textColumns = spec.columns.filter((c) => c.type === "text" && c.key !== "name");

  const headersByLine = group(table.headers, (h) => h.line ?? "");
  const amountsByCell = group(table.amounts, (a) => `${a.line ?? ""}|${a.key ?? ""}`);
  const longByCell = group(table.longTexts, (l) => `${l.line ?? ""}|${l.key ?? ""}`);
  const shownTextKeys = new Set(table.longTexts.map((l) => l.key ?? ""));

  if (download.records.length !== download.jsonRows.length)
    out.add(
      "download-rows",
      `${download.url} has ${download.records.length} data rows but its JSON twin has ${download.jsonRows.length}`,
    );

  const csvLines = new Set<string>();
  download.records.forEach((record, i) => {
    const csvRow = i + 2;
    const name = squash(cell(record, nameColumn));
    const side = { 收入: "income", 支出: "expenditure" }[cell(record, sideColumn)];
    const json = download.jsonRows[i];
    if (json === undefined) return;
    const line = String(json.line);
    csvLines.add(line);
    const rowWhere = `${where}, CSV row ${csvRow} (data-row-line ${line}, "${name}")`;
    if (squash(json.name) !== name) {
      out.add(
        "download-rows",
        `${rowWhere}: the JSON download's row ${i + 1} is "${json.name}", not the CSV's "${name}"`,
      );
      return;
    }
    counts.rows++;

    // The row header: one, with the row's name (and code); a one-row record table has none.
    const headers: DomRowHeader[] = headersByLine.get(line) ?? [];
    const header = headers[0];
    if (spec.model === "record") {
      if (header !== undefined) out.add("row-header", `${rowWhere}: a record table has no row header`, header.path);
    } else if (header === undefined)
      out.add("row-missing", `${rowWhere}: no row header th[scope=row][data-row-line="${line}"] in the table`);
    else {
      if (headers.length > 1)
        out.add(
          "row-duplicate",
          `${rowWhere}: ${headers.length} row headers carry this line`,
          headers.map((h) => h.path).join(" | "),
        );
      if (header.colKey !== "name")
        out.add(
          "row-header",
          `${rowWhere}: row header has data-col-key="${header.colKey ?? ""}", expected "name"`,
          header.path,
        );
      if (locale === "zh-CN") {
        if (header.name !== name)
          out.add(
            "row-name",
            `${rowWhere}: the row header reads "${header.name}", the CSV's ${nameColumn?.header ?? "name"} is "${name}"`,
            header.path,
          );
      } else if (json.nameEn !== undefined && json.nameEn.trim() !== "") {
        const english = squash(json.nameEn);
        if (header.name !== english || header.nameLang !== "en")
          out.add(
            "row-name",
            `${rowWhere}: the English row header reads "${header.name}" (lang ${header.nameLang || "?"}), expected the English name "${english}" (lang en)`,
            header.path,
          );
      } else if (header.name !== name || header.nameLang !== "zh-CN" || !header.zh.includes(name))
        out.add(
          "row-name",
          `${rowWhere}: no English name, so the header must show the Chinese "${name}" marked lang="zh-CN"; it reads "${header.name}" (lang ${header.nameLang || "?"})`,
          header.path,
        );
      // A code printed in 类/款/项 cells is shown as those cells, apart.
      const code =
        codeParts.length > 0
          ? codeParts
              .map((c) => squash(cell(record, c)))
              .filter((c) => c !== "")
              .join(" ")
          : squash(cell(record, codeColumn));
      // 表1/表4 print their expenditure classes without codes (the code stays in the downloads).
      const expectedCodes = code !== "" && spec.model !== "twoSided" ? [code] : [];
      if (JSON.stringify(header.codes) !== JSON.stringify(expectedCodes))
        out.add(
          "row-code",
          `${rowWhere}: the row header shows code(s) ${JSON.stringify(header.codes)}, expected ${JSON.stringify(expectedCodes)} (CSV ${codeColumn?.header ?? "code"} "${code}")`,
          header.path,
        );
    }

    // Every amount: exact value, printed text; a blank as a blank.
    for (const column of moneyColumns) {
      const raw = cell(record, column);
      const cells: DomAmount[] = amountsByCell.get(`${line}|${column.key}`) ?? [];
      const cellWhere = `${rowWhere}, column ${column.header} (${column.key})`;
      // A column of the other side of a two-sided table has no cell in this row.
      if (column.side !== undefined && side !== undefined && column.side !== side) {
        if (raw !== "") out.add("csv-amount", `${cellWhere}: the other side's column holds "${raw}"`);
        if (cells.length > 0) out.add("cell-extra", `${cellWhere}: the other side's column has a cell`, cells[0]?.path);
        continue;
      }
      if (raw === "" && (spec.blankAmounts === true || column.optional === true || column.side !== undefined)) {
        const td = cells[0];
        counts.cells++;
        if (td === undefined) out.add("cell-missing", `${cellWhere}: no cell for the printed blank`);
        else if (td.value !== "" || td.text !== "")
          out.add(
            "cell-value",
            `${cellWhere}: printed blank, the page shows "${td.text}" (data-value "${td.value ?? ""}")`,
            td.path,
          );
        continue;
      }
      const expected = parseAmount(raw, { decimals });
      if (!expected.ok) {
        out.add("csv-amount", `${cellWhere}: the CSV cell "${raw}" is not an amount (${expected.problem})`);
        continue;
      }
      const td = cells[0];
      if (td === undefined) {
        out.add(
          "cell-missing",
          `${cellWhere}: no td[data-row-line="${line}"][data-col-key="${column.key}"]; the CSV says ${raw}`,
        );
        continue;
      }
      counts.cells++;
      if (cells.length > 1)
        out.add("cell-duplicate", `${cellWhere}: ${cells.length} cells carry it`, cells.map((c) => c.path).join(" | "));
      const shown = parseAmount(td.value ?? "", { decimals });
      if (!shown.ok || shown.value !== expected.value || td.value !== toDecimalString(expected.value, decimals))
        out.add(
          "cell-value",
          `${cellWhere}: data-value="${td.value ?? ""}", the CSV says ${raw} (expected data-value="${toDecimalString(expected.value, decimals)}")`,
          td.path,
        );
      const printed = printedAmount(expected.value, decimals);
      if (td.text !== printed)
        out.add("cell-text", `${cellWhere}: the cell reads "${td.text}", expected "${printed}" (CSV ${raw})`, td.path);
    }

    // Long texts shown as their own rows (绩效目标).
    for (const column of textColumns) {
      if (!shownTextKeys.has(column.key)) continue;
      const raw = squash(cell(record, column));
      const shown: DomLongText[] = longByCell.get(`${line}|${column.key}`) ?? [];
      const textWhere = `${rowWhere}, ${column.header} (${column.key})`;
      if (raw === "") {
        if (shown.length > 0)
          out.add(
            "longtext-extra",
            `${textWhere}: the CSV cell is empty but the table shows "${shown[0]?.text ?? ""}"`,
            shown[0]?.path,
          );
        continue;
      }
      const long = shown[0];
      if (long === undefined) {
        out.add("longtext-missing", `${textWhere}: not shown; the CSV says "${raw.slice(0, 60)}…"`);
        continue;
      }
      if (shown.length > 1) out.add("longtext-duplicate", `${textWhere}: shown ${shown.length} times`, long.path);
      const chinese = locale === "zh-CN" || long.zh.length > 0;
      if (chinese ? long.text !== raw : long.text === "")
        out.add(
          "longtext-text",
          `${textWhere}: shows "${long.text.slice(0, 80)}…", the CSV says "${raw.slice(0, 80)}…"`,
          long.path,
        );
    }
  });

  // Nothing the CSV does not have.
  const moneyKeys = new Set(moneyColumns.map((c) => c.key));
  for (const header of table.headers)
    if (!csvLines.has(header.line ?? ""))
      out.add(
        "row-extra",
        `${where}: row header "${header.name}" (data-row-line ${header.line ?? "none"}) is no row of the CSV`,
        header.path,
      );
  for (const amount of table.amounts)
    if (!csvLines.has(amount.line ?? "") || !moneyKeys.has(amount.key ?? ""))
      out.add(
        "cell-extra",
        `${where}: figure data-row-line=${amount.line ?? "none"} data-col-key=${amount.key ?? "none"} data-value=${amount.value ?? ""} ("${amount.text}") is no cell of the CSV`,
        amount.path,
      );
  for (const long of table.longTexts)
    if (!csvLines.has(long.line ?? "") || !textColumns.some((c) => c.key === long.key))
      out.add(
        "longtext-extra",
        `${where}: long text data-row-line=${long.line ?? "none"} data-col-key=${long.key ?? "none"} is no cell of the CSV`,
        long.path,
      );
  counts.tables++;
};

const tablePages = (site: BuiltSite): SitePage[] =>
  site.pages.filter((page) => /<table\b[^>]*\bdata-table="/.test(readFileSync(page.file, "utf8")));

describeInChromium((launched) => {
  for (const site of sites) {
    describe.skipIf(site.skipped !== undefined)(site.label, () => {
      const pages = site.error === undefined ? tablePages(site) : [];
      let results = new Map<SitePage, Problem[] | Error>();
      let tables = new Map<string, Map<string, BudgetTable>>();
      const counts: TableCounts = { tables: 0, rows: 0, cells: 0 };

      beforeAll(async () => {
        if (site.error !== undefined) throw new Error(site.error);
        tables = await loadTables(site.dataDir);
        const browser = launched();
        const origin = site.origin ?? "";
        const downloads = new Map<string, Promise<Download>>();
        const started = performance.now();
        results = await inTabs(browser, VIEWPORT, pages, async (tab, page) => {
          const out = new Problems(page.url);
          const response = await tab.goto(origin + page.url, { waitUntil: "load", timeout: 30_000 });
          if (response?.status() !== 200)
            out.add("page-status", `the page answered HTTP ${response?.status() ?? "nothing"}`);
          const shown = await readTables(tab);
          const path = departmentYearOf(page.url);
          const own = path === undefined ? undefined : tables.get(path);
          if (shown.length === 0) out.add("no-table", "the built file has a budget table but the page shows none");
          for (const table of shown) {
            const loaded = own?.get(table.slug ?? "");
            if (loaded === undefined || path === undefined) {
              out.add(
                "table-unknown",
                `table #${table.index} has data-table="${table.slug ?? ""}": no such table`,
                table.path,
              );
              continue;
            }
            const csvPath = `/${path}/downloads/${table.slug ?? ""}.csv`;
            let download = downloads.get(csvPath);
            if (download === undefined) {
              download = loadDownload(origin, csvPath);
              downloads.set(csvPath, download);
            }
            compareTable(out, page.url.startsWith("/en/") ? "en" : "zh-CN", table, loaded, await download, counts);
          }
          return out.list;
        });
        const seconds = (performance.now() - started) / 1000;
        process.stderr.write(
          `[browser tests] tables vs CSV, ${site.label}: ${pages.length} pages, ${counts.tables} tables, ` +
            `${counts.rows} CSV rows, ${counts.cells} amount cells compared in ${seconds.toFixed(1)} s\n`,
        );
      });
      test("every table page (zh and en) and the full-document page is among the pages checked", () => {
        if (site.error !== undefined) throw new Error(site.error);
        const checked = new Set(pages.map((page) => page.url));
        const expected = site.pages
          .map((page) => page.url)
          .filter((url) => /^\/(en\/)?\d{4}\/[^/]+\/(table-\d\d|document)\/$/.test(url));
        expect(expected.length, "table and document pages in the build").toBeGreaterThan(0);
        expect(
          expected.filter((url) => !checked.has(url)),
          "table/document pages without a budget table",
        ).toEqual([]);
      });

      for (const page of pages) {
        test(`${page.url}: every table equals its CSV download, cell by cell`, () => {
          expectNoProblems(`${site.id} ${page.url}: tables vs CSV`, resultFor(results, page, `${site.id} ${page.url}`));
        });
      }
    });
  }
});
