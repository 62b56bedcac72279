/**
 * The national classification (政府收支分类科目), keyed by code: used to check that a printed
 * code and name agree, and to give every code one standard English name across the site.
 */
import type { ClassificationEntry } from "./entry";
import { ECONOMIC_CODES, FUNCTION_CODES } from "./lists";

export type { ClassificationEntry } from "./entry";
export { ECONOMIC_CODES, FUNCTION_CODES } from "./lists";
export type Classification = "function" | "economic";

const index = (entries: readonly ClassificationEntry[]) => new Map(entries.map((e) => [e.code, e]));

const LISTS: Record<Classification, ReadonlyMap<string, ClassificationEntry>> = {
  function: index(FUNCTION_CODES),
  economic: index(ECONOMIC_CODES),
};

export const lookupCode = (kind: Classification, code: string): ClassificationEntry | undefined =>
  LISTS[kind].get(code);

/** Function codes nest 3 → 5 → 7 digits, economic codes 3 → 5: the parent is the code cut short by two. */
export const parentCode = (code: string): string | undefined => (code.length > 3 ? code.slice(0, -2) : undefined);

/** 1 for a class (类), 2 for a category (款), 3 for an item (项). */
export const codeDepth = (code: string): number => (code.length - 1) / 2;

/**
 * Names a code had in an earlier classification, which documents of those years print (江苏 2018:
 * 20805 行政事业单位离退休, renamed 行政事业单位养老支出 since). Each one certain.
 */
const FORMER_NAMES: ReadonlyMap<string, readonly string[]> = new Map([["function:20805", ["行政事业单位离退休"]]]);

export const isFormerName = (kind: Classification, code: string, name: string): boolean =>
  (FORMER_NAMES.get(`${kind}:${code}`) ?? []).includes(name);

/** Economic class by its standard name, for tables that print class names without codes (表11). */
export const economicClassByName = (name: string): ClassificationEntry | undefined =>
  ECONOMIC_CODES.find((e) => e.code.length === 3 && e.zh === name);

/**
 * Function classes (类) renamed by the 2019 classification; documents that kept the old name
 * still mean the class. Only renames of the class level are listed, each one certain.
 */
const FORMER_CLASS_NAMES: ReadonlyMap<string, string> = new Map([
  ["医疗卫生与计划生育支出", "210"],
  ["文化体育与传媒支出", "207"],
  ["国土海洋气象等支出", "220"],
]);

/** A function class by its printed name; `formerName` when the name is one the class no longer has. */
export const classByName = (name: string): { code: string; current: string; formerName?: true } | undefined => {
  const current = FUNCTION_CODES.find((e) => e.code.length === 3 && e.zh === name);
  if (current) return { code: current.code, current: current.zh };
  const code = FORMER_CLASS_NAMES.get(name);
  const entry = code ? lookupCode("function", code) : undefined;
  return code && entry ? { code, current: entry.zh, formerName: true } : undefined;
};
