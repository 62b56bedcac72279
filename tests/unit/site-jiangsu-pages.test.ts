/**
 * The site's view of a Jiangsu department-year, read from what the profile describes as data: its
 * parts in printed order (部门概况, the tables, 情况说明, 名词解释), the key figures and the stated
 * change, the charts, and the list tables (表1, 表12) with their printed text columns in order.
 */
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import { isJiangsu } from "../../src/budget/profiles";
import type { BudgetTable } from "../../src/budget/model";
import { homeCharts, tableCharts } from "../../src/charts/models";
import { useTranslations, type Locale } from "../../src/i18n";
import { documentContents, partLabel, readingOrder, tableTitle } from "../../src/site/contents";
import { textPart } from "../../src/site/document-texts";
import { findTerm, termAnchors } from "../../src/site/glossary";
import { keyFigures } from "../../src/site/key-figures";
import { rowLongText, rowName } from "../../src/site/localize";
import { plainSummary } from "../../src/site/summary";
import { tableView, type TableView } from "../../src/site/table-view";
import { REPO_ROOT } from "../helpers/seed-copy";

let jcy: DepartmentYear;
let fy: DepartmentYear;
beforeAll(async () => {
  const all = (await loadData(join(REPO_ROOT, "data"))).departmentYears;
  const find = (path: string): DepartmentYear => {
    const dy = all.find((d) => d.path === path);
    if (!dy || !isJiangsu(dy)) throw new Error(`${path} did not load as a Jiangsu department-year`);
    return dy;
  };
  jcy = find("2018/js-jcy");
  fy = find("2018/js-fy");
});

const T = (dy: DepartmentYear, id: string): BudgetTable => {
  const table = (dy.tables as Record<string, BudgetTable | undefined>)[id];
  if (!table) throw new Error(`${dy.path}: ${id} did not load`);
  return table;
};

const view = (dy: DepartmentYear, id: string, locale: Locale = "zh-CN"): TableView => {
  const table = T(dy, id);
  return tableView(table, {
    locale,
    idPrefix: "t",
    rowName: (row) => rowName(dy, table.spec, row, locale),
    longText: (row, key) => rowLongText(dy, row, key, locale),
    termHref: (label) => {
      const term = findTerm(label, termAnchors(dy.glossary.terms));
      return term ? `#${term.anchor}` : undefined;
    },
  });
};

describe("Jiangsu parts in printed order", () => {
  it("reads 部门概况, the tables, 情况说明 and 名词解释, labelled by the 目录 and by the profile in English", () => {
    const zh = documentContents(jcy, "zh-CN", useTranslations("zh-CN"));
    expect(zh.map((p) => [p.kind, p.part, p.label.text])).toEqual([
      ["text", "overview", "第一部分 部门概况"],
      ["tables", "table-01", "第二部分 2018 年度部门预算表"],
      ["text", "explanation", "第三部分 2018 年度部门预算情况说明"],
      ["glossary", "glossary", "第四部分 名词解释"],
    ]);
    expect(zh[1]?.entries).toHaveLength(12);
    expect(zh[0]?.entries.map((e) => e.label.text)).toEqual([
      "一、主要职责",
      "二、部门机构设置及预算单位构成情况",
      "三、2018 年主要工作任务",
    ]);
    const en = documentContents(jcy, "en", useTranslations("en"));
    expect(en.map((p) => p.label.text)).toEqual([
      "1. Department overview",
      "2. Budget tables",
      "3. Budget explanation",
      "4. Glossary",
    ]);
    // Section headings without an English edition: the Chinese, marked as such.
    expect(en[0]?.entries[0]?.label).toMatchObject({ text: "一、主要职责", lang: "zh-CN", fallback: true });
    expect(partLabel(jcy, "explanation", "en", useTranslations("en")).text).toBe("Budget explanation");
  });

  it("orders the pages as printed and shows the texts as printed, untranslated on English pages", () => {
    const order = readingOrder(jcy, useTranslations("zh-CN"));
    expect(order[0]).toBe("overview");
    expect(order.slice(1, 13)).toEqual(Array.from({ length: 12 }, (_, i) => `table-${String(i + 1).padStart(2, "0")}`));
    expect(order.slice(13)).toEqual(["explanation", "glossary"]);
    const explanation = textPart(jcy, "explanation", "en");
    expect(explanation?.heading).toMatchObject({ lang: "zh-CN", fallback: true });
    expect(explanation?.sections.length).toBeGreaterThan(10);
    expect(explanation?.sections.every((s) => s.paragraphs.every((p) => p.fallback))).toBe(true);
  });

  it("titles tables as printed in Chinese and by the profile in English", () => {
    const spec = T(jcy, "table01").spec;
    expect(tableTitle(jcy, spec, "zh-CN").text).toBe("公开 01 表：收支预算总表");
    expect(tableTitle(jcy, spec, "en")).toMatchObject({ text: `${spec.title.en}, 2018`, lang: "en" });
  });
});

describe("Jiangsu key figures, summary and charts", () => {
  it("takes each figure from the cell the profile names", () => {
    const figures = Object.fromEntries(keyFigures(jcy).map((f) => [f.id, f]));
    expect(Object.keys(figures)).toEqual(["income", "expenditure", "basic", "project", "threePublic", "adminCosts"]);
    expect(figures["income"]).toMatchObject({ table: "table01", value: 2195535 });
    expect(figures["expenditure"]).toMatchObject({
      table: "table01",
      value: 2195535,
      change: { change: 395867, basis: { year: 2017, kind: "budget" } },
    });
    expect(figures["basic"]).toMatchObject({ table: "table03", value: 1399431, whole: 2195535 });
    expect(figures["project"]).toMatchObject({ table: "table03", value: 557300 });
    expect(figures["threePublic"]).toMatchObject({ table: "table09", value: 48430 });
    expect(figures["adminCosts"]).toMatchObject({ table: "table11", value: 272257 });
    expect(keyFigures(fy).map((f) => f.id)).toHaveLength(6);
  });

  it("states the total's change against last year's budget", () => {
    expect(plainSummary(jcy, "zh-CN").slice(0, 2)).toEqual([
      "2018年，计划支出21,955.35万元（约2.20亿元）。",
      "比2017年预算增加3,958.67万元。",
    ]);
  });

  it("names the largest class of 表5, and says the table is appropriations only where its 合计 is not the total", () => {
    expect(plainSummary(jcy, "zh-CN").at(-1)).toBe(
      "按财政拨款支出预算表，支出最多的是公共安全支出，16,444.36万元，占74.9%。",
    );
    expect(plainSummary(jcy, "en").at(-1)).toBe(
      "By the Fiscal appropriations expenditure budget, the largest share goes to Public security: 164,443,600 yuan (74.9%).",
    );
    // 高级人民法院's 表5 is the whole of its spending (all of it appropriated).
    expect(plainSummary(fy, "zh-CN").at(-1)).toBe("支出最多的是公共安全支出，26,200.88万元，占79.0%。");
  });

  it("draws the classes of 表5, the purposes of 表3 and the three public expenses of 表9", () => {
    const home = homeCharts(jcy, "zh-CN");
    expect(home.map((c) => c.labels.length)).toEqual([3, 3, 3]);
    expect(tableCharts(jcy, "table05", "zh-CN")).toHaveLength(1);
    expect(tableCharts(jcy, "table09", "en")).toHaveLength(1);
  });
});

describe("Jiangsu list tables: every printed column in order", () => {
  it("表1: three lists side by side, the function list's name as the row header", () => {
    const v = view(jcy, "table01");
    expect(v.head.map((r) => r.map((c) => c.text))).toEqual([
      ["收入", "支出（功能分类）", "支出（支出用途）"],
      ["收入项目", "金额", "功能科目名称", "金额", "支出用途项目", "金额"],
    ]);
    expect(v.colgroups).toEqual([2, 2, 2]);
    const first = v.bodies[0]?.rows[0]?.cells ?? [];
    expect(first.map((c) => c.kind)).toEqual(["text", "amount", "rowHeader", "amount", "text", "amount"]);
    const [income, , header] = first;
    expect(income).toMatchObject({ kind: "text", text: { text: "一、财政拨款" } });
    expect(header).toMatchObject({ kind: "rowHeader", name: { text: "一、一般公共服务支出" } });
    if (income?.kind === "text" && header?.kind === "rowHeader") expect(income.headers).toContain(header.id);
  });

  it("表12: name, then 专项名称, 经济科目, 采购物品名称, 采购组织形式 as text cells, then the amount", () => {
    const v = view(jcy, "table12");
    expect(v.head.at(-1)?.map((c) => c.text)).toEqual([
      "采购品目大类",
      "专项名称",
      "经济科目",
      "采购物品名称",
      "采购组织形式",
      "总计",
    ]);
    const row = v.bodies.flatMap((b) => b.rows).find((r) => r.cells.some((c) => c.kind === "text" && c.text.text));
    expect(row?.cells.map((c) => c.kind)).toEqual(["rowHeader", "text", "text", "text", "text", "amount"]);
    expect(row?.longTexts).toEqual([]);
  });
});
