/**
 * Random but consistent department-years, built in memory for property tests of the
 * reconciliation rules.
 *
 * A plan lists "true" expenditure items in thousandths of 万元 (one digit finer than print), each
 * with a function code, a kind (basic, project, business, subsidy to affiliates), a fund source,
 * an economic code and a spending unit. Every printed figure is the true figure it stands for,
 * rounded half up to 0.01 — exactly how a real budget system prints — so the tables carry genuine
 * rounding residues but never an error. Several units, all three budgets, special accounts,
 * 事业收入, 上级补助收入, subsidies to affiliates and 上年结转/结转下年 all occur.
 */
import fc from "fast-check";
import { ECONOMIC_CODES, lookupCode } from "../../src/budget/classification";
import { cents, WANYUAN_2, type Cents } from "../../src/budget/money";
import { GUANGZHOU_BUDGET } from "../../src/budget/profiles/guangzhou-budget";
import type { Explanation } from "../../src/budget/profiles/guangzhou-budget/explanation";
import { KEY_PROJECTS, tableById, type TableId } from "../../src/budget/profiles/guangzhou-budget/tables";
import type { TableSpec } from "../../src/budget/profiles/types";
import type { BudgetRow, BudgetTable } from "../../src/budget/model";
import type { CompleteGuangzhou } from "./seed";

export const FUNCTION_LEAVES = [
  "2010301",
  "2010302",
  "2010350",
  "2060503",
  "2080501",
  "2080502",
  "2080505",
  "2100717",
  "2101101",
  "2101102",
  "2120501",
  "2129999",
  "2130101",
  "2210201",
  "2210203",
  "2240106",
] as const;

/** Economic items: the "三公" codes and several of the 行政经费 list, and a few others. */
export const ECONOMIC_LEAVES = [
  "30101",
  "30102",
  "30113",
  "30201",
  "30202",
  "30205",
  "30211",
  "30212",
  "30213",
  "30217",
  "30226",
  "30227",
  "30231",
  "30239",
  "30302",
  "31002",
  "31007",
  "31013",
] as const;

/** Items of the "三公" are printed exactly (no sub-cent parts), as 表8 and the text state them. */
const THREE_PUBLIC_CODES = new Set(["30212", "30217", "30231", "31013"]);

type Kind = "basic" | "project" | "business" | "affiliate";
type Fund = "gb" | "gf" | "sc" | "special" | "other" | "superior";

export interface LeafPlan {
  code: (typeof FUNCTION_LEAVES)[number];
  kind: Kind;
  fund: Fund;
  economic: (typeof ECONOMIC_LEAVES)[number];
  unit: number;
  project: number;
  /** Thousandths of 万元. */
  mills: number;
}

export interface Plan {
  year: number;
  units: number;
  leaves: LeafPlan[];
  /** 上年结转 = 结转下年 (thousandths of 万元), passing through as in the synthetic fixture. */
  carry: number;
  keyProjects: number;
  /** Prior-year figures in hundredths of 万元. */
  priors: {
    income: number;
    expenditure: number;
    abroad: number;
    vehiclePurchase: number;
    vehicleOperation: number;
    reception: number;
    admin: number;
  };
  procurement: { goods: number; works: number; services: number };
}

const millsArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.integer({ min: 10, max: 3_000_000 }) },
);

const leafArb: fc.Arbitrary<LeafPlan> = fc.record({
  code: fc.constantFrom(...FUNCTION_LEAVES),
  kind: fc.constantFrom<Kind>("basic", "basic", "basic", "project", "project", "business", "affiliate"),
  fund: fc.constantFrom<Fund>("gb", "gb", "gb", "gf", "sc", "special", "other", "superior"),
  economic: fc.constantFrom(...ECONOMIC_LEAVES),
  unit: fc.nat(5),
  project: fc.nat(4),
  mills: millsArb,
});

const priorArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 2_000_000 }) },
);

export const planArb: fc.Arbitrary<Plan> = fc.record({
  year: fc.integer({ min: 2020, max: 2030 }),
  units: fc.integer({ min: 1, max: 4 }),
  leaves: fc.array(leafArb, { minLength: 1, maxLength: 30 }),
  carry: fc.oneof(fc.constant(0), fc.integer({ min: 10, max: 500_000 })),
  keyProjects: fc.nat(4),
  priors: fc.record({
    income: priorArb,
    expenditure: priorArb,
    abroad: priorArb,
    vehiclePurchase: priorArb,
    vehicleOperation: priorArb,
    reception: priorArb,
    admin: priorArb,
  }),
  procurement: fc.record({ goods: fc.nat(500_000), works: fc.nat(500_000), services: fc.nat(500_000) }),
});

// ── Arithmetic of true figures ─────────────────────────────────────────────────────────

/** Round thousandths to printed hundredths, half up (all true figures are ≥ 0). */
const print = (mills: number): Cents => cents(Math.floor((mills + 5) / 10));
type Vec = Record<string, number>;
const add = (a: Vec, b: Vec): Vec => {
  const out: Vec = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return out;
};
const printAll = (keys: readonly string[], v: Vec): Record<string, Cents> =>
  Object.fromEntries(keys.map((k) => [k, print(v[k] ?? 0)]));
const nonZero = (v: Vec): boolean => Object.values(v).some((x) => x !== 0);

interface Leaf extends LeafPlan {
  unitName: string;
  projectName: string;
}

/** 表2 column of a leaf's fund. */
const INCOME_COLUMN: Record<Fund | "business", string> = {
  gb: "generalBudget",
  gf: "govFund",
  sc: "stateCapital",
  special: "otherSpecialAccount",
  other: "operatingRevenue",
  superior: "superiorSubsidy",
  business: "businessRevenue",
};
/** 表11/表12 column of a leaf's fund. */
const UNIT_COLUMN: Record<Fund, string> = {
  gb: "generalBudget",
  gf: "govFund",
  sc: "stateCapital",
  special: "specialAccount",
  other: "otherFunds",
  superior: "otherFunds",
};
const EXPENDITURE_COLUMN: Record<Kind, string> = {
  basic: "basic",
  project: "project",
  business: "business",
  affiliate: "affiliateSubsidy",
};

const amountKeys = (spec: TableSpec): string[] => spec.columns.filter((c) => c.type === "money").map((c) => c.key);

class TableBuilder {
  rows: BudgetRow[] = [];
  constructor(
    readonly spec: TableSpec,
    readonly file: string,
  ) {}
  push(row: Omit<BudgetRow, "line" | "texts"> & { texts?: Record<string, string> }): void {
    this.rows.push({ texts: {}, ...row, line: this.rows.length + 2 });
  }
  build(): BudgetTable {
    // Guangzhou tables print 万元 with two decimals: integers of hundredths of 万元 (10^2 元).
    return { spec: this.spec, file: this.file, unit: WANYUAN_2, scale: 2, columns: this.spec.columns, rows: this.rows };
  }
}

const codeName = (kind: "function" | "economic", code: string): string => lookupCode(kind, code)?.zh ?? `科目${code}`;

/** A table by code (3 → 5 → 7 or 3 → 5): 合计, then every code with money, each parent before its children. */
const classifiedTable = (
  id: TableId,
  path: string,
  kind: "function" | "economic",
  byLeaf: Map<string, Vec>,
): BudgetTable => {
  const spec = tableById(id);
  const keys = amountKeys(spec);
  const byCode = new Map<string, Vec>();
  let total: Vec = {};
  for (const [leaf, v] of byLeaf) {
    if (!nonZero(v)) continue;
    total = add(total, v);
    for (let len = 3; len <= leaf.length; len += 2) {
      const code = leaf.slice(0, len);
      byCode.set(code, add(byCode.get(code) ?? {}, v));
    }
  }
  const b = new TableBuilder(spec, `${path}/${spec.file}`);
  b.push({ role: "total", name: "合计", depth: 0, amounts: printAll(keys, total) });
  for (const code of [...byCode.keys()].sort()) {
    b.push({
      role: "item",
      name: codeName(kind, code),
      code,
      depth: (code.length - 1) / 2,
      amounts: printAll(keys, byCode.get(code) ?? {}),
    });
  }
  return b.build();
};

const TABLE1_CLASSES: readonly [string, string | undefined][] = [
  ["一般公共服务支出", "201"],
  ["外交支出", "202"],
  ["国防支出", "203"],
  ["公共安全支出", "204"],
  ["教育支出", "205"],
  ["科学技术支出", "206"],
  ["文化旅游体育与传媒支出", "207"],
  ["社会保障和就业支出", "208"],
  ["卫生健康支出", "210"],
  ["节能环保支出", "211"],
  ["城乡社区支出", "212"],
  ["农林水支出", "213"],
  ["交通运输支出", "214"],
  ["资源勘探工业信息等支出", "215"],
  ["商业服务业等支出", "216"],
  ["金融支出", "217"],
  ["援助其他地区支出", "219"],
  ["自然资源海洋气象等支出", "220"],
  ["住房保障支出", "221"],
  ["粮油物资储备支出", "222"],
  ["国有资本经营预算支出", "223"],
  ["灾害防治及应急管理支出", "224"],
  ["债务还本付息支出", undefined],
  ["其他支出", "229"],
];
const ORDINALS = "一二三四五六七八九十".split("");
const ordinal = (n: number): string => {
  if (n <= 10) return ORDINALS[n - 1] as string;
  if (n < 20) return `十${ORDINALS[n - 11] ?? ""}`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${ORDINALS[tens - 1]}十${ones ? ORDINALS[ones - 1] : ""}`;
};

/** Prose amount as the 情况说明 prints it: thousands separators, no trailing zeros. */
export const prose = (value: number): string => {
  const abs = Math.abs(value);
  const whole = Math.trunc(abs / 100).toLocaleString("en-US");
  const fraction = String(abs % 100)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${value < 0 ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
};

/** Percent in tenths, half away from zero; undefined on a zero base. */
const percentTenths = (change: number, prior: number): number | undefined => {
  if (prior === 0) return change === 0 ? 0 : undefined;
  const magnitude = Math.floor((Math.abs(change) * 2000 + prior) / (2 * prior));
  return change < 0 ? -magnitude : magnitude;
};
const tenthsText = (t: number): string => {
  const abs = Math.abs(t);
  return `${t < 0 ? "-" : ""}${Math.trunc(abs / 10)}${abs % 10 ? `.${abs % 10}` : ""}`;
};

const changeFact = (amount: number, prior: number) => {
  const change = amount - prior;
  const tenths = percentTenths(change, prior);
  return {
    fact: {
      amount: { printed: prose(amount), value: cents(amount) },
      change: { printed: prose(change), value: cents(change) },
      percent: tenths === undefined ? "不可比" : tenthsText(tenths),
    },
    clause: (withPercent: boolean) => {
      const up = change >= 0;
      const head = `比上年${up ? "增加" : "减少"}${prose(Math.abs(change))}万元`;
      if (!withPercent) return head;
      const pct = tenths === undefined ? "--（基数为0，不可比）" : `${tenthsText(Math.abs(tenths))}%`;
      return `${head}，${up ? "增长" : "下降"}${pct}`;
    },
  };
};

const ADMIN_DEFINITION =
  "指用于维持行政（参公）单位机关运行的经费。其中包括：办公费、印刷费、水费、电费、邮电费、取暖费、物业管理费、差旅费、因公出国（境）费用、维修（护）费、租赁费、会议费、培训费、公务接待费、专用材料费、被装购置费、福利费、公务用车运行维护费、其他交通费用、医疗费补助、办公设备购置、专用设备购置、信息网络及软件购置更新、公务用车购置、其他交通工具购置经济科目对应的预算资金。";
const ADMIN_CODES = new Set([
  "30201",
  "30202",
  "30205",
  "30206",
  "30207",
  "30208",
  "30209",
  "30211",
  "30212",
  "30213",
  "30214",
  "30215",
  "30216",
  "30217",
  "30218",
  "30224",
  "30229",
  "30231",
  "30239",
  "30307",
  "30902",
  "31002",
  "30903",
  "31003",
  "30907",
  "31007",
  "30913",
  "31013",
  "30919",
  "31019",
]);

/** Build the department-year a plan describes. Deterministic. */
export const buildDepartmentYear = (plan: Plan): CompleteGuangzhou => {
  const slug = "random-department";
  const path = `${plan.year}/${slug}`;
  const unitNames = Array.from({ length: plan.units }, (_, i) => `随机单位${ordinal(i + 1)}`);
  const leaves: Leaf[] = plan.leaves.map((l) => {
    const kind = l.kind;
    // Business expenditure is funded by 经营收入, subsidies to affiliates by 事业收入: neither is fiscal.
    const fund: Fund = kind === "business" || kind === "affiliate" ? "other" : l.fund;
    const mills = THREE_PUBLIC_CODES.has(l.economic) ? Math.round(l.mills / 10) * 10 : l.mills;
    const unit = l.unit % plan.units;
    return {
      ...l,
      kind,
      fund,
      mills,
      unit,
      unitName: unitNames[unit] as string,
      projectName: `${unitNames[unit]}项目${ordinal(l.project + 1)}`,
    };
  });
  const incomeColumnOf = (l: Leaf) => (l.kind === "business" ? INCOME_COLUMN.business : INCOME_COLUMN[l.fund]);
  const fiscal = (l: Leaf) => l.fund === "gb" || l.fund === "gf" || l.fund === "sc";

  const group = <K>(items: readonly Leaf[], keyOf: (l: Leaf) => K | undefined, vec: (l: Leaf) => Vec) => {
    const out = new Map<K, Vec>();
    for (const l of items) {
      const key = keyOf(l);
      if (key === undefined) continue;
      out.set(key, add(out.get(key) ?? {}, vec(l)));
    }
    return out;
  };

  // 表2 and 表3: every leaf, by function code.
  const t2Vec = (l: Leaf): Vec => ({ total: l.mills, [incomeColumnOf(l)]: l.mills });
  const t3Vec = (l: Leaf): Vec => ({ total: l.mills, [EXPENDITURE_COLUMN[l.kind]]: l.mills });
  const table02 = classifiedTable(
    "table02",
    path,
    "function",
    group(leaves, (l) => l.code, t2Vec),
  );
  const table03 = classifiedTable(
    "table03",
    path,
    "function",
    group(leaves, (l) => l.code, t3Vec),
  );
  // 表5/9/10: fiscal basic and project expenditure, by budget.
  const splitVec = (l: Leaf): Vec => ({ subtotal: l.mills, [l.kind]: l.mills });
  const byBudget = (fund: Fund) =>
    group(
      leaves.filter((l) => l.fund === fund),
      (l) => l.code,
      splitVec,
    );
  const table05 = classifiedTable("table05", path, "function", byBudget("gb"));
  const table09 = classifiedTable("table09", path, "function", byBudget("gf"));
  const table10 = classifiedTable("table10", path, "function", byBudget("sc"));
  // 表6/7: general public budget basic and project expenditure, by economic code.
  const econ = (kind: Kind) =>
    group(
      leaves.filter((l) => l.fund === "gb" && l.kind === kind),
      (l) => l.economic,
      (l) => ({ amount: l.mills }),
    );
  const table06 = classifiedTable("table06", path, "economic", econ("basic"));
  const table07 = classifiedTable("table07", path, "economic", econ("project"));

  // 表8: administrative costs and "三公", per budget, from the economic codes.
  const t8Spec = tableById("table08");
  const t8 = new TableBuilder(t8Spec, `${path}/${t8Spec.file}`);
  const budgetVec = (codes: (c: string) => boolean): Vec => {
    let v: Vec = {};
    for (const l of leaves) {
      if (!fiscal(l) || !codes(l.economic) || (l.kind !== "basic" && l.kind !== "project")) continue;
      const column = UNIT_COLUMN[l.fund];
      v = add(v, { total: l.mills, [column]: l.mills });
    }
    return v;
  };
  const items: Record<string, Vec> = {
    adminCosts: budgetVec((c) => ADMIN_CODES.has(c)),
    abroad: budgetVec((c) => c === "30212"),
    vehiclePurchase: budgetVec((c) => c === "31013"),
    vehicleOperation: budgetVec((c) => c === "30231"),
    reception: budgetVec((c) => c === "30217"),
  };
  items["vehicles"] = add(items["vehiclePurchase"] ?? {}, items["vehicleOperation"] ?? {});
  items["threePublic"] = add(add(items["abroad"] ?? {}, items["vehicles"] ?? {}), items["reception"] ?? {});
  for (const item of t8Spec.items ?? []) {
    const depth = item.parent === undefined ? 1 : item.parent === "threePublic" ? 2 : 3;
    t8.push({
      role: "item",
      name: item.label.zh,
      item: item.key,
      depth,
      amounts: printAll(amountKeys(t8Spec), items[item.key] ?? {}),
    });
  }
  const table08 = t8.build();

  // 表11/12: by unit, then category (表11, economic class) or project (表12).
  const unitTable = (id: "table11" | "table12", kind: Kind, detailOf: (l: Leaf) => string) => {
    const spec = tableById(id);
    const keys = amountKeys(spec);
    const vec = (l: Leaf): Vec => ({
      total: l.mills,
      ...(fiscal(l) ? { fiscalTotal: l.mills } : {}),
      [UNIT_COLUMN[l.fund]]: l.mills,
    });
    const b = new TableBuilder(spec, `${path}/${spec.file}`);
    const mine = leaves.filter((l) => l.kind === kind && l.mills > 0);
    b.push({
      role: "total",
      name: "合计",
      depth: 0,
      amounts: printAll(
        keys,
        mine.reduce((v, l) => add(v, vec(l)), {}),
      ),
    });
    for (const [u, name] of unitNames.entries()) {
      const ofUnit = mine.filter((l) => l.unit === u);
      if (ofUnit.length === 0) continue;
      b.push({
        role: "unit",
        name,
        unit: name,
        depth: 1,
        amounts: printAll(
          keys,
          ofUnit.reduce((v, l) => add(v, vec(l)), {}),
        ),
      });
      const details = group(ofUnit, detailOf, vec);
      for (const [detail, v] of [...details].sort(([a], [c]) => a.localeCompare(c))) {
        b.push({
          role: "detail",
          name: detail,
          unit: name,
          depth: 2,
          amounts: printAll(keys, v),
          ...(id === "table12" ? { texts: { performanceGoal: `完成${detail}的年度目标。` } } : {}),
        });
      }
    }
    return b.build();
  };
  const classNameOf = (l: Leaf) =>
    ECONOMIC_CODES.find((e) => e.code === l.economic.slice(0, 3))?.zh ?? l.economic.slice(0, 3);
  const table11 = unitTable("table11", "basic", classNameOf);
  const table12 = unitTable("table12", "project", (l) => l.projectName);

  // 表1: income by source, expenditure by class, and the lines below the line.
  const sum = (pred: (l: Leaf) => boolean) => leaves.filter(pred).reduce((s, l) => s + l.mills, 0);
  const appropriations = sum(fiscal);
  const special = sum((l) => l.fund === "special");
  const otherFunds = sum((l) => l.fund === "other");
  const superior = sum((l) => l.fund === "superior");
  const yearIncome = appropriations + special + otherFunds;
  const spentOf = (cls: string | undefined) =>
    sum(
      (l) =>
        l.kind !== "affiliate" &&
        (cls === undefined ? ["231", "232", "233"].includes(l.code.slice(0, 3)) : l.code.startsWith(cls)),
    );
  const yearSpent = sum((l) => l.kind !== "affiliate");
  const affiliate = sum((l) => l.kind === "affiliate");
  const t1Spec = tableById("table01");
  const t1 = new TableBuilder(t1Spec, `${path}/${t1Spec.file}`);
  const line = (
    side: "income" | "expenditure",
    name: string,
    mills: number,
    role: BudgetRow["role"] = "item",
    code?: string,
  ) =>
    t1.push({
      role,
      name,
      side,
      depth: role === "item" ? 1 : 0,
      ...(code ? { code } : {}),
      amounts: { amount: print(mills) },
    });
  line("income", "一、预算拨款", appropriations);
  line("income", "二、财政专户拨款", special);
  line("income", "三、其他资金", otherFunds);
  line("income", "本年收入合计", yearIncome, "yearTotal");
  line("income", "四、上级补助收入", superior);
  line("income", "五、附属单位上缴收入", 0);
  line("income", "六、用事业基金弥补收支差额", 0);
  line("income", "七、上年结转", plan.carry);
  line("income", "收入总计", yearIncome + superior + plan.carry, "grandTotal");
  TABLE1_CLASSES.forEach(([name, code], i) =>
    line("expenditure", `${ordinal(i + 1)}、${name}`, spentOf(code), "item", code),
  );
  line("expenditure", "本年支出合计", yearSpent, "yearTotal");
  line("expenditure", `${ordinal(TABLE1_CLASSES.length + 1)}、对附属单位补助支出`, affiliate);
  line("expenditure", `${ordinal(TABLE1_CLASSES.length + 2)}、上缴上级支出`, 0);
  line("expenditure", `${ordinal(TABLE1_CLASSES.length + 3)}、结转下年`, plan.carry);
  line("expenditure", "支出总计", yearSpent + affiliate + plan.carry, "grandTotal");
  const table01 = t1.build();

  // 表4: fiscal appropriations only.
  const t4Spec = tableById("table04");
  const t4 = new TableBuilder(t4Spec, `${path}/${t4Spec.file}`);
  const line4 = (
    side: "income" | "expenditure",
    name: string,
    mills: number,
    role: BudgetRow["role"] = "item",
    code?: string,
  ) =>
    t4.push({
      role,
      name,
      side,
      depth: role === "item" ? 1 : 0,
      ...(code ? { code } : {}),
      amounts: { amount: print(mills) },
    });
  const gb = sum((l) => l.fund === "gb");
  const gf = sum((l) => l.fund === "gf");
  const sc = sum((l) => l.fund === "sc");
  line4("income", "一、一般公共预算", gb);
  line4("income", "二、政府性基金预算", gf);
  line4("income", "三、国有资本经营预算", sc);
  line4("income", "本年收入合计", gb + gf + sc, "yearTotal");
  line4("income", "收入总计", gb + gf + sc, "grandTotal");
  const fiscalOf = (cls: string | undefined) =>
    sum(
      (l) =>
        fiscal(l) && (cls === undefined ? ["231", "232", "233"].includes(l.code.slice(0, 3)) : l.code.startsWith(cls)),
    );
  TABLE1_CLASSES.forEach(([name, code], i) =>
    line4("expenditure", `${ordinal(i + 1)}、${name}`, fiscalOf(code), "item", code),
  );
  line4("expenditure", "本年支出合计", gb + gf + sc, "yearTotal");
  line4("expenditure", `${ordinal(TABLE1_CLASSES.length + 1)}、结转下年支出`, 0);
  line4("expenditure", "支出总计", gb + gf + sc, "grandTotal");
  const table04 = t4.build();

  // Key projects: the first projects of 表12.
  const kp = new TableBuilder(KEY_PROJECTS, `${path}/${KEY_PROJECTS.file}`);
  for (const row of table12.rows.filter((r) => r.role === "detail").slice(0, plan.keyProjects)) {
    kp.push({
      role: "item",
      name: row.name,
      depth: 1,
      amounts: { amount: row.amounts["total"] ?? cents(0) },
      texts: { performanceGoal: "见表12。" },
    });
  }
  const keyProjects = kp.build();

  const tables: Record<TableId, BudgetTable> = {
    table01,
    table02,
    table03,
    table04,
    table05,
    table06,
    table07,
    table08,
    table09,
    table10,
    table11,
    table12,
  };

  // 情况说明: facts from the printed tables and the prior-year figures, text from the facts.
  const yearIncomeRow = table01.rows.find((r) => r.side === "income" && r.role === "yearTotal");
  const yearSpentRow = table01.rows.find((r) => r.side === "expenditure" && r.role === "yearTotal");
  const t8Total = (key: string) => table08.rows.find((r) => r.item === key)?.amounts["total"] ?? 0;
  const p = plan.priors;
  const facts = {
    income: changeFact(yearIncomeRow?.amounts["amount"] ?? 0, p.income),
    expenditure: changeFact(yearSpentRow?.amounts["amount"] ?? 0, p.expenditure),
    three_public: changeFact(t8Total("threePublic"), p.abroad + p.vehiclePurchase + p.vehicleOperation + p.reception),
    abroad: changeFact(t8Total("abroad"), p.abroad),
    vehicles: changeFact(t8Total("vehicles"), p.vehiclePurchase + p.vehicleOperation),
    vehicle_purchase: changeFact(t8Total("vehiclePurchase"), p.vehiclePurchase),
    vehicle_operation: changeFact(t8Total("vehicleOperation"), p.vehicleOperation),
    reception: changeFact(t8Total("reception"), p.reception),
    admin_costs: changeFact(t8Total("adminCosts"), p.admin),
  };
  const pr = plan.procurement;
  const procurementTotal = pr.goods + pr.works + pr.services;
  const f = facts;
  const y = plan.year;
  const explanation: Explanation = {
    sections: [
      {
        heading: "一、部门预算收支增减变化情况",
        paragraphs: [
          `${y}年本部门收入预算${f.income.fact.amount.printed}万元，${f.income.clause(true)}，主要原因是业务调整；支出预算${f.expenditure.fact.amount.printed}万元，${f.expenditure.clause(true)}，主要原因是业务调整。`,
        ],
      },
      {
        heading: "二、“三公”经费安排情况",
        paragraphs: [
          `${y}年本部门财政拨款安排“三公”经费${f.three_public.fact.amount.printed}万元，${f.three_public.clause(true)}，主要原因是按需安排。其中：因公出国（境）费${f.abroad.fact.amount.printed}万元，${f.abroad.clause(true)}，主要原因是按需安排；公务用车购置及运行维护费${f.vehicles.fact.amount.printed}万元（公务用车购置费${f.vehicle_purchase.fact.amount.printed}万元，${f.vehicle_purchase.clause(false)}；公务用车运行维护费${f.vehicle_operation.fact.amount.printed}万元，${f.vehicle_operation.clause(false)}。）${f.vehicles.clause(true)}，主要原因是按需安排；公务接待费${f.reception.fact.amount.printed}万元，${f.reception.clause(true)}，主要原因是按需安排。`,
        ],
      },
      {
        heading: "三、机关运行经费安排情况",
        paragraphs: [
          `行政经费（机关运行经费）${ADMIN_DEFINITION}${y}年，本部门机关运行经费安排${f.admin_costs.fact.amount.printed}万元，${f.admin_costs.clause(true)}，主要原因是按需安排。`,
        ],
      },
      {
        heading: "四、政府采购情况",
        paragraphs: [
          `${y}年本部门政府采购安排${prose(procurementTotal)}万元，其中：货物类采购预算${prose(pr.goods)}万元，工程类采购预算${prose(pr.works)}万元，服务类采购预算${prose(pr.services)}万元等。`,
        ],
      },
      {
        heading: "五、国有资产占有使用情况",
        paragraphs: [`截至${y}年2月28日，本部门固定资产金额100万元。本年度拟购置固定资产0万元。`],
      },
      {
        heading: "六、重点项目预算绩效目标情况",
        paragraphs: [`${y}年，本部门重点项目绩效目标情况如下：`],
        key_projects: true,
      },
    ],
    facts: {
      income: f.income.fact,
      expenditure: f.expenditure.fact,
      three_public: f.three_public.fact,
      abroad: f.abroad.fact,
      vehicles: f.vehicles.fact,
      vehicle_purchase: { amount: f.vehicle_purchase.fact.amount, change: f.vehicle_purchase.fact.change },
      vehicle_operation: { amount: f.vehicle_operation.fact.amount, change: f.vehicle_operation.fact.change },
      reception: f.reception.fact,
      admin_costs: f.admin_costs.fact,
      procurement: {
        total: { printed: prose(procurementTotal), value: cents(procurementTotal) },
        goods: { printed: prose(pr.goods), value: cents(pr.goods) },
        works: { printed: prose(pr.works), value: cents(pr.works) },
        services: { printed: prose(pr.services), value: cents(pr.services) },
      },
      assets: {
        as_of: `${y}-02-28`,
        value: { printed: "100", value: cents(10000) },
        building_area_m2: { printed: "0", value: cents(0) },
        vehicles: 0,
        equipment_over_1m: 0,
        planned_purchase: { printed: "0", value: cents(0) },
        planned_purchase_reason: "没有购置需求",
      },
    },
  };

  const allZero = (t: BudgetTable) => t.rows.every((r) => Object.values(r.amounts).every((v) => v === 0));
  const tableNotes = Object.fromEntries(
    Object.entries(tables).map(([id, t]) => [id, allZero(t) ? "本表本年无发生额。" : "无。"]),
  ) as Record<TableId, string>;

  return {
    path,
    year: plan.year,
    slug,
    profile: GUANGZHOU_BUDGET,
    kind: "部门预算",
    unit: WANYUAN_2,
    meta: {
      profile: "guangzhou-budget",
      department: "随机生成的部门",
      year: plan.year,
      unit: "万元",
      title: `${plan.year}年随机生成的部门部门预算`,
      overview: { duties: ["履行职责。"], institutions: "内设机构若干。", composition: `共${plan.units}个预算单位。` },
      table_notes: tableNotes,
      notes: { tables: "本套报表金额单位转换时可能存在尾数误差。", report: "本报告金额因四舍五入可能存在尾差。" },
    },
    explanation,
    glossary: { terms: [{ term: "行政经费（机关运行经费）", definition: ADMIN_DEFINITION }] },
    tables: { ...tables, keyProjects },
    failedTables: [],
    missingTables: [],
    absentTables: [],
    errata: [],
  };
};

export const departmentYearArb: fc.Arbitrary<CompleteGuangzhou> = planArb.map(buildDepartmentYear);

/** Every amount cell of every CSV table (the key projects last), as [table, row index, column key]. */
export const amountCells = (dy: CompleteGuangzhou): { table: BudgetTable; row: number; key: string }[] =>
  Object.values(dy.tables).flatMap((table) =>
    table.rows.flatMap((r, row) => Object.keys(r.amounts).map((key) => ({ table, row, key }))),
  );
