/**
 * The printed full document as a reader's "打印 → 另存为 PDF" makes it (seed site, Chromium, A4):
 * no page holds only a heading — a part's heading stays with its first table, a wide table's
 * heading goes onto the table's landscape page — no project is parted from the 绩效目标 printed
 * under it, every page carries the document's title at its head (and its number at its foot), and
 * the page counts stay within a stated budget
 * (a published disclosure of the seed's size is about 20 pages; the English edition no longer
 * than 1.4 times the Chinese).
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import { rmSync } from "node:fs";
import { dirname } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runningHeads, withoutRunningHeads } from "../../src/budget";
import { readPdf } from "../../src/import/pdf-reader";
import { printSitePageToPdf } from "../helpers/print-pdf";
import { describeInChromium } from "./in-chromium";
import { builtSites } from "./sites";

const seed = builtSites().find((site) => site.id === "seed");

/** A heading line of the printed document: a part, a table's title, or a section of the text. */
const HEADING = /^(?:第[一二三四五六七八九十]+部分|Part \d|表\d+ |Table \d+ |[一二三四五六七八九十]+、|\d+\. [A-Z])/;

interface Printed {
  pages: number;
  /** Each page's first line, where the print style puts the document's title. */
  heads: string[];
  /** What the import reads as running heads and drops, like page numbers. */
  runningHeads: string[];
  /** Pages whose only lines (besides the page number) are headings. */
  headingOnly: string[];
  /** Pages whose first line under a repeated table header is a 绩效目标, parted from its project. */
  goalsParted: string[];
}

/** A repeated header line of the key-projects table at the top of a page. */
const TABLE_HEAD = /^(?:项目|单位|科目|功能|Project|Unit|Item|Code|Functional)/;
const GOAL = /^(?:绩效目标|Performance goal)/;

const printed = new Map<string, Printed>();
const files: string[] = [];

const print = async (path: string, launched: Parameters<Parameters<typeof describeInChromium>[0]>[0]) => {
  const known = printed.get(path);
  if (known) return known;
  if (!seed || seed.error) throw new Error(`the seed site was not built: ${seed?.error ?? "no site"}`);
  const pdf = await printSitePageToPdf({ siteDir: seed.outDir, pagePath: path, browser: launched() });
  files.push(pdf);
  const result = await readPdf(pdf);
  if (!result.ok) throw new Error(result.problem.message.en);
  const heads = Array.from(
    { length: result.pages },
    (_, index) => result.document.lines.find((line) => line.page === index + 1)?.text.trim() ?? "",
  );
  // The pages without their running heads, as the import reads them: a heading alone under the
  // document's title is still a page holding only a heading.
  const byPage = new Map<number, string[]>();
  for (const line of withoutRunningHeads(result.document).lines)
    byPage.set(line.page, [...(byPage.get(line.page) ?? []), line.text.trim()]);
  const headingOnly = [...byPage]
    .map(([page, lines]) => ({ page, lines: lines.filter((text) => text !== String(page)) }))
    // One or two heading lines and nothing else (the 目录 is a page of headings, rightly).
    .filter(({ lines }) => lines.length > 0 && lines.length <= 2 && lines.every((text) => HEADING.test(text)))
    .map(({ page, lines }) => `page ${page}: ${lines.join(" | ")}`);
  const goalsParted = [...byPage]
    .filter(([, lines]) => GOAL.test(lines.find((text) => !TABLE_HEAD.test(text)) ?? ""))
    .map(([page, lines]) => `page ${page}: ${lines[0] ?? ""}`);
  const found = {
    pages: result.pages,
    heads,
    runningHeads: [...runningHeads(result.document)],
    headingOnly,
    goalsParted,
  };
  printed.set(path, found);
  return found;
};

describeInChromium((launched) => {
  afterAll(() => {
    for (const file of files) rmSync(dirname(file), { recursive: true, force: true });
  });

  describe.skipIf(seed?.skipped !== undefined)("the printed full document (seed site)", () => {
    for (const path of [
      "/2025/huadu-zwfw/document/",
      "/en/2025/huadu-zwfw/document/",
      "/2018/js-jcy/document/",
      "/2025/putuo-wanli/document/",
    ]) {
      test(`${path}: no page holds only a heading, and no project is parted from its 绩效目标`, async () => {
        const printedPage = await print(path, launched);
        expect(printedPage.headingOnly).toEqual([]);
        expect(printedPage.goalsParted).toEqual([]);
      }, 120_000);
    }

    for (const [path, title] of [
      ["/2025/huadu-zwfw/document/", "2025年广州市花都区政务服务和数据管理局部门预算"],
      [
        "/en/2025/huadu-zwfw/document/",
        "2025 Departmental Budget of the Government Services and Data Management Bureau of Huadu District, Guangzhou",
      ],
      ["/2018/js-jcy/document/", "江苏省人民检察院2018年部门预算"],
      ["/2025/putuo-wanli/document/", "上海市普陀区2025年区级部门预算"],
    ] as const) {
      test(`${path}: every printed page carries the document's title at its head`, async () => {
        const printedPage = await print(path, launched);
        expect(printedPage.heads).toEqual(Array.from({ length: printedPage.pages }, () => title));
        expect(printedPage.runningHeads).toHaveLength(1);
      }, 120_000);
    }

    test("the Chinese edition prints on at most 24 pages, the English on at most 1.4 times as many", async () => {
      const zh = await print("/2025/huadu-zwfw/document/", launched);
      const en = await print("/en/2025/huadu-zwfw/document/", launched);
      expect(zh.pages).toBeGreaterThan(15);
      expect(zh.pages).toBeLessThanOrEqual(24);
      expect(en.pages / zh.pages).toBeLessThanOrEqual(1.4);
    }, 120_000);
  });
});
