/**
 * The table view model BudgetTable.astro renders, on real shapes: two-sided 表1 (totals aligned),
 * hierarchical 表2 (two header levels, parents), unit-grouped 表11/表12 (one body per unit, 绩效目标
 * as its own row), empty 表9, the Shanghai shapes (元, blank cells, codes printed as 类/款/项, a
 * two-sided table with columns on one side only, a one-row “三公” table in 万元, a misprinted code),
 * and the CSV download read back by the loader.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { readCsv } from "../../src/budget/csv-file";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import {
  isGuangzhou,
  isShanghai,
  type GuangzhouDepartmentYear,
  type ShanghaiDepartmentYear,
} from "../../src/budget/profiles";
import { KEY_PROJECTS, TABLES, tableById } from "../../src/budget/profiles/guangzhou-budget/tables";
import { loadTable } from "../../src/budget/table-loader";
import type { BudgetTable } from "../../src/budget/model";
import type { Locale } from "../../src/i18n";
import {
  csvRecords,
  dataPackage,
  publishedSpecs,
  tableCsv,
  tableCsvEnglish,
  tableJson,
  tableOf,
} from "../../src/site/downloads";
import { findTerm, termAnchors } from "../../src/site/glossary";
import { rowLongText, rowName } from "../../src/site/localize";
import { pairSides, tableView, type TableView } from "../../src/site/table-view";
import { composeTitle } from "../../src/site/titles";
import { REPO_ROOT } from "../helpers/seed-copy";

const load = async (dir: string, only?: string): Promise<DepartmentYear> => {
  const result = await loadData(join(REPO_ROOT, dir), only);
  const [first] = result.departmentYears;
  if (!first) throw new Error(`${dir} did not load: ${JSON.stringify(result.findings, null, 2)}`);
  return first;
};

const guangzhou = async (dir: string, only?: string): Promise<GuangzhouDepartmentYear> => {
  const dy = await load(dir, only);
  if (!isGuangzhou(dy)) throw new Error(`${dir} is not a Guangzhou department-year`);
  return dy;
};

const shanghai = async (only: string): Promise<ShanghaiDepartmentYear> => {
  const dy = await load("data", only);
  if (!isShanghai(dy)) throw new Error(`${only} is not a Shanghai department-year`);
  return dy;
};

/** A table that must have loaded. */
const T = (dy: DepartmentYear, id: string): BudgetTable => {
  const table = (dy.tables as Record<string, BudgetTable | undefined>)[id];
  if (!table) throw new Error(`${dy.path}: ${id} did not load`);
  return table;
};

let seed: GuangzhouDepartmentYear;
let synthetic: GuangzhouDepartmentYear;
let wanli: ShanghaiDepartmentYear;
let fuliyuan: ShanghaiDepartmentYear;
let swjUnit: ShanghaiDepartmentYear;
beforeAll(async () => {
  seed = await guangzhou("data", "2025/huadu-zwfw");
  synthetic = await guangzhou("tests/fixtures/synthetic");
  wanli = await shanghai("2025/putuo-wanli");
  fuliyuan = await shanghai("2024/putuo-fuliyuan");
  swjUnit = await shanghai("2025/putuo-swj-unit");
});

const view = (dy: DepartmentYear, table: BudgetTable, locale: Locale = "zh-CN"): TableView =>
  tableView(table, {
    locale,
    idPrefix: "t",
    rowName: (row) => rowName(dy, table.spec, row, locale),
    longText: (row, key) => rowLongText(dy, row, key, locale),
    termHref: (label) => {
      const term = findTerm(label, termAnchors(dy.glossary.terms));
      return term ? `#${term.anchor}` : undefined;
    },
  });

const texts = (v: TableView) => v.head.map((row) => row.map((c) => c.text));

describe("表1 and 表4: two lists side by side", () => {
  it.each(["seed", "synthetic"] as const)("aligns the year totals and the grand totals (%s)", (which) => {
    const dy = which === "seed" ? seed : synthetic;
    for (const id of ["table01", "table04"] as const) {
      const pairs = pairSides(T(dy, id).rows);
      const year = pairs.find(([l]) => l?.role === "yearTotal");
      expect(year?.[1]?.role, id).toBe("yearTotal");
      const grand = pairs.find(([l]) => l?.role === "grandTotal");
      expect(grand?.[1]?.role, id).toBe("grandTotal");
      // Nothing is lost or duplicated.
      const lines = pairs.flatMap((p) => p.filter((r) => r !== undefined).map((r) => r.line));
      expect(lines.sort((a, b) => a - b)).toEqual(
        T(dy, id)
          .rows.map((r) => r.line)
          .sort((a, b) => a - b),
      );
    }
  });

  it("has 收入 and 支出 over 项目/预算, and one row header per list entry", () => {
    const v = view(seed, T(seed, "table01"));
    expect(texts(v)).toEqual([
      ["收入", "支出"],
      ["项目", "预算", "项目", "预算"],
    ]);
    expect(v.colgroups).toEqual([2, 2]);
    const cells = v.bodies.flatMap((b) => b.rows.flatMap((r) => r.cells));
    expect(cells.filter((c) => c.kind === "rowHeader")).toHaveLength(T(seed, "table01").rows.length);
    // Each figure names its list, its column and its row.
    const amount = cells.find((c) => c.kind === "amount" && c.line === 2);
    expect(amount).toMatchObject({
      decimal: "7267.81",
      text: "7,267.81",
      headers: "t-g-income t-h-income-amount t-r-2",
    });
  });
});

describe("表2: classified rows under two header levels", () => {
  it("groups columns as printed", () => {
    const v = view(seed, T(seed, "table02"));
    expect(v.head).toHaveLength(2);
    expect(v.head[0]?.map((c) => [c.text, c.colspan, c.rowspan, c.scope])).toEqual([
      ["功能分类科目", 1, 2, "col"],
      ["合计", 1, 2, "col"],
      ["财政拨款收入", 3, 1, "colgroup"],
      ["财政专户拨款收入", 2, 1, "colgroup"],
      ["其他资金收入", 3, 1, "colgroup"],
      ["上级补助收入", 1, 2, "col"],
      ["附属单位上缴收入", 1, 2, "col"],
      ["用事业基金弥补收支差额", 1, 2, "col"],
    ]);
    expect(v.colgroups).toEqual([1, 1, 3, 2, 3, 1, 1, 1]);
    expect(v.columnCount).toBe(13);
    expect(v.wide).toBe(true);
  });

  it("links headings that are glossary terms", () => {
    const v = view(seed, T(seed, "table02"));
    const linked = v.head
      .flat()
      .filter((c) => c.href)
      .map((c) => [c.text, c.href]);
    expect(linked).toEqual([
      ["财政拨款收入", "#term-fiscal-appropriation-income"],
      ["用事业基金弥补收支差额", "#term-institution-fund"],
      ["事业收入", "#term-public-institution-revenue"],
      ["经营收入", "#term-business-revenue"],
      ["其他收入", "#term-other-revenue"],
    ]);
  });

  it("marks the total, parents and depth", () => {
    const rows = view(seed, T(seed, "table02")).bodies.flatMap((b) => b.rows);
    expect(rows.slice(0, 4).map((r) => [r.kind, r.depth, r.code])).toEqual([
      ["total", 0, undefined],
      ["parent", 1, "201"],
      ["parent", 2, "20103"],
      ["item", 3, "2010301"],
    ]);
  });

  it("names rows in English from the classification", () => {
    const rows = view(seed, T(seed, "table02"), "en").bodies.flatMap((b) => b.rows);
    const name = (i: number) => rows[i]?.cells[0];
    expect(name(0)).toMatchObject({ name: { text: "Total", fallback: false } });
    expect(name(1)).toMatchObject({ name: { text: "General public services", fallback: false } });
  });
});

describe("表11 and 表12: grouped by spending unit", () => {
  it("has one body per unit after the 合计", () => {
    const v = view(synthetic, T(synthetic, "table11"));
    const units = T(synthetic, "table11")
      .rows.filter((r) => r.role === "unit")
      .map((r) => r.name);
    expect(units.length).toBeGreaterThan(1);
    expect(v.bodies.map((b) => b.unit)).toEqual([undefined, ...units]);
    expect(v.bodies[0]?.rows.map((r) => r.kind)).toEqual(["total"]);
    for (const body of v.bodies.slice(1)) expect(body.rows[0]?.kind).toBe("unit");
  });

  it("puts each 绩效目标 in its own row under its project, not in a column", () => {
    const v = view(synthetic, T(synthetic, "table12"));
    expect(v.head.flat().some((c) => c.text === "绩效目标")).toBe(false);
    const projects = v.bodies.flatMap((b) => b.rows).filter((r) => r.longTexts.length > 0);
    const withGoal = T(synthetic, "table12").rows.filter((r) => (r.texts["performanceGoal"] ?? "") !== "");
    expect(projects).toHaveLength(withGoal.length);
    expect(projects[0]?.longTexts[0]).toMatchObject({ key: "performanceGoal", label: "绩效目标" });
  });
});

describe("表9: an empty table", () => {
  it("keeps its zero 合计 row and is marked empty", () => {
    const v = view(seed, T(seed, "table09"));
    expect(v.empty).toBe(true);
    const cells = v.bodies.flatMap((b) => b.rows.flatMap((r) => r.cells));
    expect(cells.filter((c) => c.kind === "amount").map((c) => c.kind === "amount" && c.text)).toEqual([
      "0.00",
      "0.00",
      "0.00",
    ]);
    expect(view(synthetic, T(synthetic, "table09")).empty).toBe(false);
  });
});

describe("downloads", () => {
  const specs = [...TABLES, KEY_PROJECTS];
  const sites = {
    seed: () => seed,
    synthetic: () => synthetic,
    wanli: () => wanli,
    fuliyuan: () => fuliyuan,
    swjUnit: () => swjUnit,
  };

  it.each(Object.keys(sites) as (keyof typeof sites)[])("CSV reads back to the same table (%s)", (which) => {
    const dy = sites[which]();
    const specsOf = publishedSpecs(dy);
    expect(specsOf.length).toBe(dy.profile.tables.length);
    for (const spec of specsOf) {
      const table = tableOf(dy, spec);
      const csv = tableCsv(table);
      expect(csv.startsWith("\uFEFF"), spec.id).toBe(true);
      // A misprint the errata correct comes back as printed: the loader then needs the same correction.
      const corrections = new Map(
        table.rows.flatMap((r) =>
          Object.entries(r.misprints ?? {}).map(([key, printed]) => {
            const column = spec.columns.find((c) => c.key === key);
            const correct =
              key === "class"
                ? (r.code ?? "").slice(0, 3)
                : key === "category"
                  ? (r.code ?? "").slice(3, 5)
                  : (r.code ?? "").slice(5, 7);
            return [`${r.line}|${column?.header ?? key}`, { printed, correct }] as const;
          }),
        ),
      );
      const again = loadTable(spec, readCsv(new TextEncoder().encode(csv), "x.csv"), "x.csv", table.unit, corrections);
      const errors = again.findings.filter(
        (f) => f.severity === "error" && f.rule !== "code.malformed" && f.rule !== "code.name-mismatch",
      );
      expect(errors, spec.id).toEqual([]);
      const project = (t: BudgetTable | undefined) =>
        t?.rows.map((r) => [r.role, r.name, r.code, r.side, r.item, r.unit, r.amounts, r.texts, r.blanks, r.misprints]);
      expect(project(again.table), spec.id).toEqual(project(table));
    }
    if (which === "seed" || which === "synthetic") expect(specsOf.map((s) => s.id)).toEqual(specs.map((s) => s.id));
  });

  it("writes the data CSV's header and exact decimals", () => {
    const records = csvRecords(T(seed, "table02"));
    expect(records[0]).toEqual(tableById("table02").columns.map((c) => c.header));
    expect(records[1]?.slice(0, 4)).toEqual(["", "合计", "7267.81", "7267.81"]);
  });

  it("gives JSON amounts as decimals and integer hundredths", () => {
    const json = tableJson(seed, T(seed, "table08"));
    expect(json.unit).toBe("万元");
    expect(json.rows[0]?.amounts["total"]).toEqual({ decimal: "871.50", hundredths: 87150 });
    expect(json.columns.find((c) => c.key === "total")?.label).toEqual({ zh: "合计", en: "Total" });
  });

  it("describes every CSV in the data package with zh/en titles and the unit", () => {
    const pkg = dataPackage(seed, "https://example.org/2025/huadu-zwfw/");
    expect(pkg.resources.map((r) => r.path)).toEqual([
      ...TABLES.map((t) => `table-${String(t.number).padStart(2, "0")}.csv`),
      "key-projects.csv",
    ]);
    const fields = pkg.resources[1]?.schema.fields ?? [];
    expect(fields.map((f) => f.name)).toEqual(tableById("table02").columns.map((c) => c.header));
    expect(fields.find((f) => f.name === "事业收入")).toMatchObject({
      type: "number",
      unit: "万元",
      titles: { "zh-CN": "其他资金收入：事业收入", en: "Other fund income: Public institution revenue" },
    });
  });
});

describe("Shanghai shapes", () => {
  it("prints 元 as whole numbers and the 三公 table in 万元, as the document does", () => {
    const v = view(wanli, T(wanli, "table02"));
    const total = v.bodies.flatMap((b) => b.rows).find((r) => r.kind === "total");
    expect(total?.cells.slice(1).map((c) => c.kind === "amount" && [c.text, c.decimal])).toEqual([
      ["189,767,551", "189767551"],
      ["189,767,551", "189767551"],
      ["0", "0"],
      ["0", "0"],
      ["0", "0"],
    ]);
    const record = view(wanli, T(wanli, "table09"));
    expect(record.bodies[0]?.rows[0]?.cells.map((c) => c.kind === "amount" && c.text)).toEqual([
      "37.91",
      "0.00",
      "1.35",
      "36.56",
      "15.00",
      "21.56",
      "464.64",
    ]);
    // One row of figures: no label column, two header levels from the printed groups.
    expect(record.head[0]?.map((c) => [c.text, c.colspan])).toEqual([
      ["“三公”经费预算数", 3],
      ["公务用车购置及运行费", 3],
      ["机关运行经费预算数", 1],
    ]);
  });

  it("keeps blank cells blank, and whole 元 with two decimals where the document prints them", () => {
    const v = view(swjUnit, T(swjUnit, "table01"));
    const cells = v.bodies.flatMap((b) => b.rows.flatMap((r) => r.cells)).filter((c) => c.kind === "amount");
    expect(cells.some((c) => c.kind === "amount" && c.text === "" && c.decimal === "")).toBe(true);
    expect(cells.find((c) => c.kind === "amount" && c.line === 2)).toMatchObject({
      text: "371,514,655.00",
      decimal: "371514655.00",
    });
  });

  it("puts the 单位预算 form's extra columns on the expenditure side only", () => {
    const v = view(fuliyuan, T(fuliyuan, "table01"));
    expect(texts(v)).toEqual([
      ["收入", "支出"],
      ["项目", "预算数", "项目", "合计", "人员经费", "公用经费", "项目支出"],
    ]);
    expect(v.colgroups).toEqual([2, 5]);
    // 收入总计 sits beside 支出总计 although neither side prints a 本年合计 line.
    const last = v.bodies[0]?.rows.at(-1);
    expect(last?.kind).toBe("grandTotal");
    const headers = last?.cells.filter((c) => c.kind === "rowHeader").map((c) => c.kind === "rowHeader" && c.name.text);
    expect(headers).toEqual(["收入总计", "支出总计"]);
  });

  it("shows codes in their printed 类/款/项 cells, a misprint as printed", () => {
    const rows = view(fuliyuan, T(fuliyuan, "table03")).bodies.flatMap((b) => b.rows);
    const header = (line: number) => rows.find((r) => r.line === line)?.cells[0];
    expect(header(2)).toMatchObject({ code: "208" });
    expect(header(4)).toMatchObject({ code: "208 05 02" });
    // 表3 prints "7" where 210 belongs; errata.yaml corrects it for the checks, the page shows the print.
    expect(header(12)).toMatchObject({ code: "7 11 02" });
    expect(T(fuliyuan, "table03").rows.find((r) => r.line === 12)).toMatchObject({
      code: "2101102",
      misprints: { class: "7" },
    });
  });

  it("gives 元 tables' JSON amounts as decimals and whole units of the printed unit", () => {
    const json = tableJson(wanli, T(wanli, "table02"));
    expect(json.unit).toBe("元");
    expect(json.smallestUnit).toBe("1 元");
    expect(json.rows.at(-1)?.amounts["total"]).toEqual({ decimal: "189767551", units: 189767551 });
    const blanks = tableJson(fuliyuan, T(fuliyuan, "table02"));
    // [20805] prints no 事业收入: blank in the document, blank in the download.
    expect(blanks.rows[1]?.amounts["operating"]).toEqual({ decimal: "0", units: 0, blank: true });
  });
});

describe("glossary links", () => {
  it("finds terms by their printed heading", () => {
    const anchors = termAnchors(seed.glossary.terms);
    expect(findTerm("其中：基本支出", anchors)?.anchor).toBe("term-basic-expenditure");
    expect(findTerm("行政经费", anchors)?.anchor).toBe("term-administrative-costs");
    expect(findTerm('"三公"经费', anchors)?.anchor).toBe("term-three-public-expenses");
    expect(findTerm("事业单位经营支出", anchors)?.anchor).toBe("term-business-expenditure");
    expect(findTerm("合计", anchors)).toBeUndefined();
    expect(findTerm("项目", anchors)).toBeUndefined();
  });
});

describe("page titles", () => {
  it("keeps the page's own name and adds context while it fits", () => {
    expect(composeTitle(["表1", "2025年 某局", "部门预算公开"])).toBe("表1 – 2025年 某局 – 部门预算公开");
    const long = composeTitle(["Table 1 Overview", "2025 " + "x".repeat(80), "Site"]);
    expect(long.length).toBeLessThanOrEqual(70);
    expect(long.startsWith("Table 1 Overview – 2025 x")).toBe(true);
  });
});

describe("mixed-script texts", () => {
  it("splits Chinese runs out of English text", async () => {
    const { scriptRuns } = await import("../../src/site/script-runs");
    expect(scriptRuns("the 合计 row, column “预算”")).toEqual([
      { text: "the ", chinese: false },
      { text: "合计", chinese: true },
      { text: " row, column “", chinese: false },
      { text: "预算", chinese: true },
      { text: "”", chinese: false },
    ]);
    expect(scriptRuns("Unit: 10,000 yuan (万元)")).toEqual([
      { text: "Unit: 10,000 yuan (", chinese: false },
      { text: "万元", chinese: true },
      { text: ")", chinese: false },
    ]);
    expect(scriptRuns("")).toEqual([]);
  });
});

describe("the CSV with English headings", () => {
  it("has the same rows and figures under English headings, with the rows' English names beside", () => {
    const spec = seed.profile.tables.find((s) => s.id === "table01")!;
    const table = tableOf(seed, spec);
    const [header, ...rows] = tableCsvEnglish(seed, table).replace("\uFEFF", "").trim().split("\r\n");
    expect(header).toBe("Side,Item,Name in English,Code,Budget");
    expect(rows[0]).toBe("Income,一、预算拨款,1. Budget appropriations,,7267.81");
    expect(rows).toHaveLength(table.rows.length);
    const chinese = csvRecords(table).slice(1);
    rows.forEach((row, index) => expect(row.split(",").at(-1)).toBe(chinese[index]!.at(-1)));
  });

  it("names each grouped column by its group, so no two headings are alike", () => {
    const spec = wanli.profile.tables.find((s) => s.id === "table05")!;
    const [header = ""] = tableCsvEnglish(wanli, tableOf(wanli, spec)).replace("\uFEFF", "").split("\r\n");
    const headings = header.split(",");
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings).toContain("General public budget expenditure: Basic expenditure");
  });
});
