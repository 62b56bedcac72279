/**
 * Running heads — the document's title printed at the top of every page — are furniture the
 * import drops, like page numbers; a table's header row repeated at the top of its pages is not.
 */
import { describe, expect, test } from "vitest";
import { runningHeads, withoutRunningHeads, type SourceDocument, type SourceLine } from "../../src/budget";

const line = (page: number, n: number, ...cells: string[]): SourceLine => ({
  page,
  line: n,
  text: cells.join(" "),
  cells: cells.map((text, i) => ({ text, x0: i * 100, x1: i * 100 + 80 })),
});

const TITLE = "广州市花都区政务服务和数据管理局2025年部门预算";
const HEADER = ["项目名称", "预算数", "绩效目标"];

/** Four pages: the title heads each; 表12 runs over pages 3 and 4 under its repeated header. */
const printed = (title = TITLE): SourceDocument => ({
  file: "budget.pdf",
  cells: "layout",
  lines: [
    line(1, 1, title),
    line(1, 2, title),
    line(1, 3, "目录"),
    line(2, 1, title),
    line(2, 2, "第一部分 部门概况"),
    line(3, 1, title),
    line(3, 2, "表12 项目支出绩效目标表"),
    line(3, 3, ...HEADER),
    line(3, 4, "政务服务中心运行", "1,200.00", "群众满意度≥95%"),
    line(4, 1, ...HEADER),
    line(4, 2, "12345热线", "800.00", "接通率≥90%"),
    line(4, 3, "4"),
  ],
});

describe("running heads", () => {
  test("the title that heads every page is one; the header row that heads a page is not", () => {
    expect([...runningHeads(printed())]).toEqual([TITLE]);
  });

  test("each page's first line that is the running head goes; the cover's own title and the header rows stay", () => {
    const kept = withoutRunningHeads(printed()).lines.map((l) => `${l.page}:${l.line}`);
    expect(kept).toEqual(["1:2", "1:3", "2:2", "3:2", "3:3", "3:4", "4:1", "4:2", "4:3"]);
  });

  test("spaces and full-width forms aside, the same head is the same", () => {
    const doc = printed();
    doc.lines[3] = line(2, 1, "广州市花都区政务服务和数据管理局 2025年部门预算");
    expect(withoutRunningHeads(doc).lines.filter((l) => l.line === 1 && l.page <= 3)).toEqual([]);
  });

  test("a text heading fewer than three pages, or fewer than half of them, is left alone", () => {
    const doc = printed();
    const twoPages = { ...doc, lines: doc.lines.filter((l) => l.page !== 3) };
    expect(runningHeads(twoPages).size).toBe(0);
    expect(withoutRunningHeads(twoPages)).toBe(twoPages);
    const manyPages: SourceDocument = {
      ...doc,
      lines: [...doc.lines, ...[5, 6, 7, 8, 9].map((page) => line(page, 1, `第${page}页的内容`))],
    };
    expect(runningHeads(manyPages).size).toBe(0);
  });

  test("a document without pages (copied text) has no running heads", () => {
    const doc = printed();
    const unpaged = { ...doc, lines: doc.lines.map((l) => ({ ...l, page: 0 })) };
    expect(withoutRunningHeads(unpaged).lines).toHaveLength(doc.lines.length);
  });
});
