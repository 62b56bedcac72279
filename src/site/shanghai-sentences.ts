/**
 * English sentences generated from the figures a Shanghai 编制说明 and 其他相关情况说明 state
 * (explanation.yaml's facts, each checked against the tables and the text): what an English
 * reader gets where the document has no English translation, beside the Chinese it summarises.
 * Amounts stated in 万元 are given in yuan, exactly (the decimal point moves four places).
 */
import { formatMoney, lookupCode, toScale } from "../budget";
import type { Cents } from "../budget";
import type { ShanghaiDepartmentYear } from "../budget";
import type { StatedFigure } from "../budget";

type Facts = ShanghaiDepartmentYear["explanation"]["facts"];

/** Hundredths of 万元 as whole yuan: 1897676 → "189,767,600 yuan". */
export const yuan = (hundredthsOfWanyuan: Cents | number): string =>
  `${formatMoney(toScale(Math.abs(hundredthsOfWanyuan), 2, 0), "en", 0)} yuan`;

/** "2024年预算" → "the 2024 budget"; "2024年预算执行数" → "the 2024 outturn". */
const basisEn = (basis: string | undefined): string | undefined => {
  const m = basis === undefined ? null : /^(\d{4})年(?:当年)?预算(执行数)?$/.exec(basis);
  return m ? `the ${m[1]} ${m[2] ? "outturn" : "budget"}` : undefined;
};

const change = (fact: StatedFigure, facts: Facts): string => {
  const basis = basisEn(fact.compared_with ?? facts.compared_with);
  if (!fact.change || !basis) return "";
  const value = fact.change.value;
  if (value === 0) return `, unchanged on ${basis}`;
  return `, ${value > 0 ? "up" : "down"} ${yuan(value)} on ${basis}`;
};

const figure = (label: string, fact: StatedFigure | undefined, facts: Facts): string | undefined =>
  fact ? `${label} ${yuan(fact.amount.value)}${change(fact, facts)}` : undefined;

const sentence = (parts: readonly (string | undefined)[]): string | undefined => {
  const present = parts.filter((p): p is string => p !== undefined);
  if (present.length === 0) return undefined;
  const [first = "", ...rest] = present;
  return `${first.charAt(0).toUpperCase()}${first.slice(1)}${rest.length > 0 ? `; ${rest.join("; ")}` : ""}.`;
};

const adminCosts = (facts: Facts): string | undefined => {
  if (facts.admin_costs === "无") return "There are no administrative operating costs.";
  return sentence([figure("administrative operating costs", facts.admin_costs, facts)]);
};

/** The totals paragraph and the main items of appropriated spending (编制说明). */
const compilation = (dy: ShanghaiDepartmentYear): string[] => {
  const facts = dy.explanation.facts;
  const f = (label: string, key: keyof Facts) => figure(label, facts[key] as StatedFigure | undefined, facts);
  const items = (facts.items ?? []).map((item, i) => {
    const names = [item.code.slice(0, 3), item.code.slice(0, 5), item.code].map(
      (code) => lookupCode("function", code)?.en,
    );
    const named = names.every((n) => n !== undefined) ? `${names.join(" / ")} (${item.code})` : `code ${item.code}`;
    const prior = item.prior
      ? `, against an outturn of ${yuan(item.prior.value)}${item.percent !== undefined ? ` (${item.percent}%)` : ""}`
      : "";
    return `${i + 1}. ${named}: ${yuan(item.amount.value)}${prior}.`;
  });
  return [
    sentence([
      f("the revenue budget is", "income"),
      f("fiscal appropriations", "fiscal_income"),
      f("public institution revenue", "operating_income"),
      f("business revenue", "business_income"),
      f("other revenue", "other_income"),
    ]),
    sentence([
      f("the expenditure budget is", "expenditure"),
      f("expenditure from fiscal appropriations", "fiscal_expenditure"),
      f("from the general public budget", "general_budget"),
      f("from the government fund budget", "gov_fund"),
      f("from the state capital operation budget", "state_capital"),
    ]),
    ...(items.length > 0 ? ["Main items of spending from fiscal appropriations:", ...items] : []),
  ].filter((s): s is string => s !== undefined);
};

/** One section of the 其他相关情况说明, recognised by what its heading names. */
const otherSection = (dy: ShanghaiDepartmentYear, heading: string): string[] => {
  const facts = dy.explanation.facts;
  const f = (label: string, key: keyof Facts) => figure(label, facts[key] as StatedFigure | undefined, facts);
  if (heading.includes("三公")) {
    return [
      sentence([
        f("the “three public” expenses are", "three_public"),
        f("official travel abroad", "abroad"),
        f("official vehicles", "vehicles"),
        f("of which vehicle purchase", "vehicle_purchase"),
        f("vehicle operation", "vehicle_operation"),
        f("official receptions", "reception"),
      ]),
    ].filter((s): s is string => s !== undefined);
  }
  if (heading.includes("机关运行经费")) return [adminCosts(facts)].filter((s): s is string => s !== undefined);
  if (heading.includes("政府采购") && facts.procurement) {
    const p = facts.procurement;
    return [
      `Government procurement is budgeted at ${yuan(p.total.value)}: goods ${yuan(p.goods.value)}, works ${yuan(p.works.value)}, services ${yuan(p.services.value)}.`,
      ...(facts.sme
        ? [
            `${yuan(facts.sme.reserved.value)} of it is reserved for small and medium-sized enterprises, ${yuan(facts.sme.small_micro.value)} of that for small and micro enterprises.`,
          ]
        : []),
    ];
  }
  if (heading.includes("绩效") && facts.performance) {
    const { projects, amount } = facts.performance;
    return [
      `Performance goals were set for ${projects} project${projects === 1 ? "" : "s"}, with project funds of ${yuan(amount.value)}.`,
    ];
  }
  if (heading.includes("国有资产") && facts.assets) {
    const a = facts.assets;
    const date = new Date(`${a.as_of}T00:00:00Z`);
    const asOf = Number.isNaN(date.getTime())
      ? a.as_of
      : date.toLocaleDateString("en-US", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
    return [
      `As of ${asOf}: ${a.vehicles} vehicle${a.vehicles === 1 ? "" : "s"} and ${a.equipment_over_1m} item${a.equipment_over_1m === 1 ? "" : "s"} of equipment worth 1 million yuan or more each. The budget plans to buy ${a.planned_vehicles} vehicle${a.planned_vehicles === 1 ? "" : "s"} and ${a.planned_equipment} such item${a.planned_equipment === 1 ? "" : "s"} of equipment.`,
    ];
  }
  return [];
};

/**
 * English sentences for one section of a part, from the stated figures: the 编制说明's untitled
 * first section, and each section of the 其他相关情况说明 that states figures.
 */
export const generatedSentences = (
  dy: ShanghaiDepartmentYear,
  part: "compilation" | "other" | string,
  sectionIndex: number,
  heading: string | undefined,
): string[] => {
  if (part === "compilation") return sectionIndex === 0 ? compilation(dy) : [];
  if (part === "other" && heading !== undefined) return otherSection(dy, heading);
  return [];
};
