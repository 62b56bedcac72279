/**
 * The classification lists as CSV (src/budget/classification/*.csv): read once, with the real
 * codes and names, the counts REVIEW.md states, and a broken list refused with its file, line and
 * column named.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ECONOMIC_CODES, FUNCTION_CODES, lookupCode } from "../../src/budget/classification";
import {
  ClassificationListError,
  ECONOMIC_FORMAT,
  FUNCTION_FORMAT,
  parseList,
} from "../../src/budget/classification/lists";
import { REPO_ROOT } from "../helpers/seed-copy";

const DIR = join(REPO_ROOT, "src/budget/classification");
const csvText = (name: string): string => readFileSync(join(DIR, name), "utf8");
const parseText = (text: string) => parseList(new TextEncoder().encode(text), ECONOMIC_FORMAT);

/** The refusal's message for a list, or "" when it is accepted. */
const refusal = (text: string): string => {
  try {
    parseText(text);
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(ClassificationListError);
    return (error as Error).message;
  }
};

describe("the classification lists", () => {
  it("hold the codes with their names, English and confidence", () => {
    expect(lookupCode("function", "2010101")).toEqual({
      code: "2010101",
      zh: "行政运行",
      en: "General administration",
      confidence: "recalled",
    });
    expect(lookupCode("economic", "30218")).toEqual({
      code: "30218",
      zh: "专用材料费",
      en: "Special-purpose materials",
      confidence: "recalled",
    });
    expect(lookupCode("function", "20103")?.zh).toBe("政府办公厅（室）及相关机构事务");
    // A quoted cell: the English name has commas.
    expect(lookupCode("function", "213")?.en).toBe("Agriculture, forestry and water resources");
    expect(lookupCode("economic", "9999")).toBeUndefined();
  });

  it("have as many entries of each confidence as REVIEW.md's table says", () => {
    const review = readFileSync(join(DIR, "REVIEW.md"), "utf8");
    const stated = (level: string): [number, number] => {
      const row = review.split("\n").find((l) => l.startsWith(`| ${level} `));
      const cells = (row ?? "").split("|").map((c) => c.trim());
      return [Number(cells.at(-3)), Number(cells.at(-2))];
    };
    const count = (list: readonly { confidence: string }[], level?: string) =>
      list.filter((e) => level === undefined || e.confidence === level).length;
    for (const level of ["seed", "published", "recalled"]) {
      expect([count(FUNCTION_CODES, level), count(ECONOMIC_CODES, level)], level).toEqual(stated(`\`${level}\``));
    }
    expect([count(FUNCTION_CODES), count(ECONOMIC_CODES)]).toEqual(stated("total"));
    expect(stated("total")).toEqual([883, 106]);
  });

  it("are saved with a byte order mark, so Excel opens them as UTF-8", () => {
    for (const name of ["function-codes.csv", "economic-codes.csv"]) {
      expect(csvText(name).startsWith("\uFEFFcode,zh,en,confidence\n"), name).toBe(true);
    }
  });

  it("read the file as Excel saves it again: CRLF line ends, no byte order mark", () => {
    const excel = csvText("economic-codes.csv")
      .replace(/^\uFEFF/, "")
      .replaceAll("\n", "\r\n");
    expect(parseText(excel)).toEqual(ECONOMIC_CODES);
    expect(parseList(readFileSync(join(DIR, "function-codes.csv")), FUNCTION_FORMAT)).toEqual(FUNCTION_CODES);
  });
});

describe("a broken classification list", () => {
  const header = "code,zh,en,confidence\n";
  const good = "301,工资福利支出,Wages and benefits,seed\n30101,基本工资,Basic wages,seed\n";

  it("is accepted when nothing is wrong", () => {
    expect(refusal(header + good)).toBe("");
  });

  it("is refused for a duplicated code, naming the file and both lines", () => {
    const message = refusal(`${header}${good}30101,基本工资,Basic wages,published\n`);
    expect(message).toContain("分类表 src/budget/classification/economic-codes.csv 有 1 处错误，无法使用：");
    expect(message).toContain("  第 4 行，“code”列：编码 30101 在第 3 行已经出现过：每个编码只能有一行");
    expect(message).toContain("  line 4, column “code”: the code 30101 is already on line 3: one line per code");
  });

  it("is refused for a confidence not in the list", () => {
    expect(refusal(`${header}${good}30102,津贴补贴,Allowances and subsidies,verified\n`)).toContain(
      "  第 4 行，“confidence”列：可信度 “verified” 不对：只能是 seed、published、recalled 之一",
    );
  });

  it("is refused for a code whose parent is not above it", () => {
    const message = refusal(`${header}${good}30201,办公费,Office expenses,seed\n`);
    expect(message).toContain("  第 4 行，“code”列：编码 30201 的上级 302 不在它前面的行中");
    expect(message).toContain("line 4, column “code”: the code 30201's parent 302 is not on a line above it");
  });

  it("is refused for a code of the wrong length, an empty name, a line out of order and a missing cell", () => {
    const message = refusal(
      `${header}${good}3010,基本工资,Basic wages,seed\n302,,Goods and services,seed\n30199,其他工资福利支出,Other wages and benefits,seed\n303,对个人和家庭的补助,seed\n`,
    );
    expect(message).toContain("有 4 处错误");
    expect(message).toContain("第 4 行，“code”列：编码 “3010” 不对：应为 3、5 位数字");
    expect(message).toContain("第 5 行，“zh”列：中文名称为空");
    expect(message).toContain("第 6 行，“code”列：编码 30199 排在 302 之后");
    expect(message).toContain("第 7 行：有 3 个单元格，应为 4 个（code,zh,en,confidence）");
  });

  it("is refused for a wrong header or an unclosed quote, before any line is read", () => {
    expect(refusal(`code,name,en,confidence\n${good}`)).toContain(
      "第 1 行：表头应为 code,zh,en,confidence，这里是 “code,name,en,confidence”",
    );
    expect(refusal(`${header}301,"工资福利支出,Wages,seed\n`)).toContain("第 2 行：此行有一个左引号");
  });
});
