import { beforeAll, describe, expect, it } from "vitest";
import { cents } from "../../src/budget/money";
import type { GuangzhouDepartmentYear as DepartmentYear } from "../../src/budget/profiles";
import { formatProseMoney } from "../../src/budget/format";
import {
  changeClause,
  generateExplanation,
  sectionKeyOf,
  yearChange,
} from "../../src/budget/profiles/guangzhou-budget/explanation-text";
import { loadSeed, type CompleteGuangzhou } from "../helpers/seed";

let seed: CompleteGuangzhou;
beforeAll(async () => {
  seed = await loadSeed();
});

describe("year-on-year changes", () => {
  it("computes the seed's stated changes and percentages", () => {
    expect(yearChange(cents(726781), cents(431714))).toEqual({
      current: 726781,
      prior: 431714,
      change: 295067,
      percentTenths: 683,
    });
    expect(yearChange(cents(275), cents(290)).percentTenths).toBe(-52);
    expect(yearChange(cents(225), cents(290)).percentTenths).toBe(-224);
    expect(yearChange(cents(87150), cents(83069)).percentTenths).toBe(49);
  });

  it("says 不可比 for a zero base and 0% for no change", () => {
    expect(changeClause(yearChange(cents(50), cents(0)), "zh")).toBe("比上年增加0.5万元，增长--（基数为0，不可比）");
    expect(changeClause(yearChange(cents(0), cents(0)), "zh")).toBe("比上年增加0万元，增长0%");
    expect(changeClause(yearChange(cents(225), cents(290)), "zh")).toBe("比上年减少0.65万元，下降22.4%");
    expect(changeClause(yearChange(cents(225), cents(290)), "en")).toBe("down 0.65 on the previous year (−22.4%)");
  });

  it("rounds half away from zero", () => {
    // 1/8 = 12.5% exactly; 1/16 = 6.25% → 6.3%
    expect(yearChange(cents(1125), cents(1000)).percentTenths).toBe(125);
    expect(yearChange(cents(10625), cents(10000)).percentTenths).toBe(63);
    expect(yearChange(cents(9375), cents(10000)).percentTenths).toBe(-63);
  });

  it("prints prose amounts the way the document does", () => {
    expect(formatProseMoney(cents(726781), "zh")).toBe("7,267.81");
    expect(formatProseMoney(cents(87150), "zh")).toBe("871.5");
    expect(formatProseMoney(cents(2000), "zh")).toBe("20");
    expect(formatProseMoney(cents(0), "zh")).toBe("0");
  });
});

describe("the 情况说明 generated from facts", () => {
  it("reproduces every published paragraph of the seed exactly", () => {
    const generated = generateExplanation(seed);
    const published = seed.explanation.sections.map((s) => ({
      key: sectionKeyOf(s.heading),
      paragraphs: s.paragraphs,
    }));
    expect(published.map((p) => p.key)).toEqual([
      "change",
      "threePublic",
      "adminCosts",
      "procurement",
      "assets",
      "keyProjects",
    ]);
    for (const { key, paragraphs } of published) {
      expect(generated.find((g) => g.key === key)?.zh, key).toEqual(paragraphs);
    }
  });

  it("follows a changed table figure (current figures come from the tables)", () => {
    const table08 = seed.tables.table08;
    const changed: DepartmentYear = {
      ...seed,
      tables: {
        ...seed.tables,
        table08: {
          ...table08,
          rows: table08.rows.map((r) =>
            r.item === "reception" ? { ...r, amounts: { ...r.amounts, total: cents(150) } } : r,
          ),
        },
      },
    };
    const text = generateExplanation(changed).find((g) => g.key === "threePublic")?.zh[0] ?? "";
    expect(text).toContain("公务接待费1.5万元，比上年增加1.5万元，增长--（基数为0，不可比）");
  });
});

describe("the English 情况说明", () => {
  it("exists for every section of the seed, with no Chinese left in it", () => {
    for (const section of generateExplanation(seed)) {
      expect(section.en, section.key).toBeDefined();
      for (const paragraph of section.en ?? []) expect(paragraph).not.toMatch(/[\u3400-\u9fff]/);
    }
  });

  it("states the same figures as the Chinese", () => {
    const change = generateExplanation(seed).find((g) => g.key === "change")?.en?.[0] ?? "";
    expect(change).toContain("7,267.81 (10,000 yuan), up 2,950.67 on the previous year (+68.3%)");
    const assets = generateExplanation(seed).find((g) => g.key === "assets")?.en?.[0] ?? "";
    expect(assets).toContain("As of February 28, 2025");
  });

  it("is left out, not half-translated, when a reason has no English", () => {
    const { english } = seed;
    const withoutReasons: DepartmentYear = {
      ...seed,
      english: { ...english, explanation: { ...english?.explanation, reasons: {} } },
    };
    expect(generateExplanation(withoutReasons).find((g) => g.key === "change")?.en).toBeUndefined();
  });
});

describe("the English edition's 情况说明 page text", () => {
  it("uses the generated English where the facts reproduce the published Chinese", async () => {
    const { explanationSections } = await import("../../src/site/localize");
    const generated = generateExplanation(seed);
    const sections = explanationSections(seed, "en");
    expect(sections).toHaveLength(6);
    sections.forEach((section, i) => {
      expect(section.paragraphs.map((p) => p.text)).toEqual(generated[i]?.en);
      expect(section.paragraphs.every((p) => p.lang === "en")).toBe(true);
    });
  });

  it("falls back to the english.yaml translation when the Chinese says something the facts do not", async () => {
    const { explanationSections } = await import("../../src/site/localize");
    const [first, ...rest] = seed.explanation.sections;
    if (!first) throw new Error("no section");
    const edited: DepartmentYear = {
      ...seed,
      explanation: {
        ...seed.explanation,
        sections: [{ ...first, paragraphs: [`${first.paragraphs[0] ?? ""}（补充说明）`] }, ...rest],
      },
    };
    const translated = seed.english?.explanation?.sections?.[0]?.paragraphs[0];
    expect(translated).toBeDefined();
    expect(explanationSections(edited, "en")[0]?.paragraphs[0]?.text).toBe(translated);
  });
});
