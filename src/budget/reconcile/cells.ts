/**
 * Small helpers shared by the rule families: naming rows and cells the way the document does,
 * describing a set of cells in a message, and the unit messages imply for a figure (the digits
 * are format.ts's).
 */
import type { Bilingual, Lang } from "../i18n-text";
import { formatMoney, formatSignedMoney, unitWord } from "../format";
import type { TableSpec } from "../profiles/types";
import type { BudgetRow, BudgetTable } from "../model";
import type { CellRef } from "./types";

/** Hundredths of 万元: the unit of the Guangzhou tables and of every figure stated in prose. */
export const DEFAULT_SCALE = 2;

const headers = new WeakMap<TableSpec, Map<string, string>>();

/** The CSV header of a column key (cached: reconciliation asks for it thousands of times). */
export const headerOf = (spec: TableSpec, key: string): string => {
  let map = headers.get(spec);
  if (!map) {
    map = new Map(spec.columns.map((c) => [c.key, c.header]));
    headers.set(spec, map);
  }
  return map.get(key) ?? key;
};

/** The row as the printed table shows it: "[201]一般公共服务支出", "合计", "本年收入合计". */
export const rowLabel = (row: BudgetRow): string => {
  if (row.code !== undefined && row.side === undefined) return `[${row.code}]${row.name}`;
  if (row.role === "detail" && row.unit !== undefined) return `${row.name}（${row.unit}）`;
  return row.name;
};

export const cellOf = (table: BudgetTable, row: BudgetRow, key: string): CellRef => ({
  file: table.file,
  source: table.spec.id,
  line: row.line,
  column: headerOf(table.spec, key),
  // A record table's one row has no name of its own: the table's is what a reader knows it by.
  row: rowLabel(row) || table.spec.title.zh,
  value: row.amounts[key] ?? 0,
  ...(table.scale !== DEFAULT_SCALE ? { scale: table.scale } : {}),
});

export const cellKey = (c: Pick<CellRef, "file" | "line" | "column">): string =>
  `${c.file}#${c.line ?? ""}#${c.column ?? ""}`;

const unitSuffix = (scale: number): string => (scale === DEFAULT_SCALE ? "" : ` ${unitWord(scale)}`);

/**
 * An amount as the tables print it: "7,267.81" for hundredths of 万元 (the default scale, whose
 * unit every message has always implied), "189,767,551 元" or "371,514,655.00 元" otherwise.
 */
export const money = (value: number, lang: Lang, scale = DEFAULT_SCALE): string =>
  `${formatMoney(value, lang, scale)}${unitSuffix(scale)}`;

/** A signed difference: "+0.01", "−1.00", "+1 元"; zero unsigned, "0.00". */
export const signedMoney = (value: number, lang: Lang, scale = DEFAULT_SCALE): string =>
  `${formatSignedMoney(value, lang, scale)}${unitSuffix(scale)}`;

const SOURCE_LABEL: Record<string, Bilingual> = {
  keyProjects: { zh: "重点项目表", en: "the key-projects table" },
  explanation: { zh: "情况说明", en: "the explanation" },
  department: { zh: "部门信息", en: "the department metadata" },
  glossary: { zh: "名词解释", en: "the glossary" },
};

export const sourceLabel = (source: string): Bilingual => {
  const match = /^table(\d\d)$/.exec(source);
  // Profiles name their tables tableNN after the number the document gives them.
  if (match) return { zh: `表${Number(match[1])}`, en: `Table ${Number(match[1])}` };
  return SOURCE_LABEL[source] ?? { zh: source, en: source };
};

/** "3、5–9、12": consecutive lines folded into ranges. */
const lineRanges = (lines: number[], lang: Lang): string => {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  let previous = start;
  const flush = () => {
    if (start === undefined || previous === undefined) return;
    ranges.push(start === previous ? `${start}` : `${start}–${previous}`);
  };
  for (const line of sorted.slice(1)) {
    if (previous !== undefined && line === previous + 1) {
      previous = line;
      continue;
    }
    flush();
    start = line;
    previous = line;
  }
  flush();
  return ranges.join(lang === "zh" ? "、" : ", ");
};

const quoteColumns = (columns: string[], lang: Lang): string => {
  const unique = [...new Set(columns)];
  const shown = unique.length > 4 ? unique.slice(0, 3) : unique;
  const quoted = shown.map((c) => `“${c}”`).join(lang === "zh" ? "" : ", ");
  if (unique.length > 4)
    return lang === "zh" ? `${quoted}等 ${unique.length} 列` : `${quoted} and ${unique.length - 3} more columns`;
  return quoted;
};

/**
 * Describe the cells a computed value is made of, relative to the cell being checked:
 * "本行“一般公共预算”“政府性基金预算”" / "第 4–11 行“预算”" / "表3 第 2 行“基本支出”“项目支出”".
 */
export const describeCells = (cells: readonly CellRef[], here?: { file: string; line?: number }): Bilingual => {
  if (cells.length === 0) return { zh: "（没有对应的数字）", en: "(no corresponding figures)" };
  const groups = new Map<string, CellRef[]>();
  for (const c of cells) groups.set(c.file, [...(groups.get(c.file) ?? []), c]);
  const zh: string[] = [];
  const en: string[] = [];
  for (const [file, group] of groups) {
    const first = group[0] as CellRef;
    const sameFile = here !== undefined && file === here.file;
    const label = sameFile ? { zh: "", en: "" } : sourceLabel(first.source);
    const lines = group.map((c) => c.line).filter((l): l is number => l !== undefined);
    const columns = group.map((c) => c.column ?? "");
    if (lines.length < group.length) {
      // YAML fields: name them by path.
      zh.push(`${label.zh}${columns.map((c) => `“${c}”`).join("、")}`);
      en.push(`${label.en} ${columns.map((c) => `“${c}”`).join(", ")}`.trim());
      continue;
    }
    const uniqueLines = [...new Set(lines)];
    const uniqueColumns = [...new Set(columns)];
    if (uniqueLines.length === 1 && sameFile && uniqueLines[0] === here.line) {
      zh.push(`本行${quoteColumns(columns, "zh")}`);
      en.push(`this row's ${quoteColumns(columns, "en")}`);
    } else if (uniqueLines.length === 1) {
      zh.push(`${label.zh}第 ${uniqueLines[0]} 行${quoteColumns(columns, "zh")}`);
      en.push(`${label.en} line ${uniqueLines[0]}, ${quoteColumns(columns, "en")}`.trim());
    } else if (uniqueColumns.length === 1) {
      zh.push(`${label.zh}第 ${lineRanges(lines, "zh")} 行“${uniqueColumns[0]}”`);
      en.push(`${label.en} lines ${lineRanges(lines, "en")}, “${uniqueColumns[0]}”`.trim());
    } else {
      zh.push(`${label.zh}${group.map((c) => `第 ${c.line} 行“${c.column}”`).join("、")}`);
      en.push(`${label.en} ${group.map((c) => `line ${c.line} “${c.column}”`).join(", ")}`.trim());
    }
  }
  return { zh: zh.join("，"), en: en.join("; ") };
};
