/**
 * The known profiles. Adding a region's kind of disclosure is adding a folder here and one line
 * to PROFILES; nothing else in the engine names a profile.
 */
import type { Glossary } from "../schema/glossary";
import type { DepartmentYearBase } from "../model";
import type { BudgetTable } from "../model";
import { GUANGZHOU_BUDGET } from "./guangzhou-budget";
import type { DepartmentMeta } from "./guangzhou-budget/department";
import type { English } from "./guangzhou-budget/english";
import type { Explanation } from "./guangzhou-budget/explanation";
import type { TableId } from "./guangzhou-budget/tables";
import type { PrintedParts } from "./types";
import { SHANGHAI_BUDGET } from "./shanghai-budget";
import { JIANGSU_BUDGET } from "./jiangsu-budget";
import type { JiangsuExplanation, JiangsuGlossary, JiangsuMeta } from "./jiangsu-budget/schema";
import type { ShanghaiEnglish } from "./shanghai-budget/english";
import type { ShanghaiExplanation, ShanghaiGlossary, ShanghaiMeta } from "./shanghai-budget/schema";

export { GUANGZHOU_BUDGET, SHANGHAI_BUDGET, JIANGSU_BUDGET };

export const PROFILES = [GUANGZHOU_BUDGET, SHANGHAI_BUDGET, JIANGSU_BUDGET] as const;

export type AnyProfile = (typeof PROFILES)[number];

export const profileById = (id: string): AnyProfile | undefined => PROFILES.find((p) => p.id === id);

/** A Guangzhou department-year: its 12 tables and the key-projects table. */
export interface GuangzhouDepartmentYear extends DepartmentYearBase {
  profile: typeof GUANGZHOU_BUDGET;
  meta: DepartmentMeta;
  explanation: Explanation;
  glossary: Glossary;
  english?: English;
  tables: Readonly<Partial<Record<TableId | "keyProjects", BudgetTable>>>;
}

export interface ShanghaiDepartmentYear extends DepartmentYearBase {
  profile: typeof SHANGHAI_BUDGET;
  meta: ShanghaiMeta;
  explanation: ShanghaiExplanation;
  glossary: ShanghaiGlossary;
  english?: ShanghaiEnglish;
}

export interface JiangsuDepartmentYear extends DepartmentYearBase {
  profile: typeof JIANGSU_BUDGET;
  meta: JiangsuMeta;
  explanation: JiangsuExplanation;
  glossary: JiangsuGlossary;
  english?: undefined;
}

export type KnownDepartmentYear = GuangzhouDepartmentYear | ShanghaiDepartmentYear | JiangsuDepartmentYear;

export const isGuangzhou = (dy: KnownDepartmentYear): dy is GuangzhouDepartmentYear =>
  dy.profile.id === GUANGZHOU_BUDGET.id;
export const isShanghai = (dy: KnownDepartmentYear): dy is ShanghaiDepartmentYear =>
  dy.profile.id === SHANGHAI_BUDGET.id;
export const isJiangsu = (dy: KnownDepartmentYear): dy is JiangsuDepartmentYear => dy.profile.id === JIANGSU_BUDGET.id;

/**
 * The printed parts of a department-year whose profile describes its document as printed texts
 * (see Profile.printedParts); undefined for profiles that do not.
 */
export const printedPartsOf = (dy: KnownDepartmentYear): PrintedParts | undefined => {
  // Each profile's hook reads its own department-year's files: the pairing is by construction.
  const read = dy.profile.printedParts as ((parts: KnownDepartmentYear) => PrintedParts) | undefined;
  return read?.(dy);
};
