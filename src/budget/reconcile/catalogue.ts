/**
 * The catalogue of reconciliation rules: every identity the tables, the 情况说明 and the
 * document as a whole must satisfy. Each rule has a stable id, the sources it spans, a
 * severity, and a title, an identity, a message and a fix hint in Chinese and English.
 *
 * Tolerance, by kind of rule:
 * - "sum": a printed total against the sum of n printed parts. Each printed figure is rounded
 *   to 0.01, so the two may differ by up to 0.005 × (n + 1) 万元, i.e. 0.5 × (n + 1) hundredths,
 *   where n counts the parts that are not 0.00 (a printed 0.00 in a budget is an exact zero).
 *   With one non-zero part or none, total and part are the same figure printed twice: tolerance 0.
 *   A non-zero difference within the tolerance is a rounding note; beyond it, an error.
 * - "equal": the same figure printed in two places: it must be identical (tolerance 0).
 * - "percent": a stated percentage against the one computed from the stated figures, rounded
 *   half away from zero to the decimals the document prints (68.3 → one decimal): must match.
 * - "text": words, years and units: must match.
 */
import type { Severity } from "../findings";
import type { Bilingual } from "../i18n-text";
import { toleranceText } from "../format";
import { describeCells, money, signedMoney, sourceLabel } from "./cells";
import type { FixedItemSpec, RowSum, TableSpec } from "../profiles/types";
import type { Check, RuleFamily, Source } from "./types";

export type RuleKind = "sum" | "equal" | "percent" | "text";

export interface RuleText {
  message: Bilingual;
  hint: Bilingual;
}

export interface ReconciliationRule {
  id: string;
  family: RuleFamily;
  kind: RuleKind;
  /** Severity of a failure beyond the tolerance. */
  severity: Severity;
  tables: readonly Source[];
  /** One line for the rule list on the data-checks page. */
  title: Bilingual;
  /** The identity checked, in the document's words. */
  identity: Bilingual;
  text: (check: Check, context: TextContext) => RuleText;
}

/** What a rule's message may need beyond the check: what the document itself says. */
export interface TextContext {
  /** The document's notes say that rounding may leave differences. */
  mentionsRounding: boolean;
}

export const define = (
  id: string,
  family: RuleFamily,
  kind: RuleKind,
  tables: readonly Source[],
  title: Bilingual,
  identity: Bilingual,
  text: (check: Check, context: TextContext) => RuleText,
  severity: Severity = "error",
): ReconciliationRule => ({ id, family, kind, severity, tables, title, identity, text });

/**
 * Largest difference rounding can explain for a sum whose printed parts include `nonZero`
 * non-zero figures (hundredths of 万元): 0.5 × (n + 1), or 0 when total and part are one figure.
 */
export const sumTolerance = (nonZero: number): number => (nonZero >= 2 ? (nonZero + 1) / 2 : 0);

/** The smallest printed unit of a check's figures, in words: "0.01 万元", "1 元", "0.01 元". */
const printedStep = (c: Check): string => {
  const scale = c.scale ?? 2;
  return scale > 0 ? `${(10 ** scale / 10 ** 4).toString()} 万元` : `${(10 ** scale).toString()} 元`;
};

/** A rounding note: the residue of printing each figure to its unit. Says the document notes it only where it does. */
const roundingHint = (c: Check, context: TextContext): Bilingual => {
  const step = printedStep(c);
  return context.mentionsRounding
    ? {
        zh: `这是各数四舍五入到 ${step}造成的尾差，无需修改；公开文本已注明“金额因四舍五入可能存在尾差”。`,
        en: `This is the residue of rounding each figure to ${step}; nothing to fix. The document notes that rounding may leave such differences.`,
      }
    : {
        zh: `这是各数四舍五入到 ${step}造成的尾差，无需修改（公开文本对此未作说明）。`,
        en: `This is the residue of rounding each figure to ${step}; nothing to fix (the document does not mention it).`,
      };
};

const P = (c: Check, lang: "zh" | "en") => money(c.printed ?? 0, lang, c.scale);
const C = (c: Check, lang: "zh" | "en") => money(c.computed ?? 0, lang, c.scale);
const D = (c: Check, lang: "zh" | "en") => signedMoney(c.difference ?? 0, lang, c.scale);

const partsOf = (c: Check): Bilingual => {
  const auto = describeCells(c.parts, { file: c.file, ...(c.line !== undefined ? { line: c.line } : {}) });
  return c.about ? { zh: `${c.about.zh}（${auto.zh}）`, en: `${c.about.en} (${auto.en})` } : auto;
};

const verdict = (c: Check): Bilingual => {
  const t = toleranceText(c.tolerance ?? 0, c.scale);
  if (c.status === "note")
    return { zh: `，在四舍五入尾差允许范围（±${t}）内`, en: `, within what rounding explains (±${t})` };
  if ((c.tolerance ?? 0) > 0) {
    return { zh: `，超出四舍五入尾差允许范围（±${t}）`, en: `, more than rounding can explain (±${t})` };
  }
  return { zh: "", en: "" };
};

const missingRow = (c: Check): Bilingual => {
  const where = sourceLabel(c.tables[0] ?? "");
  const parts = partsOf(c);
  return {
    zh: `${where.zh}中没有“${c.row}”这一行，但${parts.zh}合计为 ${C(c, "zh")}`,
    en: `${where.en} has no row “${c.row}”, yet ${parts.en} come to ${C(c, "en")}`,
  };
};

/** The figure is printed here, but the table it should agree with has no such row. */
const noCounterpart = (c: Check): Bilingual => {
  const where = c.about ?? { zh: "对应的表", en: "the corresponding table" };
  const col = column(c);
  return {
    zh: `“${c.row}”${col.zh}为 ${P(c, "zh")}，但${where.zh}中没有与之对应的行`,
    en: `“${c.row}”${col.en}: printed ${P(c, "en")}, but ${where.en} has no corresponding row`,
  };
};

const column = (c: Check): Bilingual =>
  c.column === undefined ? { zh: "", en: "" } : { zh: `的“${c.column}”`, en: `, “${c.column}”` };

/** Text of a "printed total = sum of parts" rule. */
export const sumText =
  (hint: Bilingual) =>
  (c: Check, context: TextContext): RuleText => {
    if (!c.subject) return { message: missingRow(c), hint };
    if (c.parts.length === 0) return { message: noCounterpart(c), hint };
    const parts = partsOf(c);
    const v = verdict(c);
    const col = column(c);
    return {
      message: {
        zh: `“${c.row}”${col.zh}为 ${P(c, "zh")}，${parts.zh}之和为 ${C(c, "zh")}，相差 ${D(c, "zh")}${v.zh}`,
        en: `“${c.row}”${col.en}: printed ${P(c, "en")}, but ${parts.en} add up to ${C(c, "en")} (difference ${D(c, "en")}${v.en})`,
      },
      hint: c.status === "note" ? roundingHint(c, context) : hint,
    };
  };

/** Text of a "the same figure printed in two places" rule. */
export const equalText =
  (hint: Bilingual) =>
  (c: Check): RuleText => {
    if (!c.subject) return { message: missingRow(c), hint };
    if (c.parts.length === 0) return { message: noCounterpart(c), hint };
    const parts = partsOf(c);
    const col = column(c);
    return {
      message: {
        zh: `“${c.row}”${col.zh}为 ${P(c, "zh")}，而${parts.zh}为 ${C(c, "zh")}，两处应一致（相差 ${D(c, "zh")}）`,
        en: `“${c.row}”${col.en}: printed ${P(c, "en")}, but ${parts.en} says ${C(c, "en")}; the two must agree (difference ${D(c, "en")})`,
      },
      hint,
    };
  };

/** Text of a words-and-figures rule: the check carries what was found and what was expected. */
export const textText =
  (what: Bilingual, hint: Bilingual) =>
  (c: Check): RuleText => ({
    message: {
      zh: `${what.zh}：“${c.row}”处写的是“${c.found ?? ""}”，应为“${c.expected ?? ""}”${c.about ? `（${c.about.zh}）` : ""}`,
      en: `${what.en}: “${c.row}” reads “${c.found ?? ""}” where “${c.expected ?? ""}” is expected${c.about ? ` (${c.about.en})` : ""}`,
    },
    hint,
  });

/** How a table is named in rule titles: 表5, or its title where it has no number. */
const tableName = (spec: TableSpec): Bilingual =>
  spec.number !== undefined ? { zh: `表${spec.number}`, en: `Table ${spec.number}` } : spec.title;

/** "t05.parent-sum": rule ids of a table's own identities carry its number. */
const tableRuleId = (spec: TableSpec, suffix: string): string =>
  `t${String(spec.number ?? 0).padStart(2, "0")}.${suffix}`;

const FUNCTION_LEVELS: Bilingual = {
  zh: "类 = 款之和，款 = 项之和",
  en: "class = its categories, category = its items",
};
const ECONOMIC_LEVELS: Bilingual = { zh: "类 = 款之和", en: "class = its items" };

/** The identities of a two-sided table: its totals, its sub-lines and the balance of its sides. */
const twoSidedRules = (spec: TableSpec): ReconciliationRule[] => {
  const T = tableName(spec);
  const rules: ReconciliationRule[] = [];
  const yearTotals = spec.sides?.income.yearTotal !== undefined;
  if (yearTotals) {
    rules.push(
      define(
        tableRuleId(spec, "year-total"),
        "table",
        "sum",
        [spec.id],
        {
          zh: `${T.zh}本年收入合计、本年支出合计等于其上各项之和`,
          en: `${T.en}: the year's totals equal the lines above them`,
        },
        {
          zh: "本年收入合计 = 其上各收入项之和；本年支出合计 = 其上各支出项之和",
          en: "本年收入合计 = the income lines above it; 本年支出合计 = the expenditure lines above it",
        },
        sumText({
          zh: "请核对合计行和其上各行的金额，改正抄错的一处。",
          en: "Check the total line and the lines above it, and correct the one that was mistyped.",
        }),
      ),
    );
  }
  rules.push(
    yearTotals
      ? define(
          tableRuleId(spec, "grand-total"),
          "table",
          "sum",
          [spec.id],
          {
            zh: `${T.zh}收入总计、支出总计等于本年合计加其后各项`,
            en: `${T.en}: grand totals equal the year's total plus the lines after it`,
          },
          {
            zh: "收入总计 = 本年收入合计 + 其后各项（上级补助收入、上年结转等）；支出总计 = 本年支出合计 + 其后各项（结转下年等）",
            en: "收入总计 = 本年收入合计 + the lines after it (subsidies, carry-over …); 支出总计 = 本年支出合计 + the lines after it",
          },
          sumText({
            zh: "请核对总计行、本年合计行及两者之间各行的金额。",
            en: "Check the grand total, the year's total and the lines between them.",
          }),
        )
      : define(
          tableRuleId(spec, "grand-total"),
          "table",
          "sum",
          [spec.id],
          {
            zh: `${T.zh}收入总计、支出总计等于各项之和`,
            en: `${T.en}: the grand totals equal their lines`,
          },
          {
            zh: "收入总计 = 各收入项（一、二、……）之和；支出总计 = 各支出项之和，逐列核对；“1.”“2.”等分项不重复计入",
            en: "收入总计 = the income lines (一、二、…); 支出总计 = the expenditure lines, column by column; sub-lines (1. 2.) are not counted twice",
          },
          sumText({
            zh: "请核对总计行和各项的金额，改正抄错的一处；漏填或多填的行也会造成不符。",
            en: "Check the grand total and the lines; a missing or extra line also causes this.",
          }),
        ),
  );
  if (spec.subLines === true) {
    rules.push(
      define(
        tableRuleId(spec, "sub-lines"),
        "table",
        "sum",
        [spec.id],
        { zh: `${T.zh}各项等于其分项之和`, en: `${T.en}: a line with sub-lines equals their sum` },
        {
          zh: "“一、财政拨款收入”等印有“1.”“2.”分项的行 = 其分项之和",
          en: "A line printed with sub-lines (1. 2. …) = the sum of its sub-lines",
        },
        sumText({
          zh: "请核对该项及其分项的金额；分项须紧接在所属项之下。",
          en: "Check the line and its sub-lines; sub-lines must follow right below their line.",
        }),
      ),
    );
  }
  rules.push(
    define(
      tableRuleId(spec, "balance"),
      "table",
      "equal",
      [spec.id],
      { zh: `${T.zh}收支平衡`, en: `${T.en}: the two sides balance` },
      { zh: "收入总计 = 支出总计", en: "收入总计 (income grand total) = 支出总计 (expenditure grand total)" },
      equalText({
        zh: "部门预算收支必须平衡：请核对收入总计和支出总计。",
        en: "A department budget balances: check both grand totals.",
      }),
    ),
  );
  return rules;
};

/** Tables by function or economic code: parent = sum of children, 合计 = sum of classes. */
const hierarchyRules = (spec: TableSpec): ReconciliationRule[] => {
  const T = tableName(spec);
  const levels = spec.model === "economic" ? ECONOMIC_LEVELS : FUNCTION_LEVELS;
  return [
    define(
      tableRuleId(spec, "parent-sum"),
      "table",
      "sum",
      [spec.id],
      { zh: `${T.zh}上级科目等于其下级科目之和`, en: `${T.en}: each parent code equals the sum of its children` },
      {
        zh: `上级科目 = 其下级科目之和（${levels.zh}），逐列核对`,
        en: `Each parent code = the sum of its child codes (${levels.en}), column by column`,
      },
      sumText({
        zh: "请核对该科目及其下级科目的金额；如缺少某个下级科目行，请补上；如上级科目行缺失，请按公开文本补上。",
        en: "Check the code and its sub-codes; add any missing sub-code row, or the missing parent row, as published.",
      }),
    ),
    define(
      tableRuleId(spec, "total-row"),
      "table",
      "sum",
      [spec.id],
      { zh: `${T.zh}合计行等于各类之和`, en: `${T.en}: the 合计 row equals the sum of the classes` },
      {
        zh: "合计 = 各类（3 位编码）之和，逐列核对",
        en: "合计 = the sum of the class rows (3-digit codes), column by column",
      },
      sumText({
        zh: "请核对合计行和各类行的金额。",
        en: "Check the 合计 row and the class rows.",
      }),
    ),
  ];
};

const rowSumRule = (spec: TableSpec, sum: RowSum): ReconciliationRule =>
  define(
    tableRuleId(spec, sum.rule),
    "table",
    "sum",
    [spec.id],
    { zh: `${tableName(spec).zh}${sum.title.zh}`, en: `${tableName(spec).en}: ${sum.title.en}` },
    sum.identity,
    sumText({
      zh: "请核对这一行各列的金额，改正抄错的一格。",
      en: "Check the amounts across this row and correct the mistyped cell.",
    }),
  );

const itemSumRule = (spec: TableSpec, item: FixedItemSpec): ReconciliationRule =>
  define(
    tableRuleId(spec, item.sumRule ?? item.key),
    "table",
    "sum",
    [spec.id],
    {
      zh: `${tableName(spec).zh}${item.sumTitle?.zh ?? `${item.label.zh}等于其分项之和`}`,
      en: `${tableName(spec).en}: ${item.sumTitle?.en ?? `${item.label.en} equals its parts`}`,
    },
    item.sumIdentity ?? { zh: `${item.label.zh} = 其分项之和`, en: `${item.label.en} = its parts` },
    sumText({
      zh: `请核对“${item.label.zh}”行及其分项行的金额。`,
      en: `Check the “${item.label.en}” row and its parts.`,
    }),
  );

const unitRules = (spec: TableSpec): ReconciliationRule[] => {
  const T = tableName(spec);
  const detail = spec.detailKind ?? { zh: "明细", en: "detail" };
  return [
    define(
      tableRuleId(spec, "unit-sum"),
      "table",
      "sum",
      [spec.id],
      {
        zh: `${T.zh}每个资金使用单位等于其${detail.zh}之和`,
        en: `${T.en}: each spending unit equals the sum of its ${detail.en} rows`,
      },
      {
        zh: `单位行 = 其下各${detail.zh}行之和，逐列核对`,
        en: `A unit row = the sum of its ${detail.en} rows, column by column`,
      },
      sumText({
        zh: `请核对单位行及其下各${detail.zh}行的金额；漏填或多填的${detail.zh}行也会造成不符。`,
        en: `Check the unit row and its ${detail.en} rows; a missing or extra ${detail.en} row also causes this.`,
      }),
    ),
    define(
      tableRuleId(spec, "total-row"),
      "table",
      "sum",
      [spec.id],
      { zh: `${T.zh}合计等于各单位之和`, en: `${T.en}: 合计 equals the sum of the units` },
      { zh: "合计 = 各资金使用单位行之和，逐列核对", en: "合计 = the sum of the spending-unit rows, column by column" },
      sumText({ zh: "请核对合计行和各单位行的金额。", en: "Check the 合计 row and the unit rows." }),
    ),
  ];
};

/**
 * The identities a table's row model and column declarations imply, in the order the
 * data-checks page lists them: two-sided totals, column sums, code hierarchy, item parts, units.
 */
export const tableRules = (spec: TableSpec): ReconciliationRule[] => [
  ...(spec.model === "twoSided" ? twoSidedRules(spec) : []),
  ...(spec.rowSums ?? []).map((sum) => rowSumRule(spec, sum)),
  ...(spec.model === "functional" || spec.model === "economic" ? hierarchyRules(spec) : []),
  ...(spec.items ?? []).filter((item) => item.sumRule !== undefined).map((item) => itemSumRule(spec, item)),
  ...(spec.model === "unitGrouped" ? unitRules(spec) : []),
];

/** Where a table's derived rule lives: "t05.parent-sum" for a table and an identity suffix. */
export const tableRule = (rules: ReadonlyMap<string, ReconciliationRule>, spec: TableSpec, suffix: string) => {
  const rule = rules.get(tableRuleId(spec, suffix));
  if (!rule) throw new Error(`no rule ${tableRuleId(spec, suffix)} for ${spec.id}`);
  return rule;
};

export const CROSS_HINT = (tables: string): Bilingual => ({
  zh: `同一个数在${tables}中应当一致：请对照公开文本核对两处，改正抄错的一处。`,
  en: `The same figure must agree across ${tables.replaceAll("表", "Table ").replaceAll("、", ", ")}: check both places against the document and correct the mistyped one.`,
});

/**
 * Not an identity but the locator's verdict: when the failed checks all share one cell that no
 * passing check vouches for, that cell is very likely the mistake.
 */
export const LIKELY_CELL = {
  id: "locate.likely-cell",
  severity: "error" as Severity,
  title: { zh: "最可能填错的单元格", en: "The cell most likely wrong" },
  text: (failed: number, suggestion: string | undefined, printed: Bilingual): RuleText => ({
    message: {
      zh: `这一格（${printed.zh}）很可能填错了：它参与的 ${failed} 项校验都不相符，且没有一项相符的校验能印证它${suggestion ? `；按其他数字推算应为 ${suggestion}` : ""}`,
      en: `This cell (${printed.en}) is very likely wrong: all ${failed} checks it takes part in fail, and no passing check vouches for it${suggestion ? `; the other figures imply ${suggestion}` : ""}`,
    },
    hint: {
      zh: "请对照公开文本核对这一格并改正，然后重新运行 npm run validate。",
      en: "Check this cell against the published document, correct it and run npm run validate again.",
    },
  }),
};
