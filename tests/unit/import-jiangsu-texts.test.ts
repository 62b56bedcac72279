/**
 * The Jiangsu profile's texts: both published documents (江苏省人民检察院 2018, 江苏省高级人民法院
 * 2018), from their pdftotext -layout text and from their PDF (pdfjs-dist), import
 * department.yaml, explanation.yaml and glossary.yaml equal, value for value, to the hand-checked
 * folders, and the text importer's part of the report says only what the print gets wrong. (The
 * import found three slips in js-fy's hand transcription, since corrected in data/: two headings
 * had lost the space printed between 法院 and 2018 or 2018 and 年, and 机关内设机构 4–26, printed
 * one per line, had been joined into one paragraph where pdftotext's layout lost their indent.)
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatImportNote, importDocument, readTextSource, type ImportResult } from "../../src/budget";
import type { ImportNote } from "../../src/budget/import/report";
import type { SourceDocument } from "../../src/budget/import/source";
import { findTableSections } from "../../src/budget/import/tables";
import { JIANGSU_BUDGET } from "../../src/budget/profiles/jiangsu-budget";
import { readSource } from "../../src/import/read-source";
import { REPO_ROOT } from "../helpers/seed-copy";
import { expectedFrom, publishedPdf, type PublishedName } from "../helpers/published-pdfs";

type Yaml = Record<string, unknown>;

/** js-fy's 三、支出预算情况说明 prints a pie chart; its labels are reported, not written. */
const FY_CHART = [
  "预留机动经费,",
  "9.82%",
  "项目支出, 34.20% 基本支出, 55.98%",
  "基本支出 项目支出 预留机动经费",
  "支出预算图",
];

/** What the report must say about each document: only what the print gets wrong. */
const DOCUMENTS = [
  ["js-jcy-2018", "2018/js-jcy", []],
  [
    "js-fy-2018",
    "2018/js-fy",
    [
      ...FY_CHART.map((label) => `[未能归位] 图表中的文字（图中的标注），未写入：「${label}」`),
      // The “三公” shares name the vehicles part 公务用车运行维护费: its share is kept as the vehicles'.
      "已按公务用车购置及运行费记入 facts.vehicles.share，请核对",
      // 五、（一）2. misnames 2040502 (一般行政事务管理 for 一般行政管理事务): taken from 表5 by amount.
      "按金额6049.97万元取了表中的 2040502，请核对",
    ],
  ],
] as const;

const SOURCES = [
  ["layout text", (name: string) => join(REPO_ROOT, "tests", "fixtures", "source", "jiangsu", `${name}.layout.txt`)],
  ["PDF", (name: string) => publishedPdf(name as PublishedName)],
] as const;

const CASES = DOCUMENTS.flatMap(([name, folder, report]) =>
  SOURCES.map(([source, path]) => [name, source, path(name), folder, report] as const),
);

const readFileSource = async (file: string): Promise<SourceDocument> => {
  const source = await readSource(file);
  if (!source.ok) throw new Error(source.message.en);
  return source.document;
};

const handChecked = async (folder: string, file: string): Promise<Yaml> =>
  parse(await readFile(join(REPO_ROOT, "data", folder, file), "utf8")) as Yaml;

/**
 * The report's notes on the text: those on a table's lines are the table reader's (checked in
 * import-jiangsu-tables.test.ts), the rest are this importer's.
 */
const textNotes = (doc: SourceDocument, result: ImportResult): ImportNote[] => {
  const inTables = new Set(
    findTableSections(doc, JIANGSU_BUDGET.tables).sections.flatMap((section) =>
      [section.title, ...section.lines].map((line) => `${line.page}:${line.line}`),
    ),
  );
  return result.notes.filter((note) => note.line === undefined || !inTables.has(`${note.page}:${note.line}`));
};

const explanationOf = (result: ImportResult) =>
  parse(result.files.get("explanation.yaml") ?? "") as { facts: Record<string, unknown> & { items: unknown[] } };

describe.each(CASES)("%s from its %s", async (_name, _source, file, folder, report) => {
  const doc = await readFileSource(file);
  const result = importDocument(doc);

  it("is read as a Jiangsu document", () => {
    expect(result.profile?.id).toBe("jiangsu-budget");
  });

  it.each(["department.yaml", "explanation.yaml", "glossary.yaml"])(
    "%s has the hand-checked folder's values",
    async (yaml) => {
      expect(parse(result.files.get(yaml) ?? "")).toEqual(expectedFrom(file, yaml, await handChecked(folder, yaml)));
    },
  );

  it("leaves in the text's part of the import report only what the print gets wrong", () => {
    expect(textNotes(doc, result).map((note) => formatImportNote(note, "zh").replace(/^第\d+页 第\d+行 /, ""))).toEqual(
      report.map((text) => expect.stringContaining(text)),
    );
  });
});

describe("what the Jiangsu texts do not state in the standard wording is reported, not guessed", async () => {
  const text = await readFile(
    join(REPO_ROOT, "tests", "fixtures", "source", "jiangsu", "js-jcy-2018.layout.txt"),
    "utf8",
  );
  const importText = (changed: string) => {
    const doc = readTextSource("changed.layout.txt", changed);
    const result = importDocument(doc);
    return { result, messages: textNotes(doc, result).map((note) => note.message.zh) };
  };

  it("the unchanged text reads every fact", () => {
    const { result, messages } = importText(text);
    expect(messages).toEqual([]);
    expect(explanationOf(result).facts.procurement).toEqual({ total: "3,096.24", goods: "268", services: "2,828.24" });
  });

  it("a required figure in other words is left out and named", () => {
    const { result, messages } = importText(text.replace("政府采购支出预算总额", "政府采购支出共计"));
    expect(explanationOf(result).facts.procurement).toBeUndefined();
    expect(messages).toEqual([expect.stringContaining("facts.procurement")]);
  });

  it("a stated figure the template requires, said to be none, is named for filling in", () => {
    const { result, messages } = importText(
      text.replace(/省检察院 2018 年政府性基金支出预算支出\s+0 万元。/, "省检察院 2018 年无政府性基金支出。"),
    );
    expect(explanationOf(result).facts.gov_fund_expenditure).toBeUndefined();
    expect(messages).toEqual([expect.stringContaining("facts.gov_fund_expenditure")]);
  });

  it("a 项 line whose name and amount match no row of 表5 gets no code, and is named", () => {
    const { result, messages } = importText(
      text.replace("2.提租补贴(项):支出 2,586.61 万元。", "2.租房补贴(项):支出 2,586.62 万元。"),
    );
    const { items } = explanationOf(result).facts;
    expect(items).toHaveLength(10);
    expect(items).not.toContainEqual(expect.objectContaining({ code: "2210202" }));
    expect(messages).toEqual([expect.stringContaining("“租房补贴(项)”在表5 中没有名称或金额相符的科目")]);
  });

  it("a 项 line that misnames its 项 takes the one row of its 款 with its amount, and says so", () => {
    const { result, messages } = importText(text.replace("2.提租补贴(项):支出", "2.租房补贴(项):支出"));
    expect(explanationOf(result).facts.items).toContainEqual({
      code: "2210202",
      name: "租房补贴(项)",
      amount: "2,586.61",
    });
    expect(messages).toEqual([expect.stringContaining("按金额2,586.61万元取了表中的 2210202，请核对")]);
  });
});
