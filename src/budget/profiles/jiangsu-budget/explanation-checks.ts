/**
 * The Jiangsu 情况说明 against the tables and against itself. explanation.yaml's facts transcribe
 * the figures the text states; each is checked against the table cell that prints it, its growth
 * rate against its change (last year's figure is this year's less the change), its share against
 * its whole, and facts that are parts of one another against their sum. Every figure recorded in
 * facts must also be found in the transcribed text, so facts cannot drift from it.
 */
import type { Bilingual } from "../../i18n-text";
import { parentCode } from "../../classification";
import { cellOf } from "../../reconcile/cells";
import { amountCheck, percentCheck, textCheck, type Ctx } from "../../reconcile/checks";
import { parsePercent, percentUnits, roundDiv, toHundredthsOfPercent, unitsText } from "../../reconcile/percent";
import { bareName, cellOfPick, type CellPick } from "../../reconcile/rows";
import type { CellRef } from "../../reconcile/types";
import type { BudgetTable } from "../../model";
import { bigramSimilarity, looseName } from "../../text-similarity";
import type { JiangsuDepartmentYear } from "..";
import { GENERAL_BUDGET, GOV_FUND, t01 } from "./cross-table";
import { presentCells, t12Kind, tableOf } from "./list-tables";
import { RULES } from "./rules";
import type { JiangsuExplanation, JiangsuFigureKey, JiangsuStated } from "./schema";

type Facts = JiangsuExplanation["facts"];

const dyOf = (ctx: Ctx): JiangsuDepartmentYear => ctx.dy as JiangsuDepartmentYear;
const fileOf = (ctx: Ctx): string => `${ctx.dy.path}/explanation.yaml`;

const factCell = (ctx: Ctx, path: string, label: string, value: number): CellRef => ({
  file: fileOf(ctx),
  source: "explanation",
  column: `facts.${path}`,
  row: label,
  value,
});

type Locate = (ctx: Ctx) => (CellRef | undefined)[];

const pick =
  (p: CellPick): Locate =>
  (ctx) => [cellOfPick(ctx, p)];
const t09 = (column: string) => pick({ table: "table09", row: { record: true }, column });
const t03 = (column: string) => pick({ table: "table03", row: { record: true }, column });
const totalOf = (table: string) => pick({ table, row: { total: true }, column: "amount" });

/** Where each stated figure is printed, and what its share is of. */
/** Shares of income and spending are of the total the text states (else 表1's 当年支出小计). */
const ofTotal: Locate = (ctx) => {
  const total = dyOf(ctx).explanation.facts.total;
  return [
    total ? factCell(ctx, "total.amount", "收支预算总计", total.amount.value) : t01(ctx, "function", ["当年支出小计"]),
  ];
};

const FIGURES: Readonly<Record<JiangsuFigureKey, { label: string; cells: Locate; whole?: Locate }>> = {
  total: {
    label: "收支预算总计",
    cells: (ctx) => [t01(ctx, "income", ["收入合计", "收入总计"]), t01(ctx, "function", ["支出合计", "支出总计"])],
  },
  fiscal_income: { label: "财政拨款收入", cells: (ctx) => [t01(ctx, "income", ["财政拨款"])], whole: ofTotal },
  general_budget_income: {
    label: "一般公共预算收入",
    cells: (ctx) => [t01(ctx, "income", GENERAL_BUDGET)],
    whole: ofTotal,
  },
  gov_fund_income: { label: "政府性基金收入", cells: (ctx) => [t01(ctx, "income", GOV_FUND)], whole: ofTotal },
  special_account_income: {
    label: "财政专户管理资金",
    cells: (ctx) => [t01(ctx, "income", ["财政专户管理资金"])],
    whole: ofTotal,
  },
  other_income: { label: "其他资金", cells: (ctx) => [t01(ctx, "income", ["其他资金"])], whole: ofTotal },
  basic: { label: "基本支出", cells: t03("basic"), whole: ofTotal },
  project: { label: "项目支出", cells: t03("project"), whole: ofTotal },
  reserve: { label: "单位预留机动经费", cells: t03("reserve"), whole: ofTotal },
  fiscal: {
    label: "财政拨款收支总预算",
    cells: pick({ table: "table04", row: { grandTotal: "income" }, column: "amount" }),
  },
  fiscal_expenditure: {
    label: "财政拨款支出",
    cells: pick({ table: "table04", row: { grandTotal: "expenditure" }, column: "amount" }),
    whole: ofTotal,
  },
  general_budget_expenditure: { label: "一般公共预算支出", cells: totalOf("table07") },
  gov_fund_expenditure: { label: "政府性基金支出", cells: totalOf("table10") },
  abroad: { label: "因公出国（境）费", cells: t09("abroad"), whole: t09("threePublic") },
  vehicles: { label: "公务用车购置及运行费", cells: t09("vehicles"), whole: t09("threePublic") },
  vehicle_purchase: { label: "公务用车购置费", cells: t09("vehiclePurchase") },
  vehicle_operation: { label: "公务用车运行维护费", cells: t09("vehicleOperation") },
  reception: { label: "公务接待费", cells: t09("reception"), whole: t09("threePublic") },
  meetings: { label: "会议费", cells: t09("meetings") },
  training: { label: "培训费", cells: t09("training") },
  admin_costs: { label: "机关运行经费", cells: totalOf("table11") },
};

/** What each stated figure is, as the checks name it in their messages. */
export const figureLabel = (key: JiangsuFigureKey): string => FIGURES[key].label;

const ABOUT_TABLE: Bilingual = { zh: "表中同一数字", en: "the same figure in the tables" };

interface Stated {
  path: string;
  label: string;
  fact: JiangsuStated;
  cells: (CellRef | undefined)[];
  whole?: CellRef | undefined;
}

const statedFigures = (ctx: Ctx): Stated[] => {
  const { facts } = dyOf(ctx).explanation;
  const out: Stated[] = [];
  for (const [key, spec] of Object.entries(FIGURES) as [JiangsuFigureKey, (typeof FIGURES)[JiangsuFigureKey]][]) {
    const fact = facts[key];
    if (!fact) continue;
    const whole = spec.whole?.(ctx)[0];
    out.push({ path: key, label: spec.label, fact, cells: spec.cells(ctx), whole });
  }
  const table01 = tableOf(ctx, "table01");
  const table05 = tableOf(ctx, "table05");
  (facts.classes ?? []).forEach((line, i) => {
    const row = table01?.rows.find((r) => bareName(r.name) === looseName(line.name.replace(/（类）/, "")));
    const byCode = table05?.rows.find((r) => r.code === line.code);
    const named = byCode ? table01?.rows.find((r) => bareName(r.name) === looseName(byCode.name)) : undefined;
    const found = row ?? named;
    out.push({
      path: `classes.${i}`,
      label: line.name,
      fact: line,
      cells: [table01 && found ? cellOf(table01, found, "functionAmount") : undefined],
      whole: t01(ctx, "function", ["当年支出小计"]),
    });
  });
  (facts.items ?? []).forEach((line, i) => {
    const row = table05?.rows.find((r) => r.role === "item" && r.code === line.code);
    out.push({
      path: `items.${i}`,
      label: line.name,
      fact: line,
      cells: [table05 && row ? cellOf(table05, row, "amount") : undefined],
    });
  });
  return out;
};

// ── Against the tables ─────────────────────────────────────────────────────────────────

const split = (ctx: Ctx, key: "fiscal_basic" | "general_basic", tableId: string): void => {
  const fact = dyOf(ctx).explanation.facts[key];
  const table = tableOf(ctx, tableId);
  if (!fact || !table) return;
  const code = (c: string) => table.rows.find((r) => r.role === "item" && r.code === c);
  const cells = (codes: readonly string[]) =>
    codes.flatMap((c) => {
      const row = code(c);
      return row ? [cellOf(table, row, "amount")] : [];
    });
  const total = table.rows.find((r) => r.role === "total");
  const rows: readonly [string, string, CellRef[]][] = [
    ["amount", "基本支出", total ? [cellOf(table, total, "amount")] : []],
    ["personnel", "人员经费", cells(["301", "303"])],
    ["public", "公用经费", cells(["302"])],
  ];
  for (const [field, label, parts] of rows) {
    amountCheck(ctx, RULES.explainFigure, {
      subject: factCell(ctx, `${key}.${field}`, label, fact[field as "amount"].value),
      parts,
      about:
        field === "personnel"
          ? { zh: "工资福利支出与对个人和家庭的补助", en: "wages and benefits plus payments to households" }
          : ABOUT_TABLE,
    });
  }
  amountCheck(ctx, RULES.explainParts, {
    subject: factCell(ctx, `${key}.amount`, "基本支出", fact.amount.value),
    parts: [
      factCell(ctx, `${key}.personnel`, "人员经费", fact.personnel.value),
      factCell(ctx, `${key}.public`, "公用经费", fact.public.value),
    ],
  });
};

const PROCUREMENT_WORDS = { goods: "货物", works: "工程", services: "服务" } as const;

const procurement = (ctx: Ctx): void => {
  const fact = dyOf(ctx).explanation.facts.procurement;
  const table = tableOf(ctx, "table12");
  if (!fact) return;
  const total = table?.rows.find((r) => t12Kind(r) === "total");
  amountCheck(ctx, RULES.explainFigure, {
    subject: factCell(ctx, "procurement.total", "政府采购支出预算总额", fact.total.value),
    parts: table && total ? [cellOf(table, total, "amount")] : [],
    about: ABOUT_TABLE,
  });
  const parts: CellRef[] = [];
  for (const [key, word] of Object.entries(PROCUREMENT_WORDS) as [keyof typeof PROCUREMENT_WORDS, string][]) {
    const stated = fact[key];
    if (!stated) continue;
    const cell = factCell(ctx, `procurement.${key}`, word, stated.value);
    parts.push(cell);
    const row = table?.rows.find((r) => t12Kind(r) === "category" && r.name.includes(word));
    amountCheck(ctx, RULES.explainFigure, {
      subject: cell,
      parts: table && row ? [cellOf(table, row, "amount")] : [],
      about: ABOUT_TABLE,
    });
  }
  if (parts.length > 0) {
    amountCheck(ctx, RULES.explainParts, {
      subject: factCell(ctx, "procurement.total", "政府采购支出预算总额", fact.total.value),
      parts,
    });
  }
};

export const figureChecks = (ctx: Ctx): void => {
  for (const s of statedFigures(ctx)) {
    for (const cell of s.cells.length > 0 ? s.cells : [undefined]) {
      amountCheck(ctx, RULES.explainFigure, {
        subject: factCell(ctx, `${s.path}.amount`, s.label, s.fact.amount.value),
        parts: cell ? [cell] : [],
        about: ABOUT_TABLE,
      });
    }
  }
  split(ctx, "fiscal_basic", "table06");
  split(ctx, "general_basic", "table08");
  procurement(ctx);
};

// ── Rates and shares ───────────────────────────────────────────────────────────────────

const percentAgainst = (
  ctx: Ctx,
  rule: typeof RULES.explainRate | typeof RULES.explainShare,
  s: Stated,
  field: "rate" | "share",
  num: number,
  den: number,
  parts: CellRef[],
  about: Bilingual,
): void => {
  const printed = s.fact[field];
  if (printed === undefined) return;
  const parsed = parsePercent(printed);
  const decimals = parsed?.decimals ?? 2;
  const subject = factCell(ctx, `${s.path}.${field}`, s.label, 0);
  if (den === 0) {
    // Last year nothing: the documents write 增长 100% for a line that is new this year.
    const ok = parsed !== undefined && parsed.units === 100 * 10 ** decimals && num > 0;
    percentCheck(ctx, rule, { subject, parts, row: s.label, found: `${printed}%`, expected: "100%", ok, about });
    return;
  }
  const computed = percentUnits(num, den, decimals);
  const printedH = parsed ? toHundredthsOfPercent(parsed.units, decimals) : undefined;
  const computedH = toHundredthsOfPercent(computed, decimals);
  percentCheck(ctx, rule, {
    subject: { ...subject, value: printedH ?? 0 },
    parts,
    row: s.label,
    found: `${printed}%`,
    expected: unitsText(computed, decimals),
    ok: parsed !== undefined && parsed.units === computed,
    ...(printedH !== undefined && computedH !== undefined ? { printed: printedH, computed: computedH } : {}),
    about,
  });
};

export const percentChecks = (ctx: Ctx): void => {
  for (const s of statedFigures(ctx)) {
    const amount = factCell(ctx, `${s.path}.amount`, s.label, s.fact.amount.value);
    const change = s.fact.change;
    if (change) {
      const changeCell = factCell(ctx, `${s.path}.change`, s.label, change.value);
      const prior = s.fact.amount.value - change.value;
      const about = {
        zh: "增减额 ÷ 上年数（本年数减增减额）",
        en: "the change ÷ last year's figure (this year's less the change)",
      };
      percentAgainst(ctx, RULES.explainRate, s, "rate", Math.abs(change.value), prior, [amount, changeCell], about);
      if (s.fact.times !== undefined) {
        const times = prior > 0 ? Number(roundDiv(BigInt(change.value), BigInt(prior))) : undefined;
        textCheck(ctx, RULES.explainRate, {
          file: fileOf(ctx),
          column: `facts.${s.path}.times`,
          row: s.label,
          found: `增长 ${s.fact.times} 倍`,
          expected: times === undefined ? "（上年为 0，无倍数可言）" : `增长 ${times} 倍`,
          ok: times === s.fact.times,
          parts: [amount, changeCell],
        });
      }
    }
    if (s.fact.share !== undefined) {
      const whole = s.whole;
      const about = { zh: "本数 ÷ 总数", en: "the figure ÷ its whole" };
      if (whole)
        percentAgainst(ctx, RULES.explainShare, s, "share", s.fact.amount.value, whole.value, [amount, whole], about);
    }
  }
};

// ── Facts that are parts of one another ────────────────────────────────────────────────

const changeCell = (ctx: Ctx, facts: Facts, key: JiangsuFigureKey): CellRef | undefined => {
  const change = facts[key]?.change;
  return change ? factCell(ctx, `${key}.change`, FIGURES[key].label, change.value) : undefined;
};

const sumOf = (ctx: Ctx, subject: CellRef | undefined, parts: readonly (CellRef | undefined)[], about: Bilingual) => {
  const listed = presentCells(parts);
  if (!subject || listed.length === 0) return;
  amountCheck(ctx, RULES.explainParts, { subject, parts: listed, about });
};

export const partChecks = (ctx: Ctx): void => {
  const { facts } = dyOf(ctx).explanation;
  const total = changeCell(ctx, facts, "total");
  const general = changeCell(ctx, facts, "general_budget_income");
  const fund = changeCell(ctx, facts, "gov_fund_income");
  const fiscalIncome = changeCell(ctx, facts, "fiscal_income");
  const others = [changeCell(ctx, facts, "special_account_income"), changeCell(ctx, facts, "other_income")];
  sumOf(ctx, total, fiscalIncome ? [fiscalIncome, ...others] : [general, fund, ...others], {
    zh: "各收入来源的增减额",
    en: "the income sources' changes",
  });
  const classChanges = (facts.classes ?? []).map((c, i) =>
    c.change ? factCell(ctx, `classes.${i}.change`, c.name, c.change.value) : undefined,
  );
  sumOf(ctx, total, classChanges, { zh: "各功能类的增减额", en: "the classes' changes" });
  const purposes = (["basic", "project", "reserve"] as const).map((k) => changeCell(ctx, facts, k));
  if (purposes.every((p) => p !== undefined)) {
    sumOf(ctx, total, purposes, {
      zh: "基本支出、项目支出、单位预留机动经费的增减额",
      en: "the basic, project and reserve changes",
    });
  }
  // 财政拨款 is 一般公共预算 plus 政府性基金: the changes stated for each must agree.
  for (const key of ["fiscal", "fiscal_expenditure", "fiscal_income"] as const) {
    sumOf(ctx, changeCell(ctx, facts, key), [general, fund], {
      zh: "一般公共预算与政府性基金的增减额",
      en: "the general budget's and the funds' changes",
    });
  }
  sumOf(ctx, changeCell(ctx, facts, "general_budget_expenditure"), [general], {
    zh: "一般公共预算收入的增减额",
    en: "the general budget income's change",
  });
  const vehicles = facts.vehicles;
  if (vehicles && (facts.vehicle_purchase || facts.vehicle_operation)) {
    sumOf(
      ctx,
      factCell(ctx, "vehicles.amount", FIGURES.vehicles.label, vehicles.amount.value),
      [amountCell(ctx, facts, "vehicle_purchase"), amountCell(ctx, facts, "vehicle_operation")],
      { zh: "购置费与运行维护费", en: "purchase and operation" },
    );
  }
  classItems(ctx, facts);
};

const amountCell = (ctx: Ctx, facts: Facts, key: JiangsuFigureKey): CellRef | undefined => {
  const fact = facts[key];
  return fact ? factCell(ctx, `${key}.amount`, FIGURES[key].label, fact.amount.value) : undefined;
};

/**
 * A class's change against the changes of its 项 lines: the classes count all funds, the items
 * appropriations only, so the two are compared only where every yuan is appropriated.
 */
const classItems = (ctx: Ctx, facts: Facts): void => {
  const table01 = tableOf(ctx, "table01");
  const allFiscal = t01(ctx, "income", ["财政拨款"])?.value === t01(ctx, "income", ["收入合计", "收入总计"])?.value;
  const table05 = tableOf(ctx, "table05");
  if (!table01 || !table05 || !allFiscal) return;
  const items = facts.items ?? [];
  (facts.classes ?? []).forEach((line, i) => {
    if (!line.change) return;
    const leaves = table05.rows.filter(
      (r) => r.role === "item" && r.code?.length === 7 && r.code.startsWith(line.code),
    );
    const stated = leaves.map((leaf) => items.findIndex((it) => it.code === leaf.code));
    // Only where the text states the change of every 项 of the class.
    if (leaves.length === 0 || stated.some((j) => j < 0 || items[j]?.change === undefined)) return;
    sumOf(
      ctx,
      factCell(ctx, `classes.${i}.change`, line.name, line.change.value),
      stated.map((j) => {
        const item = items[j];
        return item?.change ? factCell(ctx, `items.${j}.change`, item.name, item.change.value) : undefined;
      }),
      { zh: "该类下各项的增减额", en: "the changes of its items" },
    );
  });
};

// ── Names ─────────────────────────────────────────────────────────────────────────────

const LEVEL_MARK = /[（(](?:类|款|项)[）)]/g;

export const nameChecks = (ctx: Ctx): void => {
  const table05 = tableOf(ctx, "table05") as BudgetTable;
  (dyOf(ctx).explanation.facts.items ?? []).forEach((item, i) => {
    const row = table05.rows.find((r) => r.role === "item" && r.code === item.code);
    const text = looseName(item.name.replace(LEVEL_MARK, ""));
    const parent = item.code.length === 7 ? parentCode(item.code) : undefined;
    const parentRow = parent ? table05.rows.find((r) => r.code === parent) : undefined;
    // "法院（款）行政运行（项）" names its 款 too: compare what is left after it.
    const own =
      parentRow && text.startsWith(looseName(parentRow.name)) ? text.slice(looseName(parentRow.name).length) : text;
    const name = row ? looseName(row.name) : "";
    const ok = row !== undefined && (own.includes(name) || bigramSimilarity(own, name) >= 0.8);
    textCheck(ctx, RULES.explainItemName, {
      file: fileOf(ctx),
      column: `facts.items.${i}.name`,
      row: `[${item.code}]`,
      found: item.name,
      expected: row ? row.name : "（表5 中没有这个科目）",
      ok,
    });
  });
};

// ── Facts against the text ───────────────────────────────────────────────────────────

const squeeze = (s: string): string => s.replace(/[\s,，]/g, "");

/** Every printed number of facts, with where it is recorded. */
const printedNumbers = (facts: Facts): { path: string; text: string }[] => {
  const out: { path: string; text: string }[] = [];
  const stated = (path: string, f: JiangsuStated) => {
    out.push({ path: `${path}.amount`, text: f.amount.printed });
    if (f.change && f.change.value !== 0)
      out.push({ path: `${path}.change`, text: f.change.printed.replace(/^-/, "") });
    if (f.rate !== undefined) out.push({ path: `${path}.rate`, text: f.rate });
    if (f.share !== undefined) out.push({ path: `${path}.share`, text: f.share });
    if (f.times !== undefined) out.push({ path: `${path}.times`, text: String(f.times) });
  };
  for (const key of Object.keys(FIGURES) as JiangsuFigureKey[]) {
    const f = facts[key];
    if (f) stated(key, f);
  }
  (facts.classes ?? []).forEach((c, i) => stated(`classes.${i}`, c));
  (facts.items ?? []).forEach((c, i) => stated(`items.${i}`, c));
  for (const key of ["fiscal_basic", "general_basic"] as const) {
    const f = facts[key];
    if (!f) continue;
    for (const field of ["amount", "personnel", "public"] as const)
      out.push({ path: `${key}.${field}`, text: f[field].printed });
  }
  const p = facts.procurement;
  if (p) {
    for (const field of ["total", "goods", "works", "services"] as const) {
      const v = p[field];
      if (v) out.push({ path: `procurement.${field}`, text: v.printed });
    }
  }
  if (facts.performance) {
    out.push({ path: "performance.projects", text: String(facts.performance.projects) });
    out.push({ path: "performance.amount", text: facts.performance.amount.printed });
  }
  return out;
};

export const textChecks = (ctx: Ctx): void => {
  const { explanation } = dyOf(ctx);
  const text = squeeze(explanation.sections.flatMap((s) => [s.heading ?? "", ...s.paragraphs]).join("\n"));
  for (const { path, text: printed } of printedNumbers(explanation.facts)) {
    const wanted = squeeze(printed);
    textCheck(ctx, RULES.explainText, {
      file: fileOf(ctx),
      column: `facts.${path}`,
      row: path,
      found: printed,
      expected: printed,
      ok: text.includes(wanted),
      about: { zh: "在 sections 原文中查找", en: "looked for in the text of sections" },
    });
  }
};
