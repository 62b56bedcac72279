/**
 * The Shanghai profile's texts: each of the five published documents, from its pdftotext -layout
 * text and from its PDF (pdfjs-dist), imports department.yaml, explanation.yaml and glossary.yaml
 * equal, value for value, to the hand-checked folders, with nothing left in the import report.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { formatImportNote, importDocument, readTextSource, type ImportResult } from "../../src/budget";
import type { SourceLine } from "../../src/budget/import/source";
import { dropReprintedPageStarts } from "../../src/budget/import/text-parts";
import { readSource } from "../../src/import/read-source";
import { REPO_ROOT } from "../helpers/seed-copy";
import { expectedFrom, publishedPdf, type PublishedName } from "../helpers/published-pdfs";

/** Item 21 of 万里街道 2025 misnames its 项; its code is taken from 表5 by amount, and the report says so. */
const ITEM_21 = "按金额20.00万元取了表中的 2100717，请核对";

/** The five documents, and what the import report must say about each: only what the print gets wrong. */
const DOCUMENTS = [
  ["putuo-wanli-2025", "2025/putuo-wanli", [ITEM_21]],
  ["putuo-wanli-2024", "2024/putuo-wanli", []],
  ["putuo-fuliyuan-2024", "2024/putuo-fuliyuan", []],
  ["putuo-swj-2025-dept", "2025/putuo-swj", []],
  ["putuo-swj-2025-unit", "2025/putuo-swj-unit", []],
] as const;

const SOURCES = [
  ["layout text", (name: string) => join(REPO_ROOT, "tests", "fixtures", "source", "shanghai", `${name}.layout.txt`)],
  ["PDF", (name: string) => publishedPdf(name as PublishedName)],
] as const;

const CASES = DOCUMENTS.flatMap(([name, folder, report]) =>
  SOURCES.map(([source, path]) => [name, source, path(name), folder, report] as const),
);

const importFile = async (file: string): Promise<ImportResult> => {
  const source = await readSource(file);
  if (!source.ok) throw new Error(source.message.en);
  return importDocument(source.document);
};

const handChecked = async (folder: string, file: string): Promise<unknown> =>
  parse(await readFile(join(REPO_ROOT, "data", folder, file), "utf8"));

describe.each(CASES)("%s from its %s", async (_name, _source, file, folder, report) => {
  const result = await importFile(file);

  it.each(["department.yaml", "explanation.yaml", "glossary.yaml"])(
    "%s has the hand-checked folder's values",
    async (yaml) => {
      expect(parse(result.files.get(yaml) ?? "")).toEqual(expectedFrom(file, yaml, await handChecked(folder, yaml)));
    },
  );

  it("leaves in the import report only what the print gets wrong", () => {
    expect(result.notes.map((note) => formatImportNote(note, "zh").replace(/^第\d+页 第\d+行 |^第\d+行 /, ""))).toEqual(
      report.map((text) => expect.stringContaining(text)),
    );
  });
});

describe("what the Shanghai texts do not state is reported, not guessed", async () => {
  const text = await readFile(
    join(REPO_ROOT, "tests", "fixtures", "source", "shanghai", "putuo-wanli-2025.layout.txt"),
    "utf8",
  );
  const importText = (changed: string) => importDocument(readTextSource("changed.layout.txt", changed));
  /** The report's messages besides item 21's, which every import of this document has. */
  const messages = (result: ImportResult) =>
    result.notes.map((note) => note.message.zh).filter((message) => !message.includes(ITEM_21));

  it("a figure not in the standard sentence is left out and named", () => {
    const result = importText(text.replace("其他收入0.00万元。", "其他收入另行安排。"));
    const facts = (parse(result.files.get("explanation.yaml")!) as { facts: Record<string, unknown> }).facts;
    expect(facts.other_income).toBeUndefined();
    expect(messages(result)).toEqual([expect.stringContaining("facts.other_income")]);
  });

  it("an item line whose names and amount match no 项 gets no code, and is named", () => {
    const result = importText(
      text
        .replace("科目43.83万元，主要用于统计信息事务", "科目43.84万元，主要用于统计信息事务")
        .replace("统计信息事务（款）专项普查活动（项）", "统计信息事务（款）专项调查（项）"),
    );
    const items = (parse(result.files.get("explanation.yaml")!) as { facts: { items: unknown[] } }).facts.items;
    expect(items).toHaveLength(32);
    expect(messages(result)).toEqual([expect.stringContaining("专项调查")]);
  });

  it("a line that misnames its 项 takes the one 项 row of its class with its amount (validation then checks the names)", () => {
    // Item 21 of the 2025 document prints 卫生健康支出（款）计划生育事务（项）; 表5's 20.00万元 row is 2100717.
    const items = (parse(importText(text).files.get("explanation.yaml")!) as { facts: { items: { code: string }[] } })
      .facts.items;
    expect(items[20]).toEqual({ code: "2100717", amount: "20.00" });
    const unknown = importText(text.replace("计划生育事务（项）”科目20.00万元", "计划生育事务（项）”科目20.01万元"));
    expect(messages(unknown)).toEqual([expect.stringContaining("不是已知的科目")]);
  });

  it("the standard procurement sentence in other words is named, not read", () => {
    const result = importText(text.replace("其中：政府采购货物预算57.43万元", "其中：货物57.43万元"));
    expect(messages(result)).toEqual([expect.stringContaining("facts.procurement")]);
  });
});

describe("a page whose text layer reprints the previous page's last lines", () => {
  const line = (page: number, n: number, text: string): SourceLine => ({
    page,
    line: n,
    text,
    cells: [{ text, x0: 0, x1: text.length }],
  });

  it("keeps the lines once", () => {
    const lines = [
      line(3, 1, "甲"),
      line(3, 2, "乙"),
      line(3, 3, "丙"),
      line(4, 4, "乙"),
      line(4, 5, "丙"),
      line(4, 6, "丁"),
    ];
    expect(dropReprintedPageStarts(lines).map((kept) => kept.text)).toEqual(["甲", "乙", "丙", "丁"]);
  });

  it("keeps a single repeated line (a running head, a heading printed again)", () => {
    const lines = [line(3, 1, "甲"), line(3, 2, "乙"), line(4, 3, "乙"), line(4, 4, "丁")];
    expect(dropReprintedPageStarts(lines)).toHaveLength(4);
  });
});
