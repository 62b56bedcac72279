import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { scaffoldNewYear, scaffoldReport, validate, type NewYearScaffold } from "../../src/budget";

const REPO_ROOT = resolve(__dirname, "../..");
const SEED = join(REPO_ROOT, "data/2025/huadu-zwfw");
const WANLI_2024 = join(REPO_ROOT, "data/2024/putuo-wanli");
const JCY_2018 = join(REPO_ROOT, "data/2018/js-jcy");

const temp = mkdtempSync(join(tmpdir(), "new-year-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const yamlOf = (folder: string, file: string): Record<string, unknown> =>
  parse(readFileSync(join(folder, file), "utf8")) as Record<string, unknown>;

const csvFiles = (folder: string): string[] => readdirSync(folder).filter((f) => f.endsWith(".csv"));

const made = async (from: string, year: string, out: string): Promise<NewYearScaffold> => {
  const result = await scaffoldNewYear(from, year, { out });
  if ("problem" in result) throw new Error(result.problem.message.zh);
  return result;
};

/** amount − change: how both profiles read last year's figure from a stated fact. */
const priorOf = (fact: { amount: string | number; change: string | number }): number =>
  Math.round((Number(String(fact.amount).replace(/,/g, "")) - Number(String(fact.change).replace(/,/g, ""))) * 100);

describe("npm run new-year: the seed (guangzhou-budget) from 2025 to 2026", async () => {
  const out = join(temp, "gz/2026/huadu-zwfw");
  const done = await made(SEED, "2026", out);

  it("empties every table to its header row, byte for byte as the folder writes it", () => {
    expect(csvFiles(out).sort()).toEqual(csvFiles(SEED).sort());
    for (const file of csvFiles(SEED)) {
      const header = readFileSync(join(SEED, file), "utf8").split("\n")[0];
      expect(readFileSync(join(out, file), "utf8"), file).toBe(`${header}\n`);
    }
  });

  it("carries the overview and the glossary over unchanged", () => {
    const [from, to] = [yamlOf(SEED, "department.yaml"), yamlOf(out, "department.yaml")];
    expect(to["overview"]).toEqual(from["overview"]);
    expect(to["table_notes"]).toEqual(from["table_notes"]);
    expect(yamlOf(out, "glossary.yaml")).toEqual(yamlOf(SEED, "glossary.yaml"));
  });

  it("updates the year and the year in the titles, Chinese and English", () => {
    const meta = yamlOf(out, "department.yaml");
    expect(meta["year"]).toBe(2026);
    expect(meta["title"]).toBe("2026年广州市花都区政务服务和数据管理局部门预算");
    const english = yamlOf(out, "english.yaml");
    expect(english["title"]).toBe(
      "2026 Departmental Budget of the Government Services and Data Management Bureau of Huadu District, Guangzhou",
    );
    expect(english["overview"]).toEqual(yamlOf(SEED, "english.yaml")["overview"]);
    // Last year's English of the texts the scaffold resets would pair with the new Chinese by position.
    expect(english["explanation"]).toBeUndefined();
    expect(english["performance_goals"]).toBeUndefined();
    expect(readFileSync(join(out, "department.yaml"), "utf8")).not.toContain("2025");
  });

  it("records this year's figures as next year's prior-year figures", () => {
    const facts = yamlOf(out, "explanation.yaml")["facts"] as Record<string, { amount: string; change: string }>;
    const seedFacts = yamlOf(SEED, "explanation.yaml")["facts"] as Record<string, { amount: string }>;
    // 2025's income 7,267.81 万元 is 2026's 上年.
    expect(priorOf(facts["income"]!)).toBe(726781);
    for (const key of ["income", "expenditure", "three_public", "abroad", "vehicles", "vehicle_purchase"]) {
      expect(priorOf(facts[key]!), key).toBe(priorOf({ amount: seedFacts[key]!.amount, change: 0 }));
    }
    expect(done.prior.map((p) => [p.key, p.printed])).toContainEqual(["admin_costs", "871.5"]);
    expect(done.prior.find((p) => p.key === "income")?.label.zh).toBe("收入预算");
  });

  it("leaves no sentence of last year's text to be published as this year's", () => {
    const text = yamlOf(out, "explanation.yaml") as { sections: { heading: string; paragraphs: string[] }[] };
    const seedText = yamlOf(SEED, "explanation.yaml") as typeof text;
    expect(text.sections.map((s) => s.heading)).toEqual(seedText.sections.map((s) => s.heading));
    for (const section of text.sections)
      expect(section.paragraphs).toEqual(["（待填写）请按2026年公开文本填写本节正文。"]);
  });

  it("validates the scaffold and reads the findings as tables still to fill", () => {
    expect(done.validation.departmentYears).toHaveLength(1);
    const report = scaffoldReport(done);
    expect(done.tables.map((t) => t.file)).toEqual([
      ...Array.from({ length: 12 }, (_, i) => `table${String(i + 1).padStart(2, "0")}.csv`),
      "key-projects.csv",
    ]);
    expect(done.tables[0]?.what.zh).toBe("表1 收支总体情况表");
    expect(done.validation.findings.filter((f) => f.rule === "table.no-rows")).toHaveLength(12);
    expect(report.waiting).toBeGreaterThan(50);
    expect(report.other).toEqual([]);
  });
});

describe("npm run new-year: 万里街道 (shanghai-budget) from 2024 to 2025", async () => {
  // With last year's folder in the same data root, the cross-year rule checks the prior-year facts.
  const root = join(temp, "sh");
  mkdirSync(join(root, "2024"), { recursive: true });
  cpSync(WANLI_2024, join(root, "2024/putuo-wanli"), { recursive: true });
  const done = await made(join(root, "2024/putuo-wanli"), "2025", join(root, "2025/putuo-wanli"));
  const out = done.target;

  it("keeps the headers, empties the rows, carries overview and glossary, updates year and titles", () => {
    for (const file of csvFiles(WANLI_2024)) {
      const [header, ...rows] = readFileSync(join(out, file), "utf8").split("\n");
      expect(header).toBe(readFileSync(join(WANLI_2024, file), "utf8").split("\n")[0]);
      expect(rows).toEqual([""]);
    }
    const [from, to] = [yamlOf(WANLI_2024, "department.yaml"), yamlOf(out, "department.yaml")];
    expect(to["overview"]).toEqual(from["overview"]);
    expect(to["contents"]).toEqual(from["contents"]);
    expect(yamlOf(out, "glossary.yaml")).toEqual(yamlOf(WANLI_2024, "glossary.yaml"));
    expect(to["year"]).toBe(2025);
    expect(to["title"]).toBe("上海市普陀区2025年区级部门预算");
    const tables = to["tables"] as Record<string, { title: string }>;
    expect(tables["table01"]?.title).toBe("2025年部门财务收支预算总表");
    // Last year's errata are errors of last year's document.
    expect(existsSync(join(out, "errata.yaml"))).toBe(false);
  });

  it("states the changes against last year's budget, from last year's stated figures", () => {
    const facts = yamlOf(out, "explanation.yaml")["facts"] as Record<string, unknown>;
    expect(facts["compared_with"]).toBe("2024年预算");
    expect(priorOf(facts["fiscal_income"] as { amount: string; change: string })).toBe(1562111);
    expect(priorOf(facts["three_public"] as { amount: string; change: string })).toBe(4791);
    // Figures the text states without a change on last year, and the per-项 lines (whose prior is an
    // outturn), have no prior-year budget figure to carry.
    expect(facts["income"]).toBeUndefined();
    expect(facts["items"]).toBeUndefined();
    // 2025's real document states 财政拨款收入 18976.76万元, 3355.65 more than the 2024 budget: the same 上年.
    const real = yamlOf(join(REPO_ROOT, "data/2025/putuo-wanli"), "explanation.yaml")["facts"] as Record<
      string,
      { amount: string; change: string }
    >;
    expect(priorOf(real["fiscal_income"]!)).toBe(priorOf(facts["fiscal_income"] as { amount: string; change: string }));
  });

  it("passes the cross-year check against last year's tables, and reports the text still to write", async () => {
    const result = await validate(root);
    const rule = result.reconciliations
      .find((r) => r.path === "2025/putuo-wanli")
      ?.rules.find((r) => r.id === "year.prior-figure");
    expect(rule).toMatchObject({ checks: 11, passed: 11, errors: 0 });
    const report = scaffoldReport(done);
    expect(done.tables).toHaveLength(9);
    expect(report.unwritten).toContain("facts.fiscal_income");
    expect(report.other).toEqual([]);
    const text = yamlOf(out, "explanation.yaml") as {
      parts: { heading: string; sections: { paragraphs: string[] }[] }[];
    };
    expect(text.parts[0]?.heading).toBe("2025年部门预算编制说明");
    expect(text.parts.flatMap((p) => p.sections.flatMap((s) => s.paragraphs))).toEqual([]);
  });
});

describe("npm run new-year: 江苏省人民检察院 (jiangsu-budget) from 2018 to 2019", async () => {
  const root = join(temp, "js");
  const done = await made(JCY_2018, "2019", join(root, "2019/js-jcy"));
  const out = done.target;
  const [from, to] = [yamlOf(JCY_2018, "department.yaml"), yamlOf(out, "department.yaml")];

  it("keeps the headers, empties the rows, carries overview and glossary over", () => {
    for (const file of csvFiles(JCY_2018)) {
      const [header, ...rows] = readFileSync(join(out, file), "utf8").split("\n");
      expect(header).toBe(readFileSync(join(JCY_2018, file), "utf8").split("\n")[0]);
      expect(rows).toEqual([""]);
    }
    expect((to["overview"] as { sections: unknown[] }).sections.length).toBe(
      (from["overview"] as { sections: unknown[] }).sections.length,
    );
    expect(yamlOf(out, "glossary.yaml")).toEqual(yamlOf(JCY_2018, "glossary.yaml"));
    expect(existsSync(join(out, "errata.yaml"))).toBe(false);
  });

  it("names the new year on the cover, in the 目录, the table titles and the 概况 headings, and drops the cover's date", () => {
    expect(to["title"]).toBe("江苏省人民检察院2019年部门预算");
    expect((to["contents"] as { part: string }[])[1]?.part).toBe("第二部分 2019 年度部门预算表");
    const sections = (to["overview"] as { sections: { heading: string }[] }).sections;
    expect(sections.map((section) => section.heading)).toContain("三、2019 年主要工作任务");
    expect(JSON.stringify([to["title"], to["contents"], to["tables"]])).not.toMatch(/2018\s*年/);
    expect(to["date"]).toBeUndefined();
    // This year's published PDF stays with this year: the scaffold names none and copies none.
    expect(from["source"]).toEqual({ document: "original.pdf" });
    expect(to["source"]).toBeUndefined();
    expect(existsSync(join(out, "original.pdf"))).toBe(false);
  });

  it("records this year's stated figures as next year's 上年 figures, and leaves no sentence of this year's text", () => {
    const text = yamlOf(out, "explanation.yaml") as {
      heading: string;
      sections: { paragraphs: string[] }[];
      facts: Record<string, { amount: string; change: string }>;
    };
    expect(text.heading).toBe("第三部分 2019 年度部门预算情况说明");
    expect(text.facts["total"]).toEqual({ amount: "21,955.35", change: "0" });
    expect(priorOf(text.facts["admin_costs"]!)).toBe(272257);
    expect(text.facts["classes"]).toBeUndefined();
    expect(new Set(text.sections.flatMap((section) => section.paragraphs))).toEqual(
      new Set(["（待填写）请按2019年公开文本填写本节正文。"]),
    );
    expect(done.prior.map((fact) => fact.label.en)).toContain("administrative operating costs");
  });

  it("validates, the findings reading as tables and text still to fill", async () => {
    const report = scaffoldReport(done);
    expect(done.tables).toHaveLength(12);
    expect(report.unwritten).toContain("facts.total.amount");
    expect(report.other).toEqual([]);
  });
});

describe("npm run new-year refuses what a finance clerk would not want", () => {
  const problem = async (from: string, year: string, out?: string, force = false): Promise<string> => {
    const result = await scaffoldNewYear(from, year, { force, ...(out ? { out } : {}) });
    return "problem" in result ? `${result.problem.message.zh} / ${result.problem.message.en}` : "（生成了）";
  };

  it("never overwrites an existing folder without --force, and replaces it whole with it", async () => {
    const out = join(temp, "force/2026/huadu-zwfw");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "table01.csv"), "已填写的内容\n");
    expect(await problem(SEED, "2026", out)).toMatch(/已存在.*--force/);
    expect(readFileSync(join(out, "table01.csv"), "utf8")).toBe("已填写的内容\n");
    expect(await problem(SEED, "2026", out, true)).toBe("（生成了）");
    expect(readFileSync(join(out, "table01.csv"), "utf8")).toMatch(/^收支,项目/);
    expect(readdirSync(join(temp, "force/2026"))).toEqual(["huadu-zwfw"]);
  });

  it("writes beside the data root by default: the same slug under the new year", async () => {
    const root = join(temp, "default");
    cpSync(SEED, join(root, "2025/huadu-zwfw"), { recursive: true });
    const result = await scaffoldNewYear(join(root, "2025/huadu-zwfw"), "2026");
    expect("problem" in result ? result.problem.message.zh : result.target).toBe(join(root, "2026/huadu-zwfw"));
  });

  it("makes only the next year: the figures are that year's prior-year figures and no other's", async () => {
    const out = join(temp, "years/2027/huadu-zwfw");
    expect(await problem(SEED, "2027", out, true)).toMatch(/只能生成2026年，不能生成2027年/);
    expect(await problem(SEED, "2024", out, true)).toMatch(/只能生成2026年/);
    expect(await problem(SEED, "26", out)).toMatch(/四位数字/);
    expect(existsSync(out)).toBe(false);
  });

  it("names a missing folder, a folder that is not a department-year, and a target outside its year folder", async () => {
    expect(await problem(join(temp, "nowhere"), "2026")).toMatch(/^找不到文件夹：.* \/ No such folder/);
    expect(await problem(join(REPO_ROOT, "data/2025"), "2026")).toMatch(/不是部门年度文件夹.*department\.yaml/);
    expect(await problem(SEED, "2026", join(temp, "flat/huadu-zwfw"))).toMatch(/应放在年度文件夹“2026”之下/);
    expect(await problem(SEED, "2026", join(temp, "2026/Huadu"))).toMatch(/小写英文字母/);
  });

  it("refuses a folder that does not load, naming the errors", async () => {
    const broken = join(temp, "broken/2025/huadu-zwfw");
    cpSync(SEED, broken, { recursive: true });
    writeFileSync(join(broken, "table02.csv"), "科目编码,科目名称\n201,一般公共服务支出\n");
    expect(await problem(broken, "2026")).toMatch(/未通过校验（\d+ 个错误）.*npm run validate/);
    expect(existsSync(join(temp, "broken/2026"))).toBe(false);
  });
});
