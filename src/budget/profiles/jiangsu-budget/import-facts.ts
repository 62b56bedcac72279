/**
 * The facts explanation.yaml keeps: what the standard sentences of 第三部分 情况说明 state, section by
 * section. A figure the document names in other words than the template's is reported, not guessed.
 */
import { normalise } from "../../import/printed-text";
import { missingFact, unsure, type ImportNote } from "../../import/report";
import type { SourceLine } from "../../import/source";
import type { ImportedTable } from "../../import/tables";
import { readClasses, readItems, table05Rows } from "./import-class-items";
import { AMOUNT, NUM, statedAfter, type Stated } from "./import-figures";
import type { ReadSection } from "./import-text";
import type { JiangsuFigureKey } from "./schema";

/** A section heading's ordinal (一、), left off where the heading is matched by its name. */
const ORDINAL_HEAD = /^[一二三四五六七八九十]+、/;

/** A label as literal text inside a RegExp. */
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The sections of 第三部分 by their headings without the ordinal, as the template names them. */
const SECTION_NAMES = {
  overall: /^收支预算总体情况说明$/,
  income: /^收入预算情况说明$/,
  expenditure: /^支出预算情况说明$/,
  fiscal: /^财政拨款收支预算总体情况说明$/,
  fiscalExpenditure: /^财政拨款支出预算情况说明$/,
  fiscalBasic: /^财政拨款基本支出预算情况说明$/,
  general: /^一般公共预算支出预算情况说明$/,
  generalBasic: /^一般公共预算基本支出预算情况说明$/,
  threePublic: /“三公”经费/,
  govFund: /^政府性基金/,
  admin: /机关运行经费/,
  procurement: /政府采购/,
  other: /其他重要事项/,
} as const;

type SectionName = keyof typeof SECTION_NAMES;

/** Figures stated as "<label>[为]X万元…"; `required` ones every document of the template states. */
const FIGURES: readonly { key: JiangsuFigureKey; section: SectionName; label: string; required?: true }[] = [
  { key: "total", section: "overall", label: "收入、支出预算总计", required: true },
  { key: "fiscal_income", section: "overall", label: "财政拨款收入预算总计", required: true },
  { key: "general_budget_income", section: "overall", label: "一般公共预算收入预算" },
  { key: "gov_fund_income", section: "overall", label: "政府性基金收入预算" },
  { key: "special_account_income", section: "overall", label: "财政专户管理资金收入预算" },
  { key: "other_income", section: "overall", label: "其他资金收入预算" },
  { key: "basic", section: "overall", label: "基本支出预算数为", required: true },
  { key: "project", section: "overall", label: "项目支出预算数为", required: true },
  { key: "reserve", section: "overall", label: "单位预留机动经费预算数为" },
  { key: "fiscal", section: "fiscal", label: "财政拨款收、支总预算", required: true },
  { key: "fiscal_expenditure", section: "fiscalExpenditure", label: "财政拨款预算支出", required: true },
  { key: "general_budget_expenditure", section: "general", label: "一般公共预算财政拨款支出预算", required: true },
  { key: "gov_fund_expenditure", section: "govFund", label: "政府性基金支出预算", required: true },
  { key: "abroad", section: "threePublic", label: "因公出国（境）费预算支出", required: true },
  { key: "vehicles", section: "threePublic", label: "公务用车购置及运行费预算支出", required: true },
  { key: "vehicle_purchase", section: "threePublic", label: "公务用车购置预算支出" },
  { key: "vehicle_operation", section: "threePublic", label: "公务用车运行维护费预算支出" },
  { key: "reception", section: "threePublic", label: "公务接待费预算支出", required: true },
  { key: "meetings", section: "threePublic", label: "会议费预算支出", required: true },
  { key: "training", section: "threePublic", label: "培训费预算支出", required: true },
  { key: "admin_costs", section: "admin", label: "机关运行经费预算支出", required: true },
];

/** Shares stated as "<label>X万元，占Y%" in 二 (income) and 三 (expenditure). */
const SHARES: readonly { key: JiangsuFigureKey; section: SectionName; label: string }[] = [
  { key: "general_budget_income", section: "income", label: "一般公共预算收入" },
  { key: "gov_fund_income", section: "income", label: "政府性基金收入" },
  { key: "special_account_income", section: "income", label: "财政专户管理资金" },
  { key: "other_income", section: "income", label: "其他资金" },
  { key: "basic", section: "expenditure", label: "基本支出" },
  { key: "project", section: "expenditure", label: "项目支出" },
  { key: "reserve", section: "expenditure", label: "单位预留机动经费" },
];

/** 六 and 八: "…基本支出预算X万元。其中：（一）人员经费X万元…（二）公用经费X万元…". */
const basicSplitOf = (text: string) => {
  const [amount, personnel, publicCosts] = ["基本支出预算", "人员经费", "公用经费"].map(
    (label) => new RegExp(`${escape(label)}${AMOUNT}`).exec(text)?.[1],
  );
  return amount && personnel && publicCosts ? { amount, personnel, public: publicCosts } : undefined;
};

/** 十二: "政府采购支出预算总额X万元。其中：拟采购货物支出X万元、拟购买服务支出X万元". */
const procurementOf = (text: string) => {
  const total = new RegExp(String.raw`政府采购(?:支出)?预算总(?:金)?额为?${AMOUNT}`).exec(text)?.[1];
  if (!total) return undefined;
  const part = (what: string) => new RegExp(String.raw`拟(?:采购|购买)${what}(?:支出)?${AMOUNT}`).exec(text)?.[1];
  const [goods, works, services] = [part("货物"), part("工程"), part("服务")];
  return {
    total,
    ...(goods ? { goods } : {}),
    ...(works ? { works } : {}),
    ...(services ? { services } : {}),
  };
};

/** The “三公” summary: "因公出国（境）费支出X万元，占“三公”经费的Y%；…". */
const THREE_PUBLIC_SHARE = new RegExp(
  String.raw`(因公出国（境）费|公务用车[^，。；\d]{0,12}?费|公务接待费)支出${AMOUNT}，占“三公”经费的${NUM}%`,
  "g",
);

export const factsOf = (
  sections: readonly ReadSection[],
  partAt: SourceLine | undefined,
  tables: readonly ImportedTable[],
  notes: ImportNote[],
) => {
  const section = (name: SectionName) =>
    sections.find(
      (found) => found.heading && SECTION_NAMES[name].test(normalise(found.heading).replace(ORDINAL_HEAD, "")),
    );
  const textOfSection = (name: SectionName) => section(name)?.paragraphs.join("") ?? "";
  /** The first line of the paragraph that holds `label`, for the report. */
  const lineOf = (name: SectionName, label: string) => {
    const found = section(name);
    const at = found?.paragraphs.findIndex((p) => p.includes(label)) ?? -1;
    return (at >= 0 ? found?.starts[at] : found?.headingAt) ?? partAt;
  };
  const missing = (key: string, label: string, at: SourceLine | undefined) => notes.push(missingFact(key, label, at));

  const facts: Record<string, unknown> = {};
  const figures: Partial<Record<JiangsuFigureKey, Stated>> = {};
  for (const { key, section: name, label, required } of FIGURES) {
    const text = textOfSection(name);
    const figure = statedAfter(text, label);
    if (figure) figures[key] = figure;
    // A figure the document does not name is not stated; one it names in other words is reported.
    else if (required || text.includes(label)) missing(key, label, lineOf(name, label));
  }
  for (const { key, section: name, label } of SHARES) {
    const share = new RegExp(String.raw`${escape(label)}[^\d，。；]{0,4}?${AMOUNT}，占${NUM}%`).exec(
      textOfSection(name),
    );
    if (share) figures[key] = { ...(figures[key] ?? { amount: share[1]! }), share: share[2]! };
  }
  // The “三公” summary's three parts, in their order: 因公出国（境）费, the vehicles, 公务接待费.
  for (const [, label, amount, share] of textOfSection("threePublic").matchAll(THREE_PUBLIC_SHARE)) {
    const key: JiangsuFigureKey =
      label === "因公出国（境）费" ? "abroad" : label === "公务接待费" ? "reception" : "vehicles";
    if (key === "vehicles" && label !== "公务用车购置及运行费")
      notes.push(
        unsure(
          lineOf("threePublic", `${label}支出${amount}`),
          `“三公”经费的构成中印作“${label}支出${amount}万元，占“三公”经费的${share}%”，已按公务用车购置及运行费记入 facts.vehicles.share，请核对`,
          `the “three public” shares print “${label}” for the vehicles; its share was recorded as facts.vehicles.share, please check`,
        ),
      );
    figures[key] = { ...(figures[key] ?? { amount: amount! }), share: share! };
  }
  for (const { key } of FIGURES) if (figures[key]) facts[key] = figures[key];

  const rows = table05Rows(tables);
  const overall = section("overall");
  const classes = overall ? readClasses(overall, rows, notes) : [];
  if (classes.length) facts.classes = classes;
  else missing("classes", "支出预算总计的各类支出", lineOf("overall", "支出预算总计"));
  const fiscalExpenditure = section("fiscalExpenditure");
  const items = fiscalExpenditure ? readItems(fiscalExpenditure, rows, notes) : [];
  if (items.length) facts.items = items;
  else missing("items", "财政拨款支出的款、项", lineOf("fiscalExpenditure", "（项）"));

  for (const [key, name] of [
    ["fiscal_basic", "fiscalBasic"],
    ["general_basic", "generalBasic"],
  ] as const) {
    const split = basicSplitOf(textOfSection(name));
    if (split) facts[key] = split;
    else missing(key, "基本支出预算（人员经费、公用经费）", lineOf(name, "基本支出"));
  }
  const procurement = procurementOf(textOfSection("procurement"));
  if (procurement) facts.procurement = procurement;
  else missing("procurement", "政府采购支出预算总额", lineOf("procurement", "政府采购"));
  const performance = new RegExp(String.raw`共(\d+)个项目实行绩效目标管理，涉及财政性资金合计${AMOUNT}`).exec(
    textOfSection("other"),
  );
  if (performance) facts.performance = { projects: Number(performance[1]), amount: performance[2] };
  else missing("performance", "实行绩效目标管理的项目", lineOf("other", "绩效目标"));
  return facts;
};
