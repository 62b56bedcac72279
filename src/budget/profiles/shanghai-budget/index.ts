/**
 * 上海市区级 部门预算 / 单位预算 (普陀区's template): 主要职能, 机构设置, 名词解释, 编制说明, nine
 * tables, 其他相关情况说明 and, in a 部门预算, 项目经费情况说明. Amounts in 元 in tables 1–8 (integers
 * or two decimals, as the document prints), in 万元 in the “三公” table and the text.
 */
import { bi } from "../../i18n-text";
import type { Profile } from "../types";
import { SHANGHAI_NEW_YEAR } from "./new-year";
import {
  shanghaiExplanationSchema,
  shanghaiGlossarySchema,
  shanghaiMetaSchema,
  type ShanghaiExplanation,
  type ShanghaiGlossary,
  type ShanghaiMeta,
} from "./schema";
import { SHANGHAI_CHECKS } from "./checks";
import { checkShanghaiEnglish, shanghaiEnglishSchema, type ShanghaiEnglish } from "./english";
import { SHANGHAI_IMPORTER } from "./import";
import { SHANGHAI_TABLES } from "./tables";
import { shanghaiPrintedParts } from "./printed-parts";
import { SHANGHAI_CHARTS } from "./site";

export const SHANGHAI_BUDGET: Profile<ShanghaiMeta, ShanghaiExplanation, ShanghaiGlossary, ShanghaiEnglish> = {
  id: "shanghai-budget",
  name: bi("上海市区级部门预算、单位预算（9 张表）", "Shanghai district departmental and unit budgets (9 tables)"),
  kinds: ["部门预算", "单位预算"],
  tables: SHANGHAI_TABLES,
  yaml: {
    department: {
      file: "department.yaml",
      what: bi("部门信息、目录、表名与概况", "department metadata, contents, table titles and overview"),
      schema: shanghaiMetaSchema,
    },
    explanation: {
      file: "explanation.yaml",
      what: bi("编制说明、其他相关情况说明、项目经费情况说明", "the budget explanation parts"),
      schema: shanghaiExplanationSchema,
    },
    glossary: { file: "glossary.yaml", what: bi("名词解释", "glossary"), schema: shanghaiGlossarySchema },
    english: {
      file: "english.yaml",
      what: bi("英文版文本", "English texts"),
      schema: shanghaiEnglishSchema,
      optional: true,
    },
  },
  kindOf: (meta) => meta.kind,
  unitOf: (meta) => meta.amounts,
  // These documents carry no note on rounding.
  mentionsRounding: () => false,
  checks: SHANGHAI_CHECKS,
  newYear: SHANGHAI_NEW_YEAR,
  checkEnglish: checkShanghaiEnglish,
  importer: SHANGHAI_IMPORTER,
  printedParts: shanghaiPrintedParts,
  charts: SHANGHAI_CHARTS,
};
