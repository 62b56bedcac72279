/**
 * 广州市 部门预算 (the seed's): 概况, 表1–表12, 情况说明 with its key-projects table, 名词解释;
 * amounts in 万元 with two decimals throughout.
 */
import { bi } from "../../i18n-text";
import { WANYUAN_2 } from "../../money";
import { glossarySchema, type Glossary } from "../../schema/glossary";
import type { Profile } from "../types";
import { GUANGZHOU_NEW_YEAR } from "./new-year";
import { departmentSchema, type DepartmentMeta } from "./department";
import { englishSchema, type English } from "./english";
import { checkEnglishAlignment } from "./english-alignment";
import { GUANGZHOU_CHECKS } from "./checks";
import { explanationSchema, type Explanation } from "./explanation";
import { GUANGZHOU_IMPORTER } from "./import";
import { KEY_PROJECTS, TABLES } from "./tables";

/** The closing note of a Guangzhou report says rounding may leave differences. */
const ROUNDING_NOTE = /四舍五入|尾差|尾数误差/;

export const GUANGZHOU_BUDGET: Profile<DepartmentMeta, Explanation, Glossary, English> = {
  id: "guangzhou-budget",
  name: bi("广州市部门预算（表1–表12）", "Guangzhou departmental budget (Tables 1–12)"),
  kinds: ["部门预算"],
  tables: [...TABLES, KEY_PROJECTS],
  yaml: {
    department: {
      file: "department.yaml",
      what: bi("部门信息与概况", "department metadata and overview"),
      schema: departmentSchema,
    },
    explanation: { file: "explanation.yaml", what: bi("情况说明", "explanation"), schema: explanationSchema },
    glossary: { file: "glossary.yaml", what: bi("名词解释", "glossary"), schema: glossarySchema },
    english: { file: "english.yaml", what: bi("英文版文本", "English texts"), schema: englishSchema, optional: true },
  },
  kindOf: () => "部门预算",
  unitOf: () => WANYUAN_2,
  mentionsRounding: (meta) => ROUNDING_NOTE.test(`${meta.notes.tables}${meta.notes.report}`),
  checks: GUANGZHOU_CHECKS,
  newYear: GUANGZHOU_NEW_YEAR,
  importer: GUANGZHOU_IMPORTER,
  checkEnglish: checkEnglishAlignment,
};
