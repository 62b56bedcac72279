/**
 * The 情况说明's standard sentences, generated in Chinese and English from facts: current
 * figures from the tables, prior-year figures from explanation.yaml (amount − change as stated),
 * reasons as stated. The generated Chinese must reproduce the published text exactly, which
 * proves the facts capture it; the English is then a faithful rendering of the same facts.
 */
import type { Lang } from "../../i18n-text";
import { formatProseMoney, trimmedDecimal } from "../../format";
import { cents, type Cents } from "../../money";
import type { GuangzhouDepartmentYear as DepartmentYear } from "..";
import type { ChangeFact, Explanation } from "./explanation";

type FactKey = Exclude<keyof Explanation["facts"], "procurement" | "assets">;

/** Change on the previous year; percent in tenths of a percent, undefined when the base is zero. */
export interface YearChange {
  current: Cents;
  prior: Cents;
  change: Cents;
  percentTenths: number | undefined;
}

export const yearChange = (current: Cents, prior: Cents): YearChange => {
  const change = cents(current - prior);
  if (prior === 0) return { current, prior, change, percentTenths: change === 0 ? 0 : undefined };
  // Round half away from zero in integers: |change| / prior × 1000, to the nearest whole.
  const magnitude = Math.floor((Math.abs(change) * 2000 + prior) / (2 * prior));
  return { current, prior, change, percentTenths: change < 0 ? -magnitude : magnitude };
};

/** A percentage's magnitude in tenths as the prose prints it: 683 → "68.3", −200 → "20". */
const percentMagnitude = (tenths: number): string => trimmedDecimal(Math.abs(tenths), 1);

/** "比上年增加2,950.67万元，增长68.3%" and its English twin. */
export const changeClause = (c: YearChange, lang: Lang, withPercent = true): string => {
  const up = c.change >= 0;
  const amount = formatProseMoney(c.change, lang);
  if (lang === "zh") {
    const head = `比上年${up ? "增加" : "减少"}${amount}万元`;
    if (!withPercent) return head;
    const pct = c.percentTenths === undefined ? "--（基数为0，不可比）" : `${percentMagnitude(c.percentTenths)}%`;
    return `${head}，${up ? "增长" : "下降"}${pct}`;
  }
  if (c.change === 0) return "unchanged from the previous year";
  const head = `${up ? "up" : "down"} ${amount} on the previous year`;
  if (!withPercent) return head;
  const pct =
    c.percentTenths === undefined
      ? "(no percentage: the previous year's base was 0)"
      : `(${up ? "+" : "−"}${percentMagnitude(c.percentTenths)}%)`;
  return `${head} ${pct}`;
};

export interface GeneratedSection {
  /** Which standard section this is; matches the heading of the published section. */
  key: "change" | "threePublic" | "adminCosts" | "procurement" | "assets" | "keyProjects";
  zh: string[];
  /** Undefined where a reason has no English in english.yaml yet. */
  en: string[] | undefined;
}

const HEADINGS: Record<GeneratedSection["key"], string> = {
  change: "部门预算收支增减变化情况",
  threePublic: "“三公”经费安排情况",
  adminCosts: "机关运行经费安排情况",
  procurement: "政府采购情况",
  assets: "国有资产占有使用情况",
  keyProjects: "重点项目预算绩效目标情况",
};

/** Heading without its ordinal ("一、"), to recognise a standard section. */
export const sectionKeyOf = (heading: string): GeneratedSection["key"] | undefined => {
  const bare = heading.replace(/^[一二三四五六七八九十]+、/, "");
  return (Object.keys(HEADINGS) as GeneratedSection["key"][]).find((k) => HEADINGS[k] === bare);
};

const t8 = (dy: DepartmentYear, item: string): Cents => {
  const row = dy.tables.table08?.rows.find((r) => r.item === item);
  return row?.amounts["total"] ?? cents(0);
};

const t1 = (dy: DepartmentYear, name: string): Cents => {
  const row = dy.tables.table01?.rows.find((r) => r.name === name);
  return row?.amounts["amount"] ?? cents(0);
};

/** Current figure of each fact, from the table that prints it. */
const currentOf = (dy: DepartmentYear): Record<FactKey, Cents> => ({
  income: t1(dy, "本年收入合计"),
  expenditure: t1(dy, "本年支出合计"),
  three_public: t8(dy, "threePublic"),
  abroad: t8(dy, "abroad"),
  vehicles: t8(dy, "vehicles"),
  vehicle_purchase: t8(dy, "vehiclePurchase"),
  vehicle_operation: t8(dy, "vehicleOperation"),
  reception: t8(dy, "reception"),
  admin_costs: t8(dy, "adminCosts"),
});

const priorOf = (fact: ChangeFact): Cents => cents(fact.amount.value - fact.change.value);

export const generateExplanation = (dy: DepartmentYear): GeneratedSection[] => {
  const { facts } = dy.explanation;
  const current = currentOf(dy);
  const year = dy.year;
  const reasons = dy.english?.explanation?.reasons ?? {};
  const c = (key: FactKey): YearChange => yearChange(current[key], priorOf(facts[key]));
  const a = (value: Cents, lang: Lang): string => formatProseMoney(value, lang);
  const zhReason = (key: FactKey): string => facts[key].reason ?? "";
  const enReason = (key: string): string | undefined => reasons[key];
  const needEnglish = (...keys: string[]): boolean => keys.every((k) => enReason(k) !== undefined);
  const U = " (10,000 yuan)";

  const glossaryEntry = dy.glossary.terms.find((t) => t.term.includes("机关运行经费"));
  const englishGlossary = dy.english?.glossary?.[glossaryEntry ? dy.glossary.terms.indexOf(glossaryEntry) : -1];
  const [asOfYear, asOfMonth, asOfDay] = facts.assets.as_of.split("-").map(Number);
  const p = facts.procurement;
  const s = facts.assets;

  return [
    {
      key: "change",
      zh: [
        `${year}年本部门收入预算${a(current.income, "zh")}万元，${changeClause(c("income"), "zh")}，主要原因是${zhReason("income")}；` +
          `支出预算${a(current.expenditure, "zh")}万元，${changeClause(c("expenditure"), "zh")}，主要原因是${zhReason("expenditure")}。`,
      ],
      en: needEnglish("income", "expenditure")
        ? [
            `In ${year} the department's revenue budget is ${a(current.income, "en")}${U}, ${changeClause(c("income"), "en")}, mainly because ${enReason("income")}; ` +
              `its expenditure budget is ${a(current.expenditure, "en")}${U}, ${changeClause(c("expenditure"), "en")}, mainly because ${enReason("expenditure")}.`,
          ]
        : undefined,
    },
    {
      key: "threePublic",
      zh: [
        `${year}年本部门财政拨款安排“三公”经费${a(current.three_public, "zh")}万元，${changeClause(c("three_public"), "zh")}，主要原因是${zhReason("three_public")}。` +
          `其中：因公出国（境）费${a(current.abroad, "zh")}万元，${changeClause(c("abroad"), "zh")}，主要原因是${zhReason("abroad")}；` +
          `公务用车购置及运行维护费${a(current.vehicles, "zh")}万元（公务用车购置费${a(current.vehicle_purchase, "zh")}万元，${changeClause(c("vehicle_purchase"), "zh", false)}；` +
          `公务用车运行维护费${a(current.vehicle_operation, "zh")}万元，${changeClause(c("vehicle_operation"), "zh", false)}。）` +
          `${changeClause(c("vehicles"), "zh")}，主要原因是${zhReason("vehicles")}；` +
          `公务接待费${a(current.reception, "zh")}万元，${changeClause(c("reception"), "zh")}，主要原因是${zhReason("reception")}。`,
      ],
      en: needEnglish("three_public", "abroad", "vehicles", "reception")
        ? [
            `In ${year} the department's “three public” expenses funded by fiscal appropriations are ${a(current.three_public, "en")}${U}, ${changeClause(c("three_public"), "en")}, mainly because ${enReason("three_public")}. ` +
              `Of these: official travel abroad ${a(current.abroad, "en")}, ${changeClause(c("abroad"), "en")}, mainly because ${enReason("abroad")}; ` +
              `official vehicle purchase and operation ${a(current.vehicles, "en")} (vehicle purchase ${a(current.vehicle_purchase, "en")}, ${changeClause(c("vehicle_purchase"), "en", false)}; ` +
              `vehicle operation and maintenance ${a(current.vehicle_operation, "en")}, ${changeClause(c("vehicle_operation"), "en", false)}), ` +
              `${changeClause(c("vehicles"), "en")}, mainly because ${enReason("vehicles")}; ` +
              `official receptions ${a(current.reception, "en")}, ${changeClause(c("reception"), "en")}, mainly because ${enReason("reception")}.`,
          ]
        : undefined,
    },
    {
      key: "adminCosts",
      zh: [
        `${glossaryEntry ? glossaryEntry.term + glossaryEntry.definition : ""}` +
          `${year}年，本部门机关运行经费安排${a(current.admin_costs, "zh")}万元，${changeClause(c("admin_costs"), "zh")}，主要原因是${zhReason("admin_costs")}。`,
      ],
      en:
        needEnglish("admin_costs") && (englishGlossary || !glossaryEntry)
          ? [
              `${englishGlossary ? `${englishGlossary.term}: ${englishGlossary.definition} ` : ""}` +
                `In ${year} the department's administrative operating costs are ${a(current.admin_costs, "en")}${U}, ${changeClause(c("admin_costs"), "en")}, mainly because ${enReason("admin_costs")}.`,
            ]
          : undefined,
    },
    {
      key: "procurement",
      zh: [
        `${year}年本部门政府采购安排${a(p.total.value, "zh")}万元，其中：货物类采购预算${a(p.goods.value, "zh")}万元，` +
          `工程类采购预算${a(p.works.value, "zh")}万元，服务类采购预算${a(p.services.value, "zh")}万元等。`,
      ],
      en: [
        `In ${year} the department plans government procurement of ${a(p.total.value, "en")}${U}: goods ${a(p.goods.value, "en")}, ` +
          `works ${a(p.works.value, "en")} and services ${a(p.services.value, "en")}.`,
      ],
    },
    {
      key: "assets",
      zh: [
        `截至${asOfYear}年${asOfMonth}月${asOfDay}日，本部门固定资产金额${a(s.value.value, "zh")}万元，分布构成情况为：` +
          `房屋${a(s.building_area_m2.value, "zh")}平方米，车辆${s.vehicles}辆，单价在100万元以上的设备${s.equipment_over_1m}台等。` +
          `本年度拟购置固定资产${a(s.planned_purchase.value, "zh")}万元，主要是${s.planned_purchase_reason}。`,
      ],
      en: needEnglish("assets_planned_purchase")
        ? [
            `As of ${new Date(Date.UTC(asOfYear ?? 0, (asOfMonth ?? 1) - 1, asOfDay ?? 1)).toLocaleDateString("en-US", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}, ` +
              `the department's fixed assets are worth ${a(s.value.value, "en")}${U}, including ${a(s.building_area_m2.value, "en")} square meters of buildings, ` +
              `${s.vehicles} ${s.vehicles === 1 ? "vehicle" : "vehicles"} and ${s.equipment_over_1m} items of equipment costing over 1 million yuan each. ` +
              `It plans to buy fixed assets of ${a(s.planned_purchase.value, "en")}${U} this year, mainly because ${enReason("assets_planned_purchase")}.`,
          ]
        : undefined,
    },
    {
      key: "keyProjects",
      zh: [`${year}年，本部门重点项目绩效目标情况如下：`],
      en: [`The performance goals of the department's key projects in ${year} are as follows:`],
    },
  ];
};
