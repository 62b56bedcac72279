/**
 * The two classification lists, read once from the CSV files beside this module (the form finance
 * staff review in Excel or WPS; REVIEW.md says how): `function-codes.csv`, 支出功能分类科目 (类 3
 * digits, 款 5, 项 7), and `economic-codes.csv`, 部门预算支出经济分类科目 (类 3, 款 5). Each line is
 * `code,zh,en,confidence`: the code, its standard Chinese name, our English name and how well the
 * code and name are confirmed (entry.ts). Lines are sorted by code as strings, so each class is
 * followed by its children.
 *
 * A broken list stops everything that uses the core with one error naming the file, line and column
 * of every problem: a code checked against a wrong list would give wrong findings, not none.
 *
 * The files are found beside this module's source. Under tsx and vitest `import.meta.url` is that
 * source; in Astro's bundle it is the bundle's chunk, unless the build keeps the source's address,
 * which `coreModuleUrls` (src/site/core-module-urls.ts, in astro.config.mjs) does.
 */
import { readFileSync } from "node:fs";
import { readCsv } from "../csv-file";
import { describeLocation } from "../findings";
import type { ClassificationConfidence, ClassificationEntry } from "./entry";

const HEADER = ["code", "zh", "en", "confidence"] as const;
const CONFIDENCE: readonly ClassificationConfidence[] = ["seed", "published", "recalled"];

export interface ListFormat {
  /** The file, as the error names it (its path from the project root). */
  file: string;
  /** How many digits a code of each level has, top level first. */
  codeLengths: readonly [number, ...number[]];
}

export const FUNCTION_FORMAT: ListFormat = {
  file: "src/budget/classification/function-codes.csv",
  codeLengths: [3, 5, 7],
};
export const ECONOMIC_FORMAT: ListFormat = {
  file: "src/budget/classification/economic-codes.csv",
  codeLengths: [3, 5],
};

/** A classification list that cannot be used; the message names every problem, Chinese then English. */
export class ClassificationListError extends Error {
  override name = "ClassificationListError";
}

interface Problem {
  line: number;
  column?: (typeof HEADER)[number];
  zh: string;
  en: string;
}

const quoted = (value: string): string => `“${value}”`;

/** The problems of one data line: each cell on its own, then the code against the lines before it. */
const lineProblems = (
  cells: readonly string[],
  line: number,
  format: ListFormat,
  seen: ReadonlyMap<string, number>,
  previous: string | undefined,
): Problem[] => {
  if (cells.length !== HEADER.length) {
    return [
      {
        line,
        zh: `有 ${cells.length} 个单元格，应为 ${HEADER.length} 个（${HEADER.join(",")}）；英文名称中有逗号时须整体加引号`,
        en: `has ${cells.length} cells, not ${HEADER.length} (${HEADER.join(",")}); quote an English name that contains a comma`,
      },
    ];
  }
  const [code = "", zh = "", en = "", confidence = ""] = cells;
  const problems: Problem[] = [];
  const lengths = format.codeLengths.join("、");
  if (!/^\d+$/.test(code) || !format.codeLengths.includes(code.length)) {
    problems.push({
      line,
      column: "code",
      zh: `编码 ${quoted(code)} 不对：应为 ${lengths} 位数字`,
      en: `the code ${quoted(code)} is not ${format.codeLengths.join(", ")} digits`,
    });
  } else {
    const first = seen.get(code);
    if (first !== undefined) {
      problems.push({
        line,
        column: "code",
        zh: `编码 ${code} 在第 ${first} 行已经出现过：每个编码只能有一行`,
        en: `the code ${code} is already on line ${first}: one line per code`,
      });
    }
    const parent = code.length > format.codeLengths[0] ? code.slice(0, -2) : undefined;
    if (parent !== undefined && !seen.has(parent)) {
      problems.push({
        line,
        column: "code",
        zh: `编码 ${code} 的上级 ${parent} 不在它前面的行中：请先加上上级科目（或删去这一行）`,
        en: `the code ${code}'s parent ${parent} is not on a line above it: add the parent first (or delete this line)`,
      });
    }
    if (first === undefined && previous !== undefined && code < previous) {
      problems.push({
        line,
        column: "code",
        zh: `编码 ${code} 排在 ${previous} 之后：请按编码从小到大排列（上级在前，下级紧随其后）`,
        en: `the code ${code} comes after ${previous}: sort the lines by code (each parent followed by its children)`,
      });
    }
  }
  if (zh === "") problems.push({ line, column: "zh", zh: "中文名称为空", en: "the Chinese name is empty" });
  if (en === "") problems.push({ line, column: "en", zh: "英文名称为空", en: "the English name is empty" });
  if (!(CONFIDENCE as readonly string[]).includes(confidence)) {
    problems.push({
      line,
      column: "confidence",
      zh: `可信度 ${quoted(confidence)} 不对：只能是 ${CONFIDENCE.join("、")} 之一`,
      en: `the confidence ${quoted(confidence)} is not one of ${CONFIDENCE.join(", ")}`,
    });
  }
  return problems;
};

const describe = (format: ListFormat, problems: readonly Problem[]): string => {
  const at = (p: Problem, lang: "zh" | "en") =>
    describeLocation({ file: format.file, line: p.line, ...(p.column ? { column: p.column } : {}) }, lang);
  return [
    `分类表 ${format.file} 有 ${problems.length} 处错误，无法使用：`,
    ...problems.map((p) => `  ${at(p, "zh")}：${p.zh}`),
    `The classification list ${format.file} has ${problems.length} problem(s) and cannot be used:`,
    ...problems.map((p) => `  ${at(p, "en")}: ${p.en}`),
  ].join("\n");
};

/** Parse and check a list; throws a ClassificationListError naming every problem. */
export const parseList = (bytes: Uint8Array, format: ListFormat): ClassificationEntry[] => {
  const csv = readCsv(bytes, format.file);
  const problems: Problem[] = csv.findings.map((f) => ({ line: f.line ?? 1, zh: f.message.zh, en: f.message.en }));
  const header = csv.header?.cells ?? [];
  if (problems.length === 0 && header.join(",") !== HEADER.join(",")) {
    problems.push({
      line: csv.header?.line ?? 1,
      zh: `表头应为 ${HEADER.join(",")}，这里是 ${quoted(header.join(","))}`,
      en: `the header must be ${HEADER.join(",")}, not ${quoted(header.join(","))}`,
    });
  }
  const entries: ClassificationEntry[] = [];
  const seen = new Map<string, number>();
  let previous: string | undefined;
  for (const { cells, line } of problems.length === 0 ? csv.rows : []) {
    const found = lineProblems(cells, line, format, seen, previous);
    problems.push(...found);
    const [code = "", zh = "", en = "", confidence = ""] = cells;
    if (!seen.has(code)) seen.set(code, line);
    previous = code;
    if (found.length === 0) entries.push({ code, zh, en, confidence: confidence as ClassificationConfidence });
  }
  if (problems.length > 0) throw new ClassificationListError(describe(format, problems));
  return entries;
};

const readList = (name: string, format: ListFormat): readonly ClassificationEntry[] =>
  parseList(new Uint8Array(readFileSync(new URL(name, import.meta.url))), format);

export const FUNCTION_CODES = readList("./function-codes.csv", FUNCTION_FORMAT);
export const ECONOMIC_CODES = readList("./economic-codes.csv", ECONOMIC_FORMAT);
