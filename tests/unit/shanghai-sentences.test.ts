/**
 * English generated from the figures a Shanghai document states, for English pages without a
 * translation: exact amounts in yuan, the comparison basis as stated, "no administrative costs"
 * where the text says 无.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import { isShanghai, type ShanghaiDepartmentYear } from "../../src/budget/profiles";
import { textPart } from "../../src/site/document-texts";
import { generatedSentences, yuan } from "../../src/site/shanghai-sentences";

const shanghai = async (only: string): Promise<ShanghaiDepartmentYear> => {
  const [dy] = (await loadData("data", only)).departmentYears;
  if (!dy || !isShanghai(dy)) throw new Error(`${only} did not load as a Shanghai department-year`);
  return dy;
};

let fuliyuan: ShanghaiDepartmentYear;
let wanli2024: ShanghaiDepartmentYear;
let swj: ShanghaiDepartmentYear;
let wanli2025: ShanghaiDepartmentYear;
beforeAll(async () => {
  [fuliyuan, wanli2024, swj, wanli2025] = await Promise.all([
    shanghai("2024/putuo-fuliyuan"),
    shanghai("2024/putuo-wanli"),
    shanghai("2025/putuo-swj"),
    shanghai("2025/putuo-wanli"),
  ]);
});

describe("yuan", () => {
  it("moves the decimal point of a 万元 figure four places, exactly", () => {
    expect(yuan(1897676)).toBe("189,767,600 yuan");
    expect(yuan(42)).toBe("4,200 yuan");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (h) => {
        expect(yuan(h).replaceAll(",", "")).toBe(`${h === 0 ? "0" : `${h}00`} yuan`);
      }),
    );
  });
});

describe("generated sentences", () => {
  it("state the 编制说明's totals with the stated change and basis", () => {
    const [income, expenditure, heading] = generatedSentences(fuliyuan, "compilation", 0, undefined);
    expect(income).toBe(
      "The revenue budget is 12,121,200 yuan; fiscal appropriations 9,501,200 yuan, up 4,600 yuan on the 2023 budget; public institution revenue 2,620,000 yuan; business revenue 0 yuan; other revenue 0 yuan.",
    );
    expect(expenditure).toContain("from the government fund budget 0 yuan, unchanged on the 2023 budget");
    expect(heading).toBe("Main items of spending from fiscal appropriations:");
    // An outturn basis where the document compares with one (商务委's income).
    expect(generatedSentences(swj, "compilation", 0, undefined)[0]).toContain("on the 2024 outturn");
  });

  it("say there are no administrative costs where the text says 无", () => {
    expect(generatedSentences(fuliyuan, "other", 1, "二、机关运行经费预算")).toEqual([
      "There are no administrative operating costs.",
    ]);
    expect(generatedSentences(wanli2024, "other", 1, "二、机关运行经费预算")).toEqual([
      "Administrative operating costs 4,431,800 yuan.",
    ]);
  });

  it("appear on English pages only, and only where the section has no translation", () => {
    const en = textPart(fuliyuan, "compilation", "en");
    expect(en?.sections[0]?.generated?.length).toBe(3 + 6);
    expect(textPart(fuliyuan, "compilation", "zh-CN")?.sections[0]?.generated).toBeUndefined();
    // 万里街道 2025 has its English edition: the translation is shown, nothing is generated.
    expect(textPart(wanli2025, "compilation", "en")?.sections.every((s) => s.generated === undefined)).toBe(true);
  });
});
