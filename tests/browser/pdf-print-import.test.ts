/**
 * A Guangzhou PDF, made honestly: there is no published Guangzhou PDF in the corpus, so the seed
 * site's own full-document page (/2025/huadu-zwfw/document/, every part and all 12 tables) is
 * printed to PDF by Chromium, as a reader's "打印 → 另存为 PDF" would, and read back with the
 * import's PDF reader. The figures read from the PDF must be the seed's, and importing it must give
 * the seed's folder again: every CSV byte for byte, every YAML value for value.
 */
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  formatImportNote,
  GUANGZHOU_BUDGET,
  importDocument,
  type ImportResult,
  type SourceDocument,
  type SourceLine,
} from "../../src/budget";
import { readPdf } from "../../src/import/pdf-reader";
import { departmentYearRoute } from "../../src/site/paths";
import { REPO_ROOT, SEED_SLUG, SEED_YEAR } from "../helpers/seed-copy";
import { printSitePageToPdf } from "../helpers/print-pdf";
import { describeInChromium } from "./in-chromium";
import { builtSites } from "./sites";

const DOCUMENT_PAGE = departmentYearRoute({ year: Number(SEED_YEAR), slug: SEED_SLUG }, "document");

describeInChromium((launched) => {
  let document: SourceDocument | undefined;
  let pages = 0;
  let pagesWithoutText: number[] = [];
  let pdf: string | undefined;
  afterAll(() => {
    if (pdf) rmSync(dirname(pdf), { recursive: true, force: true });
  });

  beforeAll(async () => {
    const seed = builtSites().find((site) => site.id === "seed");
    if (!seed || seed.error) throw new Error(`the seed site was not built: ${seed?.error ?? "no site"}`);
    pdf = await printSitePageToPdf({ siteDir: seed.outDir, pagePath: DOCUMENT_PAGE, browser: launched() });
    const result = await readPdf(pdf);
    if (!result.ok) throw new Error(result.problem.message.en);
    ({ document, pages, pagesWithoutText } = result);
  }, 120_000);

  const lines = (): SourceLine[] => document?.lines ?? [];
  const cells = (line: SourceLine | undefined): string[] => line?.cells.map((c) => c.text) ?? [];

  test(`the printed ${DOCUMENT_PAGE} reads as a PDF with text on every page`, () => {
    expect(document?.cells).toBe("layout");
    expect(pages).toBeGreaterThan(10);
    expect(pagesWithoutText).toEqual([]);
    // Chromium maps shared glyphs to CJK radicals (⽀ for 支, ⻔ for 门); the reader reads them back.
    expect(lines().some((l) => /[\u2e80-\u2fdf]/u.test(l.text))).toBe(false);
  });

  test("表1's first row reads cell by cell: 一、预算拨款 7,267.81 一、一般公共服务支出 6,339.07", () => {
    const row = lines().find((l) => l.cells[0]?.text === "一、预算拨款");
    expect(cells(row)).toEqual(["一、预算拨款", "7,267.81", "一、一般公共服务支出", "6,339.07"]);
    const totals = lines().find((l) => l.cells[0]?.text === "收入总计");
    expect(cells(totals)).toEqual(["收入总计", "7,267.81", "支出总计", "7,267.81"]);
    expect(row?.page).toBe(totals?.page);
  });

  test("all 12 tables of the seed are printed under their titles, in order", () => {
    const numbered = GUANGZHOU_BUDGET.tables.filter((spec) => spec.number !== undefined);
    expect(numbered).toHaveLength(12);
    const squash = (s: string): string => s.replace(/\s+/g, "");
    const at = numbered.map((spec) => {
      const title = `表${spec.number}${squash(spec.title.zh)}`;
      const index = lines().findIndex((l) => squash(l.text) === title);
      expect(index, title).toBeGreaterThan(-1);
      return index;
    });
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  test("a coded row of 表2 keeps its code, name and amounts apart", () => {
    const row = lines().find((l) => l.cells[0]?.text === "2010301" && l.cells[1]?.text === "行政运行");
    expect(cells(row).slice(0, 4)).toEqual(["2010301", "行政运行", "1,522.09", "1,522.09"]);
  });

  describe("imported back, it is data/2025/huadu-zwfw/ again", () => {
    let result: ImportResult | undefined;
    const imported = (): ImportResult => (result ??= importDocument(document!));
    const folder = join(REPO_ROOT, "data", SEED_YEAR, SEED_SLUG);

    test("every line is placed: the import report is empty", () => {
      expect(imported().notes.map((note) => formatImportNote(note, "zh"))).toEqual([]);
    });

    test.each(GUANGZHOU_BUDGET.tables.map((spec) => spec.file))("%s is byte-identical", async (file) => {
      expect(imported().files.get(file)).toBe(await readFile(join(folder, file), "utf8"));
    });

    test.each(["department.yaml", "explanation.yaml", "glossary.yaml"])("%s has the same values", async (file) => {
      const seed = parse(await readFile(join(folder, file), "utf8")) as Record<string, unknown>;
      // Imported from a PDF, the folder keeps the PDF itself and department.yaml names it.
      const expected = file === "department.yaml" ? { ...seed, source: { document: "original.pdf" } } : seed;
      expect(parse(imported().files.get(file) ?? "")).toEqual(expected);
      expect(imported().original).toBe("original.pdf");
    });

    test("every printed page carries its number at its foot", () => {
      const numbers = Array.from({ length: pages }, (_, index) => index + 1).map((page) => {
        const onPage = lines().filter((line) => line.page === page);
        return onPage[onPage.length - 1]?.text.trim();
      });
      expect(numbers).toEqual(Array.from({ length: pages }, (_, index) => String(index + 1)));
    });
  });
});
