/**
 * 江苏省省级部门预算 (the provincial template of 2018): 第一部分 部门概况, 第二部分 公开01–12表,
 * 第三部分 情况说明, 第四部分 名词解释. Every amount in 万元 with two decimals, tables and text alike.
 */
import { bi } from "../../i18n-text";
import { WANYUAN_2 } from "../../money";
import type { Profile } from "../types";
import { JIANGSU_CHECKS } from "./checks";
import { JIANGSU_IMPORTER } from "./import";
import { JIANGSU_NEW_YEAR } from "./new-year";
import {
  jiangsuExplanationSchema,
  jiangsuGlossarySchema,
  jiangsuMetaSchema,
  type JiangsuExplanation,
  type JiangsuGlossary,
  type JiangsuMeta,
} from "./schema";
import { JIANGSU_TABLES } from "./tables";
import { JIANGSU_CHARTS, JIANGSU_KEY_FIGURES, jiangsuPrintedParts } from "./site";

export const JIANGSU_BUDGET: Profile<JiangsuMeta, JiangsuExplanation, JiangsuGlossary> = {
  id: "jiangsu-budget",
  name: bi("江苏省省级部门预算（公开01–12表）", "Jiangsu provincial departmental budgets (tables 01–12)"),
  kinds: ["部门预算"],
  tables: JIANGSU_TABLES,
  yaml: {
    department: {
      file: "department.yaml",
      what: bi("部门信息、目录、表名与部门概况", "department metadata, contents, table titles and overview"),
      schema: jiangsuMetaSchema,
    },
    explanation: {
      file: "explanation.yaml",
      what: bi("部门预算情况说明", "the budget explanation"),
      schema: jiangsuExplanationSchema,
    },
    glossary: { file: "glossary.yaml", what: bi("名词解释", "glossary"), schema: jiangsuGlossarySchema },
  },
  kindOf: (meta) => meta.kind,
  unitOf: () => WANYUAN_2,
  // The documents carry no note on rounding.
  mentionsRounding: () => false,
  checks: JIANGSU_CHECKS,
  importer: JIANGSU_IMPORTER,
  newYear: JIANGSU_NEW_YEAR,
  printedParts: jiangsuPrintedParts,
  keyFigures: JIANGSU_KEY_FIGURES,
  charts: JIANGSU_CHARTS,
};
