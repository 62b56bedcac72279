/**
 * facts.classes and facts.items: the lines of 第三部分 that state a figure for each class (（二）支出预算总计)
 * and for each 款 and 项 (五、财政拨款支出预算情况说明), with their codes from the classification and 表5.
 */
import { classByName } from "../../classification";
import { normalise } from "../../import/printed-text";
import { unsure, type ImportNote } from "../../import/report";
import type { ImportedTable } from "../../import/tables";
import { bigramSimilarity, looseName } from "../../text-similarity";
import { AMOUNT, statedAt, type Stated } from "./import-figures";
import type { ReadSection } from "./import-text";

/** The level a printed name is marked with: （类） （款） （项）. */
const LEVEL_MARK = /[（(](?:类|款|项)[）)]/g;

/** 表5's rows: code, name and amount. */
export const table05Rows = (tables: readonly ImportedTable[]) => {
  const table = tables.find((found) => found.spec.id === "table05");
  if (!table) return [];
  const at = (key: string) => table.spec.columns.findIndex((column) => column.key === key);
  const [code, name, amount] = [at("code"), at("name"), at("amount")];
  return table.rows.map((row) => ({ code: row[code] ?? "", name: row[name] ?? "", amount: row[amount] ?? "" }));
};

type Row = ReturnType<typeof table05Rows>[number];

const sameAmount = (a: string, b: string): boolean =>
  a !== "" && Math.round(Number(a.replaceAll(",", "")) * 100) === Math.round(Number(b.replaceAll(",", "")) * 100);

/** Names compared as the validator compares them (explain.item-name): contained, or 80% alike. */
const alike = (printed: string, row: string): boolean => {
  const [a, b] = [looseName(printed.replace(LEVEL_MARK, "")), looseName(row)];
  return a === b || a.includes(b) || bigramSimilarity(a, b) >= 0.8;
};

/** A class by its printed name ("公共安全（类）支出", "公共安全（类）"): the classification's, else 表5's. */
const classCode = (printed: string, rows: readonly Row[]): string | undefined => {
  const bare = normalise(printed).replace(/（类）/g, "");
  for (const name of [bare, `${bare}支出`]) {
    const found =
      classByName(name) ?? rows.find((row) => row.code.length === 3 && looseName(row.name) === looseName(name));
    if (found) return found.code;
  }
  return undefined;
};

/** A 款 or 项 row of 表5 under `parent`, by its printed name; where none is alike, the one with the amount. */
const rowCode = (
  printed: string,
  amount: string | undefined,
  parent: string | undefined,
  length: 5 | 7,
  rows: readonly Row[],
): { code: string; byAmount?: true } | undefined => {
  const under = rows.filter((row) => row.code.length === length && row.code.startsWith(parent ?? ""));
  const exact = under.filter((row) => looseName(row.name) === looseName(printed.replace(LEVEL_MARK, "")));
  const named = exact.length ? exact : under.filter((row) => alike(printed, row.name));
  if (named.length === 1) return { code: named[0]!.code };
  const byAmount = amount === undefined ? [] : under.filter((row) => sameAmount(row.amount, amount));
  return byAmount.length === 1 ? { code: byAmount[0]!.code, byAmount: true } : undefined;
};

interface CodeLine extends Stated {
  code: string;
  name: string;
}

/** (二) 支出预算总计's lines, one per class: "1．公共安全（类）支出16,458.75万元，主要用于…". */
export const readClasses = (section: ReadSection, rows: readonly Row[], notes: ImportNote[]): CodeLine[] => {
  const start = section.paragraphs.findIndex((p) => /^[（(][一二三四五六七八九十]+[)）]支出预算总计/.test(p));
  const out: CodeLine[] = [];
  for (let i = start + 1; start >= 0 && i < section.paragraphs.length && /^\d/.test(section.paragraphs[i]!); i++) {
    const paragraph = section.paragraphs[i]!;
    const line = new RegExp(String.raw`^\d+\s*[.．、]\s*(.+?支出)(?=${AMOUNT})`).exec(paragraph);
    const code = line && classCode(line[1]!, rows);
    const figure = line && statedAt(paragraph.slice(line[0].length));
    if (line && code && figure) out.push({ code, name: line[1]!, ...figure });
    else
      notes.push(
        unsure(
          section.starts[i],
          `“${paragraph.slice(0, 24)}…”不是标准表述或不是已知的功能分类，请在 facts.classes 中填写`,
          `“${paragraph.slice(0, 24)}…” is not in the standard wording or names no known class; fill in facts.classes`,
        ),
      );
  }
  return out;
};

/**
 * 五's 款 and 项 lines under each "（一）公共安全支出（类）": "检察（款）:2018年预算支出合计…",
 * "1．行政运行（项）支出…" or "1．法院（款）行政运行（项）支出…". Codes from 表5 by name; a line
 * that misnames its 项 takes the one row of its 款 with its amount, and the report says so.
 */
export const readItems = (section: ReadSection, rows: readonly Row[], notes: ImportNote[]): CodeLine[] => {
  const out: CodeLine[] = [];
  let cls: string | undefined;
  let kuan: string | undefined;
  const kuanLine = new RegExp(String.raw`^(.+?[（(]款[)）])[:：]?\d{4}年预算支出合计(?=${AMOUNT})`);
  const itemLine = new RegExp(String.raw`^\d+\s*[.．、]\s*(.+?[（(]项[)）])[:：]?(?:支出)?(?=${AMOUNT})`);
  section.paragraphs.forEach((paragraph, i) => {
    const at = section.starts[i];
    const classHead = /^[（(][一二三四五六七八九十]+[)）](.+?[（(]类[)）](?:支出)?)$/.exec(paragraph);
    if (classHead) {
      cls = classCode(classHead[1]!, rows);
      kuan = undefined;
      if (!cls)
        notes.push(
          unsure(at, `“${classHead[1]}”不是已知的功能分类，其下各项未读入`, `“${classHead[1]}” is no known class`),
        );
      return;
    }
    const kuanMatch = kuanLine.exec(paragraph);
    const match = kuanMatch ?? itemLine.exec(paragraph);
    if (!match) {
      if (/[（(]项[)）]/.test(paragraph))
        notes.push(
          unsure(
            at,
            `“${paragraph.slice(0, 24)}…”不是标准表述，请在 facts.items 中填写`,
            `“${paragraph.slice(0, 24)}…” is not in the standard wording; fill in facts.items`,
          ),
        );
      return;
    }
    const name = match[1]!;
    const figure = statedAt(paragraph.slice(match[0].length))!;
    const isKuan = kuanMatch !== null;
    // "法院（款）行政运行（项）" names its 款 in the line.
    const named = /^(.+?)[（(]款[)）](.+)$/.exec(name);
    const parentKuan = named ? rowCode(named[1]!, undefined, cls, 5, rows)?.code : kuan;
    const found = isKuan
      ? rowCode(name, figure.amount, cls, 5, rows)
      : rowCode(named ? named[2]! : name, figure.amount, parentKuan ?? cls, 7, rows);
    if (!found) {
      notes.push(
        unsure(
          at,
          `“${name}”在表5 中没有名称或金额相符的科目，请在 facts.items 中填写它的编码`,
          `“${name}” matches no row of table 5 by name or amount; fill in its code in facts.items`,
        ),
      );
      return;
    }
    if (isKuan) kuan = found.code;
    if (found.byAmount)
      notes.push(
        unsure(
          at,
          `“${name}”与表5 中任何科目的名称都不相符；按金额${figure.amount}万元取了表中的 ${found.code}，请核对`,
          `“${name}” matches no name of table 5; ${found.code} was taken by its amount (${figure.amount}), please check`,
        ),
      );
    out.push({ code: found.code, name, ...figure });
  });
  return out;
};
