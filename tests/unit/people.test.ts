/**
 * department.yaml's optional people (every profile): the residents and staff a department-year's
 * spending serves, each with its date and source. The summary states spending per head from them
 * (the synthetic fixture carries made-up counts; no real document prints one); a count that is no
 * whole number of people, or has no source, is refused with the field named.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadData, validate, type Finding } from "../../src/budget";
import { plainSummary } from "../../src/site/summary";
import { removeSeedCopies, REPO_ROOT, SEED_DIR, seedCopyWith } from "../helpers/seed-copy";

afterAll(removeSeedCopies);

describe("spending per head", () => {
  it("is stated after the total where the data gives the counts (synthetic fixture), in both languages", async () => {
    const [dy] = (await loadData(join(REPO_ROOT, "tests/fixtures/synthetic"))).departmentYears;
    if (!dy) throw new Error("the synthetic fixture did not load");
    const zh = plainSummary(dy, "zh-CN");
    // 35,710.38万元 ÷ 286,000 residents = 1,248.61 元; ÷ 48 staff = 743.97万元.
    expect(zh).toContain(
      "按2023年末常住人口286,000人计，人均约1,249元（人口数来源：示例市示范区2023年国民经济和社会发展统计公报（虚构））。",
    );
    expect(zh).toContain(
      "按2024年1月工作人员48人计，人均约743.97万元（人数来源：示例市示范区卫生健康局部门概况（虚构））。",
    );
    expect(plainSummary(dy, "en")).toContain(
      "That is about 1,249 yuan per resident (population 286,000, 2023年末; source: 示例市示范区2023年国民经济和社会发展统计公报（虚构）).",
    );
  });

  it("is not stated where the data gives no count (the seed)", async () => {
    const [dy] = (await loadData(join(REPO_ROOT, "data"), "2025/huadu-zwfw")).departmentYears;
    expect(plainSummary(dy!, "zh-CN").some((s) => s.includes("人均"))).toBe(false);
  });
});

describe("people in department.yaml", () => {
  const department = readFile(join(SEED_DIR, "department.yaml"), "utf8");
  const errorsOf = async (people: string): Promise<Finding[]> =>
    (
      await validate(await seedCopyWith({ "department.yaml": `${await department}people:\n${people}` }))
    ).findings.filter((f) => f.severity === "error" && f.file.endsWith("department.yaml"));

  it("refuses a count that is not a whole number of people above 0", async () => {
    for (const count of ["0", "52000.5", '"五万"']) {
      const errors = await errorsOf(
        `  residents:\n    count: ${count}\n    asOf: "2024年末"\n    source: "统计公报"\n`,
      );
      expect(
        errors.map((f) => f.column),
        count,
      ).toContain("people.residents.count");
    }
    const [error] = await errorsOf(`  residents:\n    count: 0\n    asOf: "2024年末"\n    source: "统计公报"\n`);
    expect(error?.message.zh).toContain("应为大于 0 的整数（人数），如 52000");
  });

  it("refuses a count without its source", async () => {
    const errors = await errorsOf(`  staff:\n    count: 45\n    asOf: "2025年1月"\n`);
    expect(errors.map((f) => f.column)).toContain("people.staff.source");
  });
});
