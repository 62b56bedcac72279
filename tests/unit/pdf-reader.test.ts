/**
 * The PDF reader on real published PDFs (the published PDFs kept in their data folders as original.pdf) and
 * on broken ones: each broken input is a problem with a code and a Chinese message naming the
 * file, never a thrown error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SourceDocument, SourceLine } from "../../src/budget";
import {
  cellsOf,
  ideographsForRadicals,
  linesOfPage,
  readPdf,
  splitItem,
  type PlacedText,
} from "../../src/import/pdf-reader";
import { imageOnlyPdf, textPdf } from "../helpers/tiny-pdf";
import { publishedPdf } from "../helpers/published-pdfs";

const FIXTURES = resolve(__dirname, "../fixtures/import");
const WANLI = publishedPdf("putuo-wanli-2025");
const SWJ_UNIT = publishedPdf("putuo-swj-2025-unit");

const scratch = mkdtempSync(join(tmpdir(), "pdf-reader-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const write = (name: string, bytes: Uint8Array | string): string => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};

const documents = new Map<string, Promise<SourceDocument>>();
const read = (file: string): Promise<SourceDocument> => {
  let doc = documents.get(file);
  if (!doc) {
    doc = readPdf(file).then((result) => {
      if (!result.ok) throw new Error(result.problem.message.en);
      return result.document;
    });
    documents.set(file, doc);
  }
  return doc;
};

const texts = (line: SourceLine | undefined): string[] => (line ? line.cells.map((c) => c.text) : []);
const lineStarting = (doc: SourceDocument, page: number, start: string): SourceLine | undefined =>
  doc.lines.find((l) => l.page === page && l.cells[0]?.text === start);
const pageOf = (doc: SourceDocument, title: string): number => {
  const line = doc.lines.find((l) => l.text === title);
  if (!line) throw new Error(`no line ${title}`);
  return line.page;
};

describe("readPdf on a published Shanghai department budget (putuo-wanli-2025)", () => {
  it("reads every page, in layout cells", async () => {
    const result = await readPdf(WANLI);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pages).toBe(31);
    expect(result.pagesWithoutText).toEqual([]);
    expect(result.document.file).toBe(WANLI);
    expect(result.document.cells).toBe("layout");
    expect(new Set(result.document.lines.map((l) => l.page)).size).toBe(31);
  });

  it("reads the 部门财务收支预算总表 row by row, cells in printed order", async () => {
    const doc = await read(WANLI);
    const page = pageOf(doc, "2025年部门财务收支预算总表");
    expect(page).toBe(9);
    expect(texts(lineStarting(doc, page, "一、财政拨款收入"))).toEqual([
      "一、财政拨款收入",
      "189,767,551",
      "一、一般公共服务支出",
      "3,296,600",
    ]);
    // The space inside a label stays in its cell.
    expect(texts(lineStarting(doc, page, "1. 一般公共预算资金"))).toEqual([
      "1. 一般公共预算资金",
      "189,767,551",
      "二、公共安全支出",
      "2,878,025",
    ]);
    // A blank amount is no cell at all: the next cell is the next column's text.
    expect(texts(lineStarting(doc, page, "2. 政府性基金"))).toEqual(["2. 政府性基金", "三、教育支出", "250,000"]);
    // A line with only the right-hand side.
    expect(texts(doc.lines.find((l) => l.page === page && l.text.startsWith("八、城乡社区支出")))).toEqual([
      "八、城乡社区支出",
      "154,369,326",
    ]);
    expect(texts(lineStarting(doc, page, "收入总计"))).toEqual(["收入总计", "189,767,551", "支出总计", "189,767,551"]);
  });

  it("places cells across the page in PDF points and numbers lines top to bottom within each page", async () => {
    const doc = await read(WANLI);
    const page = pageOf(doc, "2025年部门财务收支预算总表");
    const lines = doc.lines.filter((l) => l.page === page);
    expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
    expect(lines[0]?.text).toBe("2025年部门财务收支预算总表");
    const row = lineStarting(doc, page, "一、财政拨款收入");
    const [label, income, item, spending] = row?.cells ?? [];
    // Landscape A4 is 842 points wide; amounts are right-aligned in their columns.
    expect(label?.x0).toBeCloseTo(61.15, 1);
    expect(income?.x1).toBeCloseTo(406.85, 1);
    expect(spending?.x1).toBeCloseTo(774.3, 1);
    for (const cell of row?.cells ?? []) expect(cell.x1).toBeGreaterThan(cell.x0);
    expect(label!.x1 < income!.x0 && income!.x1 < item!.x0 && item!.x1 < spending!.x0).toBe(true);
    // Amounts right-aligned in one column share their right edge across rows.
    const edges = ["一、财政拨款收入", "1. 一般公共预算资金", "收入总计"].map(
      (start) => lineStarting(doc, page, start)?.cells[1]?.x1,
    );
    expect(new Set(edges).size).toBe(1);
  });

  it("keeps a table's code columns apart (支出预算总表: 类 款 项 codes, name, three amounts)", async () => {
    const doc = await read(WANLI);
    const page = pageOf(doc, "2025年部门支出预算总表");
    expect(texts(doc.lines.find((l) => l.page === page && l.text.startsWith("201 05 07")))).toEqual([
      "201",
      "05",
      "07",
      "专项普查活动",
      "438,300",
      "0",
      "438,300",
    ]);
  });

  it("drops no text: every character pdfjs finds is in some cell", async () => {
    const doc = await read(WANLI);
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(WANLI)), verbosity: 0 }).promise;
    const strip = (s: string): string => s.replace(/\s+/g, "");
    for (const number of [1, 9, 20, 31]) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const found = content.items.map((i) => ("str" in i ? strip(i.str) : "")).join("");
      const ours = doc.lines
        .filter((l) => l.page === number)
        .map((l) => strip(l.text))
        .join("");
      expect([...ours].sort().join("")).toBe([...found].sort().join(""));
    }
    await pdf.destroy();
  });

  it("reports progress once per page", async () => {
    const calls: [number, number][] = [];
    const result = await readPdf(WANLI, { onPage: (page, pages) => calls.push([page, pages]) });
    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(31);
    expect(calls[0]).toEqual([1, 31]);
    expect(calls.at(-1)).toEqual([31, 31]);
  });
});

describe("readPdf on a unit budget whose columns are only a space apart (putuo-swj-2025-unit)", () => {
  it("splits an amount from the next column's label or amount inside one PDF text item", async () => {
    const doc = await read(SWJ_UNIT);
    const page = pageOf(doc, "2025年预算单位财务收支预算总表");
    // The PDF holds "371,514,655.00 一、一般公共服务支出" and "10,823,891.00 1,467,842.00" as single items.
    const row = lineStarting(doc, page, "一、财政拨款收入");
    expect(texts(row)).toEqual([
      "一、财政拨款收入",
      "371,514,655.00",
      "一、一般公共服务支出",
      "21,601,733.00",
      "10,823,891.00",
      "1,467,842.00",
      "9,310,000.00",
    ]);
    // The label split out of the item starts where the column's other labels start.
    const below = lineStarting(doc, page, "2、政府性基金");
    expect(row?.cells[2]?.x0).toBeCloseTo(below?.cells[1]?.x0 ?? 0, 0);
    expect(texts(lineStarting(doc, page, "收入总计"))).toEqual([
      "收入总计",
      "371,514,655.00",
      "支出总计",
      "371,514,655.00",
      "18,120,593.00",
      "1,710,062.00",
      "351,684,000.00",
    ]);
  });

  it("keeps an amount and its unit together in running text", async () => {
    const doc = await read(SWJ_UNIT);
    const sentence = doc.lines.find((l) => /万元/.test(l.text) && /\d 万元|\d万元/.test(l.text));
    expect(sentence).toBeDefined();
    for (const cell of sentence?.cells ?? []) expect(cell.text).not.toMatch(/^万元/);
  });
});

describe("grouping text runs into lines and cells", () => {
  const run = (text: string, x0: number, x1: number, y = 100, size = 12): PlacedText => ({ text, x0, x1, y, size });

  it("merges Chinese runs that touch, one glyph run each, without a space", () => {
    expect(cellsOf([run("部", 10, 22), run("门", 22, 34), run("预算", 34.2, 58)]).map((c) => c.text)).toEqual([
      "部门预算",
    ]);
    // Overlapping runs (kerning, justification) merge too.
    expect(cellsOf([run("知》", 62.4, 94.3), run("要求", 94.2, 118)]).map((c) => c.text)).toEqual(["知》要求"]);
  });

  it("keeps a space-wide gap inside a cell as one space, and splits at a column gap", () => {
    expect(cellsOf([run("1.", 10, 19), run("一般公共预算资金", 22, 118)]).map((c) => c.text)).toEqual([
      "1. 一般公共预算资金",
    ]);
    expect(cellsOf([run("本部门", 0, 36), run("2018", 39.1, 63)]).map((c) => c.text)).toEqual(["本部门 2018"]);
    // 0.75 em, the narrowest column gap in the corpus.
    expect(cellsOf([run("9,501,164", 0, 54), run("一、一般公共服务支出", 63, 183)]).map((c) => c.text)).toEqual([
      "9,501,164",
      "一、一般公共服务支出",
    ]);
    // Two figures a space apart are two columns.
    expect(cellsOf([run("1,733.00", 0, 48), run("10,823,891.00", 52, 130)]).map((c) => c.text)).toEqual([
      "1,733.00",
      "10,823,891.00",
    ]);
  });

  it("sorts runs across the page whatever order the PDF drew them in", () => {
    const cells = cellsOf([run("3,296,600", 720, 774), run("一、财政拨款收入", 61, 157), run("189,767,551", 340, 406)]);
    expect(cells.map((c) => c.text)).toEqual(["一、财政拨款收入", "189,767,551", "3,296,600"]);
    expect(cells[0]).toEqual({ text: "一、财政拨款收入", x0: 61, x1: 157 });
  });

  it("puts runs on one line when their baselines are within a fraction of the font height", () => {
    const lines = linesOfPage(
      [
        run("合计", 10, 34, 200.8),
        run("100", 100, 118, 200),
        run("标题", 10, 34, 50, 18),
        run("第二行", 10, 46, 212.3),
        // A 6-point note mark raised 4 points: more than 0.4 of its height off the baseline.
        run("注", 34, 40, 196, 6),
      ],
      4,
    );
    expect(lines.map((l) => [l.page, l.line, l.text])).toEqual([
      [4, 1, "标题"],
      [4, 2, "注"],
      [4, 3, "合计 100"],
      [4, 4, "第二行"],
    ]);
  });

  it("reads CJK radicals a PDF generator wrote for shared glyphs as the ideographs they stand for", () => {
    // As Chromium prints the seed's full document with Noto Sans CJK SC.
    expect(ideographsForRadicals("部⻔预算⽀出：⼀般公共服务（⼴州）")).toBe("部门预算支出：一般公共服务（广州）");
    expect(ideographsForRadicals("财政专⼾拨款，⻋辆购置，⺠⽣")).toBe("财政专户拨款，车辆购置，民生");
    // Full-width punctuation and ordinary text are left alone.
    expect(ideographsForRadicals("（一）１、ABC，。")).toBe("（一）１、ABC，。");
  });

  it("cuts an item at runs of spaces and at a space after an amount before the next column", () => {
    expect(splitItem("Total   1,234", 0, 130, 0, 10).map((p) => p.text)).toEqual(["Total", "1,234"]);
    expect(splitItem(" 预算数 ", 0, 80, 0, 10).map((p) => p.text)).toEqual(["预算数"]);
    expect(splitItem("371,514,655.00 一、一般公共服务支出", 0, 35, 0, 1).map((p) => [p.text, p.x0, p.x1])).toEqual([
      ["371,514,655.00", 0, 14],
      ["一、一般公共服务支出", 15, 35],
    ]);
    expect(splitItem("比上年增加 184.96 万元", 0, 100, 0, 10).map((p) => p.text)).toEqual(["比上年增加 184.96 万元"]);
    expect(splitItem("", 0, 0, 0, 10)).toEqual([]);
  });
});

describe("readPdf on broken inputs: a problem with a code and a message, never a throw", () => {
  const expectProblem = async (file: string, code: string, zh: RegExp): Promise<void> => {
    const result = await readPdf(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.code).toBe(code);
    expect(result.problem.message.zh).toContain(file);
    expect(result.problem.message.zh).toMatch(zh);
    expect(result.problem.message.en).toContain(file);
    expect(result.problem.message.zh).not.toMatch(/\n\s+at /);
  };

  it("an image-only (scanned) PDF has no text layer", async () => {
    await expectProblem(
      write("scan.pdf", imageOnlyPdf()),
      "no-text",
      /此 PDF 没有文字层（可能是扫描件）.*预算系统导出的 PDF.*复制/,
    );
  });

  it("an encrypted PDF needs its password", async () => {
    await expectProblem(join(FIXTURES, "encrypted.pdf"), "encrypted", /已加密.*密码/);
  });

  it("a PDF restricted only by an owner password (no password to open) reads", async () => {
    const result = await readPdf(join(FIXTURES, "owner-password-only.pdf"));
    expect(result.ok && result.document.lines.map((l) => texts(l))).toEqual([["Budget 2025"], ["Total", "1,234"]]);
  });

  it("a truncated PDF (the first half of a real one) is incomplete", async () => {
    const bytes = readFileSync(WANLI);
    await expectProblem(write("half.pdf", bytes.subarray(0, bytes.length >> 1)), "truncated", /不完整.*重新下载/);
  });

  it("a PDF whose body is not PDF is damaged", async () => {
    const body = Buffer.concat([
      Buffer.from("%PDF-1.7\n"),
      Buffer.alloc(4000, 0x41),
      Buffer.from("\nstartxref\n9999\n%%EOF\n"),
    ]);
    await expectProblem(write("garbage.pdf", body), "corrupt", /已损坏/);
  });

  it("a text file renamed .pdf is not a PDF", async () => {
    await expectProblem(write("copied.pdf", "一、财政拨款收入  189,767,551\n"), "not-pdf", /不是 PDF 文件/);
  });

  it("an empty file, a missing file and a folder each say so", async () => {
    await expectProblem(write("empty.pdf", ""), "empty", /空的/);
    await expectProblem(join(scratch, "no-such.pdf"), "file-missing", /找不到/);
    await expectProblem(scratch, "file-unreadable", /无法读取/);
  });

  it("a hand-written text PDF reads, so the broken ones fail for their own reason", async () => {
    const result = await readPdf(write("text.pdf", textPdf(["Budget 2025", "Total   1,234"])));
    expect(result.ok && result.document.lines.map((l) => texts(l))).toEqual([["Budget 2025"], ["Total", "1,234"]]);
  });
});
