/**
 * Random but consistent Shanghai-shaped department-years (profile shanghai-budget), written out
 * as the files staff would write — department.yaml, explanation.yaml, glossary.yaml and the nine
 * CSV tables — so that property tests load them with the real loader.
 *
 * A plan lists "true" expenditure items in 分 (finer than the 元 integers most documents print),
 * each with a function code (类/款/项), a fund (一般公共预算, 政府性基金, 国有资本经营预算, 事业收入,
 * 事业单位经营收入, 其他收入), basic or project spending and, for basic spending, an economic code.
 * Every printed figure is the true figure it stands for rounded half up to the unit printed —
 * whole 元, or 元 to the 分, and 0.01 万元 in the “三公” table — exactly how a budget system
 * prints, so the tables carry genuine rounding residues but never an error. The explanation's
 * figures are in 万元, rounded from the printed 元 figures of the tables as the text does.
 * Zero cells are printed blank or as 0, table by table; a class line with no amount may occur.
 */
import fc from "fast-check";
import { lookupCode } from "../../src/budget/classification";
import { parseAmount } from "../../src/budget/money";
import { percentUnits, unitsText } from "../../src/budget/reconcile/percent";

// ── What a plan is made of ───────────────────────────────────────────────────────────────

/** 一般公共预算 items (项), each with its 款 and 类 in the classification lists. */
export const GENERAL_LEAVES = [
  "2010507",
  "2012902",
  "2013202",
  "2040607",
  "2049999",
  "2059999",
  "2060702",
  "2070308",
  "2080501",
  "2080502",
  "2080505",
  "2080506",
  "2080705",
  "2081005",
  "2082501",
  "2089999",
  "2100717",
  "2101101",
  "2101102",
  "2120101",
  "2120102",
  "2120104",
  "2120199",
  "2120399",
  "2120501",
  "2129999",
  "2150502",
  "2210201",
  "2210203",
  "2210399",
] as const;
/** 政府性基金 and 国有资本经营预算 items. */
export const GOV_FUND_LEAVES = ["2120801", "2120803"] as const;
export const STATE_CAPITAL_LEAVES = ["2230201", "2239901"] as const;

/** Economic codes of basic spending: 人员经费 (301, 303) and 公用经费 (302). */
export const PERSONNEL_CODES = [
  "30101",
  "30102",
  "30107",
  "30108",
  "30109",
  "30110",
  "30112",
  "30113",
  "30199",
  "30302",
  "30305",
] as const;
export const PUBLIC_USE_CODES = [
  "30201",
  "30205",
  "30206",
  "30207",
  "30209",
  "30211",
  "30213",
  "30217",
  "30228",
  "30229",
  "30231",
  "30239",
  "30299",
] as const;

for (const code of [...GENERAL_LEAVES, ...GOV_FUND_LEAVES, ...STATE_CAPITAL_LEAVES]) {
  for (const part of [code.slice(0, 3), code.slice(0, 5), code]) {
    if (!lookupCode("function", part)) throw new Error(`function code ${part} is not in the classification list`);
  }
}
for (const code of [...PERSONNEL_CODES, ...PUBLIC_USE_CODES]) {
  for (const part of [code.slice(0, 3), code]) {
    if (!lookupCode("economic", part)) throw new Error(`economic code ${part} is not in the classification list`);
  }
}

export type Fund = "general" | "govFund" | "stateCapital" | "operating" | "business" | "other";
const FISCAL: ReadonlySet<Fund> = new Set(["general", "govFund", "stateCapital"]);

export interface LeafPlan {
  /** Index into the fund's list of items. */
  item: number;
  fund: Fund;
  kind: "basic" | "project";
  /** Index into the economic codes (basic spending only). */
  economic: number;
  /** True amount in 分. */
  fen: number;
  /** Whether the 编制说明 states last year's 执行数 and a percentage for this item's line. */
  prior?: number;
}

export interface ShanghaiPlan {
  year: number;
  kind: "部门预算" | "单位预算";
  /** 表1–表8 in whole 元 (0) or 元 to the 分 (2). */
  decimals: 0 | 2;
  leaves: LeafPlan[];
  /** Per table (01–09): print zero cells blank rather than as 0. */
  blankZeros: boolean[];
  /** Thousands separators in the CSV amounts, and in the text's 万元 figures. */
  csvCommas: boolean;
  proseCommas: boolean;
  /** A class line printed with no amount at all (as 社会福利院 2024 prints 一般公共服务支出). */
  emptyClassLine: boolean;
  /** Sub-lines numbered "1. " or "1、". */
  subLineStyle: ". " | "、";
  /** “三公” in 元 (true): travel abroad, vehicle purchase; reception and vehicle operation beyond 表8's. */
  threePublic: { abroad: number; purchase: number; operationExtra: number; receptionExtra: number };
  /** 机关运行经费 in 分; 0 means the text says 无机关运行经费. */
  adminCosts: number;
  /** Stated changes against last year, in hundredths of 万元 (signed). */
  changes: {
    general: number;
    govFund: number;
    stateCapital: number;
    abroad: number;
    purchase: number;
    operation: number;
    reception: number;
  };
  /** 政府采购 in hundredths of 万元. */
  procurement: { goods: number; works: number; services: number };
}

const fenArb = fc.integer({ min: 1_000_000, max: 3_000_000_000 });
const changeArb = fc.oneof(fc.constant(0), fc.integer({ min: -500_000, max: 500_000 }));

const leafArb: fc.Arbitrary<LeafPlan> = fc.record(
  {
    item: fc.nat(),
    fund: fc.constantFrom<Fund>(
      "general",
      "general",
      "general",
      "general",
      "govFund",
      "stateCapital",
      "operating",
      "business",
      "other",
    ),
    kind: fc.constantFrom<"basic" | "project">("basic", "basic", "project"),
    economic: fc.nat(),
    fen: fenArb,
    prior: fc.integer({ min: 1, max: 5_000_000 }),
  },
  { requiredKeys: ["item", "fund", "kind", "economic", "fen"] },
);

export const shanghaiPlanArb: fc.Arbitrary<ShanghaiPlan> = fc.record({
  year: fc.integer({ min: 2020, max: 2030 }),
  kind: fc.constantFrom<"部门预算" | "单位预算">("部门预算", "单位预算"),
  decimals: fc.constantFrom<0 | 2>(0, 0, 2),
  leaves: fc.array(leafArb, { minLength: 1, maxLength: 24 }),
  blankZeros: fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }),
  csvCommas: fc.boolean(),
  proseCommas: fc.boolean(),
  emptyClassLine: fc.boolean(),
  subLineStyle: fc.constantFrom<". " | "、">(". ", "、"),
  // A figure that is not zero is at least 1 万元: a printed 0 (or 0.00 万元) is an exact zero, as
  // the tolerance of a sum assumes (each non-zero printed part adds half a unit).
  threePublic: fc.record({
    abroad: fc.oneof(fc.constant(0), fc.integer({ min: 10_000, max: 5_000_000 })),
    purchase: fc.oneof(fc.constant(0), fc.integer({ min: 10_000, max: 50_000_000 })),
    operationExtra: fc.oneof(fc.constant(0), fc.integer({ min: 10_000, max: 5_000_000 })),
    receptionExtra: fc.oneof(fc.constant(0), fc.integer({ min: 10_000, max: 5_000_000 })),
  }),
  adminCosts: fc.oneof(fc.constant(0), fc.integer({ min: 1_000_000, max: 2_000_000_000 })),
  changes: fc.record({
    general: changeArb,
    govFund: changeArb,
    stateCapital: changeArb,
    abroad: changeArb,
    purchase: changeArb,
    operation: changeArb,
    reception: changeArb,
  }),
  procurement: fc.record({ goods: fc.nat(5_000_000), works: fc.nat(5_000_000), services: fc.nat(5_000_000) }),
});

// ── Printing ───────────────────────────────────────────────────────────────────────────

/** Round a non-negative count half up to a coarser unit (`factor` fine units each). */
const roundUp = (value: number, factor: number): number => Math.floor((value + factor / 2) / factor);

const group3 = (digits: string, commas: boolean): string =>
  commas ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",") : digits;

/** A count of 10^−decimals units as printed: "189,767,551", "371,514,655.00". */
const printUnits = (units: number, decimals: number, commas: boolean): string => {
  const sign = units < 0 ? "-" : "";
  const abs = Math.abs(units);
  if (decimals === 0) return `${sign}${group3(String(abs), commas)}`;
  const base = 10 ** decimals;
  return `${sign}${group3(String(Math.trunc(abs / base)), commas)}.${String(abs % base).padStart(decimals, "0")}`;
};

const csvCell = (text: string): string => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const csv = (rows: readonly (readonly string[])[]): string =>
  `${rows.map((r) => r.map(csvCell).join(",")).join("\n")}\n`;
const q = (text: string): string => JSON.stringify(text);

const ORDINALS = "一二三四五六七八九".split("");
const ordinal = (n: number): string => {
  if (n < 10) return ORDINALS[n - 1] as string;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : ORDINALS[tens - 1]}十${ones ? ORDINALS[ones - 1] : ""}`;
};

const name = (kind: "function" | "economic", code: string): string => lookupCode(kind, code)?.zh ?? code;

type Vec = Record<string, number>;
const add = (into: Vec, from: Vec): void => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};

// ── The document a plan describes ──────────────────────────────────────────────────────

/** One amount cell of a generated table, for mutation tests. */
export interface AmountCell {
  table: string;
  /** Index into the table's rows (0 = the first data row, CSV line 2). */
  row: number;
  /** Index into the header. */
  column: number;
  header: string;
  /**
   * An income line's cell in a column of the expenditure side (表1 单位预算 form, 表4): the
   * document prints nothing there and no rule reads it.
   */
  wrongSide: boolean;
}

export interface GeneratedTable {
  header: string[];
  rows: string[][];
  /** Decimals of its amounts (表9: 2, in 万元). */
  decimals: number;
}

export interface ShanghaiDocument {
  /** "2025/random-dept", the folder under the data root. */
  path: string;
  plan: ShanghaiPlan;
  yaml: Record<"department.yaml" | "explanation.yaml" | "glossary.yaml", string>;
  tables: Record<string, GeneratedTable>;
  /** Every amount cell of every table. */
  cells: AmountCell[];
}

/** The files of a document, optionally with one cell replaced by `text`. */
export const filesOf = (doc: ShanghaiDocument, change?: { cell: AmountCell; text: string }): Record<string, string> => {
  const files: Record<string, string> = { ...doc.yaml };
  for (const [id, t] of Object.entries(doc.tables)) {
    const rows = t.rows.map((r, i) =>
      change && change.cell.table === id && change.cell.row === i
        ? r.map((c, j) => (j === change.cell.column ? change.text : c))
        : r,
    );
    files[`${id}.csv`] = csv([t.header, ...rows]);
  }
  return files;
};

/** A cell's printed amount as an integer of its unit (a blank cell is 0). */
export const cellValue = (doc: ShanghaiDocument, cell: AmountCell): number => {
  const t = doc.tables[cell.table] as GeneratedTable;
  const text = t.rows[cell.row]?.[cell.column] ?? "";
  if (text === "") return 0;
  const parsed = parseAmount(text, { decimals: t.decimals });
  if (!parsed.ok) throw new Error(`unreadable generated cell ${text}`);
  return parsed.value;
};

/** An integer of a cell's unit, printed as the document prints that table. */
export const printCell = (doc: ShanghaiDocument, cell: AmountCell, units: number): string =>
  printUnits(units, (doc.tables[cell.table] as GeneratedTable).decimals, doc.plan.csvCommas);

interface Leaf {
  code: string;
  fund: Fund;
  kind: "basic" | "project";
  economic: string;
  fen: number;
  prior?: number;
}

export const buildShanghaiDocument = (plan: ShanghaiPlan): ShanghaiDocument => {
  const { year, decimals } = plan;
  const unitKind = plan.kind === "单位预算";
  const slug = unitKind ? "random-unit" : "random-dept";
  const path = `${year}/${slug}`;
  const department = unitKind ? "上海市普陀区随机事务中心" : "上海市普陀区随机街道办事处";
  const who = unitKind ? "本单位" : "本部门";

  // The true figures. Every department has some 一般公共预算 basic spending.
  const leaves: Leaf[] = [
    { item: 0, fund: "general" as Fund, kind: "basic" as const, economic: 0, fen: 12_345_678 },
    ...plan.leaves,
  ].map((l) => {
    const list =
      l.fund === "govFund" ? GOV_FUND_LEAVES : l.fund === "stateCapital" ? STATE_CAPITAL_LEAVES : GENERAL_LEAVES;
    const codes = [...PERSONNEL_CODES, ...PUBLIC_USE_CODES];
    // In a 单位预算 printed in whole 元, 表1 splits basic spending into 人员经费 and 公用经费 and
    // x.t01-t03.total compares their sum with 表3's 基本支出 with no rounding allowed (reported as
    // an engine issue): basic spending is then whole 元, so that no residue can arise there.
    const fen = unitKind && decimals === 0 && l.kind === "basic" ? Math.round(l.fen / 100) * 100 : l.fen;
    return {
      code: list[l.item % list.length] as string,
      fund: l.fund,
      kind: l.kind,
      economic: codes[l.economic % codes.length] as string,
      fen,
      ...("prior" in l && l.prior !== undefined ? { prior: l.prior } : {}),
    };
  });
  const personnel = (l: Leaf) => l.kind === "basic" && !l.economic.startsWith("302");
  const publicUse = (l: Leaf) => l.kind === "basic" && l.economic.startsWith("302");

  /** A printed 元 figure from 分: whole 元, or 分 as they are. */
  const yuan = (fen: number): number => (decimals === 0 ? roundUp(fen, 100) : fen);
  /** A printed 元 figure (integer of the table's unit) in hundredths of 万元, rounded as the text does. */
  const wan = (printed: number): number => roundUp(printed, decimals === 0 ? 100 : 10_000);
  const fmt = (units: number, d = decimals) => printUnits(units, d, plan.csvCommas);

  // ── Classified tables: every code with money, parents before children, 合计 last.
  const classified = (
    chosen: readonly Leaf[],
    columns: readonly string[],
    vec: (l: Leaf) => Vec,
    blank: boolean,
  ): { rows: string[][]; byCode: Map<string, Vec>; total: Vec } => {
    const byCode = new Map<string, Vec>();
    const total: Vec = {};
    for (const l of chosen) {
      const v = vec(l);
      add(total, v);
      for (const len of [3, 5, 7]) {
        const code = l.code.slice(0, len);
        const acc = byCode.get(code) ?? {};
        add(acc, v);
        byCode.set(code, acc);
      }
    }
    const cell = (fen: number | undefined) => (yuan(fen ?? 0) === 0 && blank ? "" : fmt(yuan(fen ?? 0)));
    const rows = [...byCode.keys()]
      .sort()
      .map((code) => [
        code.slice(0, 3),
        code.slice(3, 5),
        code.slice(5, 7),
        name("function", code),
        ...columns.map((c) => cell(byCode.get(code)?.[c])),
      ]);
    // An empty table prints its 合计 row with nothing in it.
    const totalRow = chosen.length === 0 ? columns.map(() => "") : columns.map((c) => cell(total[c]));
    rows.push(["", "", "", "合计", ...totalRow]);
    return { rows, byCode, total };
  };
  const FUNCTION_HEAD = ["类", "款", "项", "功能分类科目名称"];
  const split = ["total", "basic", "project"];
  const splitVec = (l: Leaf): Vec => ({ total: l.fen, [l.kind]: l.fen });
  const blankOf = (n: number) => plan.blankZeros[n - 1] === true;

  const incomeColumn: Record<Fund, string> = {
    general: "fiscal",
    govFund: "fiscal",
    stateCapital: "fiscal",
    operating: "operating",
    business: "business",
    other: "other",
  };
  const t02 = classified(
    leaves,
    ["total", "fiscal", "operating", "business", "other"],
    (l) => ({ total: l.fen, [incomeColumn[l.fund]]: l.fen }),
    blankOf(2),
  );
  const t03 = classified(leaves, split, splitVec, blankOf(3));
  const t05 = classified(
    leaves.filter((l) => l.fund === "general"),
    split,
    splitVec,
    blankOf(5),
  );
  const t06 = classified(
    leaves.filter((l) => l.fund === "govFund"),
    split,
    splitVec,
    blankOf(6),
  );
  const t07 = classified(
    leaves.filter((l) => l.fund === "stateCapital"),
    split,
    splitVec,
    blankOf(7),
  );

  // ── 表8: 一般公共预算 basic spending by economic code.
  const basicGeneral = leaves.filter((l) => l.fund === "general" && l.kind === "basic");
  const byEconomic = new Map<string, Vec>();
  const t8Total: Vec = {};
  for (const l of basicGeneral) {
    const v: Vec = { total: l.fen, [personnel(l) ? "personnel" : "publicUse"]: l.fen };
    add(t8Total, v);
    for (const code of [l.economic.slice(0, 3), l.economic]) {
      const acc = byEconomic.get(code) ?? {};
      add(acc, v);
      byEconomic.set(code, acc);
    }
  }
  const c8 = (fen: number | undefined) => (yuan(fen ?? 0) === 0 && blankOf(8) ? "" : fmt(yuan(fen ?? 0)));
  const t08Rows = [...byEconomic.keys()].sort().map((code) => {
    const v = byEconomic.get(code) ?? {};
    return [
      code.slice(0, 3),
      code.slice(3, 5),
      name("economic", code),
      c8(v["total"]),
      c8(v["personnel"]),
      c8(v["publicUse"]),
    ];
  });
  t08Rows.push(["", "", "合计", c8(t8Total["total"]), c8(t8Total["personnel"]), c8(t8Total["publicUse"])]);
  const t08Printed = (code: string): number => yuan(byEconomic.get(code)?.["total"] ?? 0);

  // ── 表1 and 表4: the two-sided tables.
  const sum = (pred: (l: Leaf) => boolean) => leaves.filter(pred).reduce((s, l) => s + l.fen, 0);
  const fundTotal = (f: Fund) => sum((l) => l.fund === f);
  const fiscalTotal = sum((l) => FISCAL.has(l.fund));
  const grandTotal = sum(() => true);
  const classes = [...new Set(leaves.map((l) => l.code.slice(0, 3)))].sort();
  const fiscalClasses = [...new Set(leaves.filter((l) => FISCAL.has(l.fund)).map((l) => l.code.slice(0, 3)))].sort();
  // A class with no money printed as an empty line (only one the document has no row for).
  const emptyClass = plan.emptyClassLine
    ? ["201", "204", "205", "206", "221"].find((c) => !classes.includes(c))
    : undefined;
  const twoSidedCell = (fen: number, n: number) => (yuan(fen) === 0 && blankOf(n) ? "" : fmt(yuan(fen)));
  const sub = (n: number, text: string) => `${n}${plan.subLineStyle}${text}`;

  const t01Head = unitKind
    ? ["收支", "项目", "预算数", "人员经费", "公用经费", "项目支出"]
    : ["收支", "项目", "预算数"];
  const pad = (cells: string[]) => [...cells, ...Array.from({ length: t01Head.length - cells.length }, () => "")];
  const t01Rows: string[][] = [
    pad(["收入", "一、财政拨款收入", twoSidedCell(fiscalTotal, 1)]),
    pad(["收入", sub(1, "一般公共预算资金"), twoSidedCell(fundTotal("general"), 1)]),
    pad(["收入", sub(2, "政府性基金"), twoSidedCell(fundTotal("govFund"), 1)]),
    pad(["收入", sub(3, "国有资本经营预算"), twoSidedCell(fundTotal("stateCapital"), 1)]),
    pad(["收入", "二、事业收入", twoSidedCell(fundTotal("operating"), 1)]),
    pad(["收入", "三、事业单位经营收入", twoSidedCell(fundTotal("business"), 1)]),
    pad(["收入", "四、其他收入", twoSidedCell(fundTotal("other"), 1)]),
    pad(["收入", "收入总计", twoSidedCell(grandTotal, 1)]),
  ];
  const t01IncomeRows = t01Rows.length;
  const lineClasses = [...classes, ...(emptyClass ? [emptyClass] : [])].sort();
  lineClasses.forEach((cls, i) => {
    const mine = (pred: (l: Leaf) => boolean) => sum((l) => l.code.startsWith(cls) && pred(l));
    const label = `${ordinal(i + 1)}、${name("function", cls)}`;
    if (cls === emptyClass) t01Rows.push(pad(["支出", label]));
    else {
      t01Rows.push([
        "支出",
        label,
        twoSidedCell(
          mine(() => true),
          1,
        ),
        ...(unitKind
          ? [
              twoSidedCell(mine(personnel), 1),
              twoSidedCell(mine(publicUse), 1),
              twoSidedCell(
                mine((l) => l.kind === "project"),
                1,
              ),
            ]
          : []),
      ]);
    }
  });
  t01Rows.push([
    "支出",
    "支出总计",
    twoSidedCell(grandTotal, 1),
    ...(unitKind
      ? [
          twoSidedCell(sum(personnel), 1),
          twoSidedCell(sum(publicUse), 1),
          twoSidedCell(
            sum((l) => l.kind === "project"),
            1,
          ),
        ]
      : []),
  ]);

  const t04Head = ["收支", "项目", "预算数", "一般公共预算", "政府性基金预算", "国有资本经营预算"];
  const c4 = (fen: number) => twoSidedCell(fen, 4);
  const t04Rows: string[][] = [
    ["收入", "一、一般公共预算资金", c4(fundTotal("general")), "", "", ""],
    ["收入", "二、政府性基金", c4(fundTotal("govFund")), "", "", ""],
    ["收入", "三、国有资本经营预算", c4(fundTotal("stateCapital")), "", "", ""],
    ["收入", "收入总计", c4(fiscalTotal), "", "", ""],
  ];
  const t04IncomeRows = t04Rows.length;
  fiscalClasses.forEach((cls, i) => {
    const of = (f: Fund) => sum((l) => l.code.startsWith(cls) && l.fund === f);
    t04Rows.push([
      "支出",
      `${ordinal(i + 1)}、${name("function", cls)}`,
      c4(of("general") + of("govFund") + of("stateCapital")),
      c4(of("general")),
      c4(of("govFund")),
      c4(of("stateCapital")),
    ]);
  });
  t04Rows.push([
    "支出",
    "支出总计",
    c4(fiscalTotal),
    c4(fundTotal("general")),
    c4(fundTotal("govFund")),
    c4(fundTotal("stateCapital")),
  ]);

  // ── 表9 in 万元: “三公” (reception and vehicle operation at least 表8's) and 机关运行经费.
  const fenPerYuan = decimals === 0 ? 100 : 1;
  const tp = plan.threePublic;
  const receptionFen = t08Printed("30217") * fenPerYuan + tp.receptionExtra * 100;
  const operationFen = t08Printed("30231") * fenPerYuan + tp.operationExtra * 100;
  const abroadFen = tp.abroad * 100;
  const purchaseFen = tp.purchase * 100;
  const w9 = (fen: number) => roundUp(fen, 10_000);
  const t9 = {
    threePublic: w9(abroadFen + receptionFen + purchaseFen + operationFen),
    abroad: w9(abroadFen),
    reception: w9(receptionFen),
    vehicles: w9(purchaseFen + operationFen),
    vehiclePurchase: w9(purchaseFen),
    vehicleOperation: w9(operationFen),
    adminCosts: w9(plan.adminCosts),
  };
  // A row of nothing but blanks is no row at all to the CSV reader: a table with no figure at all
  // prints its zeros.
  const anyFigure = Object.values(t9).some((v) => v !== 0);
  const c9 = (v: number) => (v === 0 && blankOf(9) && anyFigure ? "" : printUnits(v, 2, false));
  const t09: GeneratedTable = {
    header: ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费小计", "购置费", "运行费", "机关运行经费"],
    rows: [
      [
        t9.threePublic,
        t9.abroad,
        t9.reception,
        t9.vehicles,
        t9.vehiclePurchase,
        t9.vehicleOperation,
        t9.adminCosts,
      ].map(c9),
    ],
    decimals: 2,
  };

  const tables: Record<string, GeneratedTable> = {
    table01: { header: t01Head, rows: t01Rows, decimals },
    table02: {
      header: [...FUNCTION_HEAD, "合计", "财政拨款收入", "事业收入", "事业单位经营收入", "其他收入"],
      rows: t02.rows,
      decimals,
    },
    table03: { header: [...FUNCTION_HEAD, "合计", "基本支出", "项目支出"], rows: t03.rows, decimals },
    table04: { header: t04Head, rows: t04Rows, decimals },
    table05: { header: [...FUNCTION_HEAD, "合计", "基本支出", "项目支出"], rows: t05.rows, decimals },
    table06: { header: [...FUNCTION_HEAD, "合计", "基本支出", "项目支出"], rows: t06.rows, decimals },
    table07: { header: [...FUNCTION_HEAD, "合计", "基本支出", "项目支出"], rows: t07.rows, decimals },
    table08: { header: ["类", "款", "经济分类科目名称", "合计", "人员经费", "公用经费"], rows: t08Rows, decimals },
    table09: t09,
  };

  const cells: AmountCell[] = Object.entries(tables).flatMap(([id, t]) => {
    const amountColumns = t.header
      .map((h, i) => [h, i] as const)
      .filter(([h]) => !["收支", "项目", "类", "款", "项", "功能分类科目名称", "经济分类科目名称"].includes(h));
    return t.rows.flatMap((_, row) =>
      amountColumns.map(([header, column]) => ({
        table: id,
        row,
        column,
        header,
        wrongSide:
          (id === "table01" && row < t01IncomeRows && column >= 3) ||
          (id === "table04" && row < t04IncomeRows && column >= 3),
      })),
    );
  });

  // ── The text: figures in 万元 from the printed tables.
  const printedOf = (id: string, rowName: string, column: number): number => {
    const r = tables[id]?.rows.find((cells) => cells[1] === rowName);
    const text = r?.[column] ?? "";
    return text === "" ? 0 : (parseAmount(text, { decimals }) as { value: number }).value;
  };
  const prose = (hundredths: number): string => printUnits(hundredths, 2, plan.proseCommas);
  const signed = (hundredths: number): string => (hundredths === 0 ? "0" : prose(hundredths));
  const basis = `${year - 1}年预算`;
  const clause = (c: number): string =>
    c === 0 ? `比${basis}持平` : `比${basis}${c > 0 ? "增加" : "减少"}${prose(Math.abs(c))}万元`;

  const income = wan(printedOf("table01", "收入总计", 2));
  const fiscalIncome = wan(printedOf("table01", "一、财政拨款收入", 2));
  const operating = wan(printedOf("table01", "二、事业收入", 2));
  const business = wan(printedOf("table01", "三、事业单位经营收入", 2));
  const other = wan(printedOf("table01", "四、其他收入", 2));
  const expenditure = wan(printedOf("table01", "支出总计", 2));
  const fiscalExpenditure = wan(printedOf("table04", "支出总计", 2));
  const generalBudget = wan(printedOf("table04", "支出总计", 3));
  const govFund = wan(printedOf("table04", "支出总计", 4));
  const stateCapital = wan(printedOf("table04", "支出总计", 5));
  const ch = plan.changes;
  const fiscalChange = ch.general + ch.govFund + ch.stateCapital;

  // The items: every 项 with appropriated money, its total over 表5–表7, in code order.
  const itemCodes = [...new Set(leaves.filter((l) => FISCAL.has(l.fund)).map((l) => l.code))].sort();
  const items = itemCodes.map((code) => {
    const printed = [t05, t06, t07].reduce((s, t) => s + yuan(t.byCode.get(code)?.["total"] ?? 0), 0);
    const amount = wan(printed);
    const prior = leaves.find((l) => l.code === code && l.prior !== undefined)?.prior;
    return { code, amount, ...(prior !== undefined ? { prior, percent: percentUnits(amount - prior, prior, 2) } : {}) };
  });
  const itemLine = (item: (typeof items)[number], n: number): string => {
    const [c3, c5, c7] = [item.code.slice(0, 3), item.code.slice(0, 5), item.code].map((c) => name("function", c));
    const head = `${n}. “${c3}（类）${c5}（款）${c7}（项）”科目${prose(item.amount)}万元，主要用于${c7}。`;
    if (item.prior === undefined || item.percent === undefined) return head;
    const pct =
      item.percent === 0 ? "持平" : `${item.percent > 0 ? "增加" : "减少"}${unitsText(Math.abs(item.percent), 2)}`;
    return `${head}${year - 1}年当年预算执行数为${prose(item.prior)}万元，${year}年预算安排${prose(item.amount)}万元，比${year - 1}年预算执行数${pct}。主要原因是：工作调整。`;
  };

  const threeChange = ch.abroad + ch.purchase + ch.operation + ch.reception;
  const vehiclesChange = ch.purchase + ch.operation;
  const noAdmin = t9.adminCosts === 0;
  const pr = plan.procurement;
  const procurementTotal = pr.goods + pr.works + pr.services;

  const compilation = [
    `${year}年，${department}收入预算${prose(income)}万元，其中：财政拨款收入${prose(fiscalIncome)}万元，${clause(fiscalChange)}；事业收入${prose(operating)}万元；事业单位经营收入${prose(business)}万元；其他收入${prose(other)}万元。`,
    `支出预算${prose(expenditure)}万元，其中：财政拨款支出预算${prose(fiscalExpenditure)}万元，${clause(fiscalChange)}。财政拨款支出预算中，一般公共预算拨款支出预算${prose(generalBudget)}万元，${clause(ch.general)}；政府性基金拨款支出预算${prose(govFund)}万元，${clause(ch.govFund)}；国有资本经营预算拨款支出预算${prose(stateCapital)}万元，${clause(ch.stateCapital)}。`,
    "财政拨款收入支出变化的主要原因是工作调整。",
    "财政拨款支出主要内容如下：",
    ...items.map((item, i) => itemLine(item, i + 1)),
  ];
  const threePublicText = [
    `${year}年“三公”经费预算数为${prose(t9.threePublic)}万元，${clause(threeChange)}。其中：`,
    `（一）因公出国（境）费${prose(t9.abroad)}万元，${clause(ch.abroad)}。主要原因是工作需要。`,
    `（二）公务用车购置及运行费${prose(t9.vehicles)}万元，${clause(vehiclesChange)}，主要原因是工作需要。其中：公务用车购置费${prose(t9.vehiclePurchase)}万元，${clause(ch.purchase)}，主要原因是工作需要；公务用车运行费${prose(t9.vehicleOperation)}万元，${clause(ch.operation)}，主要原因是工作需要。`,
    `（三）公务接待费${prose(t9.reception)}万元，${clause(ch.reception)}，主要原因是工作需要。`,
  ];
  const adminText = noAdmin
    ? `${year}年${department}无机关运行经费。`
    : `${year}年${department}机关运行经费预算为${prose(t9.adminCosts)}万元。`;
  const procurementText = `${year}年${who}政府采购预算${prose(procurementTotal)}万元，其中：政府采购货物预算${prose(pr.goods)}万元、政府采购工程预算${prose(pr.works)}万元、政府采购服务预算${prose(pr.services)}万元。`;

  const figure = (amount: number, change?: number) =>
    change === undefined
      ? `{ amount: ${q(prose(amount))} }`
      : `{ amount: ${q(prose(amount))}, change: ${q(signed(change))} }`;
  const explanation = [
    "parts:",
    "  - key: compilation",
    `    heading: ${q(`${year}年${unitKind ? "单位" : "部门"}预算编制说明`)}`,
    "    sections:",
    "      - paragraphs:",
    ...compilation.map((p) => `          - ${q(p)}`),
    "  - key: other",
    `    heading: ${q("其他相关情况说明")}`,
    "    sections:",
    `      - heading: ${q(`一、${year}年“三公”经费预算情况说明`)}`,
    "        paragraphs:",
    ...threePublicText.map((p) => `          - ${q(p)}`),
    `      - heading: ${q("二、机关运行经费预算")}`,
    "        paragraphs:",
    `          - ${q(adminText)}`,
    `      - heading: ${q("三、政府采购预算情况")}`,
    "        paragraphs:",
    `          - ${q(procurementText)}`,
    "facts:",
    `  compared_with: ${q(basis)}`,
    `  income: ${figure(income)}`,
    `  fiscal_income: ${figure(fiscalIncome, fiscalChange)}`,
    `  operating_income: ${figure(operating)}`,
    `  business_income: ${figure(business)}`,
    `  other_income: ${figure(other)}`,
    `  expenditure: ${figure(expenditure)}`,
    `  fiscal_expenditure: ${figure(fiscalExpenditure, fiscalChange)}`,
    `  general_budget: ${figure(generalBudget, ch.general)}`,
    `  gov_fund: ${figure(govFund, ch.govFund)}`,
    `  state_capital: ${figure(stateCapital, ch.stateCapital)}`,
    "  items:",
    ...items.map(
      (item) =>
        `    - { code: ${q(item.code)}, amount: ${q(prose(item.amount))}${
          item.prior !== undefined && item.percent !== undefined
            ? `, prior: ${q(prose(item.prior))}, percent: ${q(unitsText(item.percent, 2).replace("%", ""))}`
            : ""
        } }`,
    ),
    `  three_public: ${figure(t9.threePublic, threeChange)}`,
    `  abroad: ${figure(t9.abroad, ch.abroad)}`,
    `  vehicles: ${figure(t9.vehicles, vehiclesChange)}`,
    `  vehicle_purchase: ${figure(t9.vehiclePurchase, ch.purchase)}`,
    `  vehicle_operation: ${figure(t9.vehicleOperation, ch.operation)}`,
    `  reception: ${figure(t9.reception, ch.reception)}`,
    `  admin_costs: ${noAdmin ? "无" : figure(t9.adminCosts)}`,
    `  procurement: { total: ${q(prose(procurementTotal))}, goods: ${q(prose(pr.goods))}, works: ${q(prose(pr.works))}, services: ${q(prose(pr.services))} }`,
  ];

  // ── department.yaml: titles with the year, 部门 or 单位 as the kind says, empty tables noted.
  const word = unitKind ? "预算单位" : "部门";
  const titles: Record<string, string> = {
    table01: `${year}年${word}财务收支预算总表`,
    table02: `${year}年${word}收入预算总表`,
    table03: `${year}年${word}支出预算总表`,
    table04: `${year}年${word}财政拨款收支预算总表`,
    table05: `${year}年${word}一般公共预算支出功能分类预算表`,
    table06: `${year}年${word}政府性基金预算支出功能分类预算表`,
    table07: `${year}年${word}国有资本经营预算支出功能分类预算表`,
    table08: `${year}年${word}一般公共预算基本支出部门预算经济分类预算表`,
    table09: `${year}年${unitKind ? "单位" : "部门"}“三公”经费和机关运行经费预算表`,
  };
  const emptyNote: Record<string, string> = {
    table05: "一般公共预算",
    table06: "政府性基金预算",
    table07: "国有资本经营预算",
    table08: "一般公共预算基本支出",
    table09: "“三公”经费和机关运行经费",
  };
  const isEmpty = (t: GeneratedTable) => t.rows.every((r) => r.every((c) => c === "" || !/[1-9]/.test(c)));
  const tableLines = Object.entries(titles).map(([id, title]) => {
    const t = tables[id] as GeneratedTable;
    const note = isEmpty(t)
      ? `注:${who}${year}年无${emptyNote[id] ?? ""}财政拨款安排的预算，故本表为空表。`
      : undefined;
    return `  ${id}: { title: ${q(title)}${note ? `, note: ${q(note)}` : ""} }`;
  });
  const departmentYaml = [
    "profile: shanghai-budget",
    `kind: ${plan.kind}`,
    `department: ${q(department)}`,
    `year: ${year}`,
    `title: ${q(`上海市普陀区${year}年区级${plan.kind}`)}`,
    `cover: ${q(`${unitKind ? "预算单位：" : "预算主管部门："}${department}`)}`,
    `amounts: { unit: 元, decimals: ${decimals} }`,
    "contents:",
    `  - ${q(`一、${unitKind ? "单位" : "部门"}主要职能`)}`,
    `  - ${q("三、名词解释")}`,
    "tables:",
    ...tableLines,
    "overview:",
    "  - key: duties",
    `    heading: ${q(`${department}主要职能`)}`,
    "    paragraphs:",
    `      - ${q(`${department}履行随机生成的职能。`)}`,
    "  - key: institutions",
    `    heading: ${q(`${department}机构设置`)}`,
    "    paragraphs:",
    `      - ${q(`${department}设若干内设机构。`)}`,
  ];
  const glossary = [
    `heading: ${q("名词解释")}`,
    "terms:",
    `  - term: ${q("财政拨款收入")}`,
    `    definition: ${q("是区级预算主管部门及所属预算单位本年度从本级财政部门取得的财政拨款。")}`,
  ];

  return {
    path,
    plan,
    yaml: {
      "department.yaml": `${departmentYaml.join("\n")}\n`,
      "explanation.yaml": `${explanation.join("\n")}\n`,
      "glossary.yaml": `${glossary.join("\n")}\n`,
    },
    tables,
    cells,
  };
};

export const shanghaiDocumentArb: fc.Arbitrary<ShanghaiDocument> = shanghaiPlanArb.map(buildShanghaiDocument);
