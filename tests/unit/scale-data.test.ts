/** The synthetic data root of `npm run bench -- --scale N`: real folders copied, validating as the original. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validate } from "../../src/budget/validate";
import { writeScaleData } from "../../src/cli/scale-data";

const target = join(mkdtempSync(join(tmpdir(), "scale-")), "data");
afterAll(() => rmSync(target, { recursive: true, force: true }));

describe("scale data", () => {
  it("writes N department-years that validate, with year pairs kept together", async () => {
    expect(writeScaleData("data", target, 9)).toBe(9);
    const result = await validate(target);
    expect(result.ok).toBe(true);
    const paths = result.departmentYears.map((dy) => dy.path).sort();
    expect(paths).toHaveLength(9);
    // data/ has 8 department-years: copy 9 starts the second round.
    expect(paths).toContain("2025/huadu-zwfw-s001");
    expect(paths).toContain("2018/js-jcy-s001");
    expect(paths).toContain("2025/huadu-zwfw-s002");
    expect(paths).not.toContain("2024/putuo-fuliyuan-s002");
    // 万里街道's two years keep one suffix, so the cross-year rule has its prior year.
    expect(paths).toEqual(expect.arrayContaining(["2024/putuo-wanli-s001", "2025/putuo-wanli-s001"]));
    const wanli = result.reconciliations.find((r) => r.path === "2025/putuo-wanli-s001");
    expect(wanli?.checks.filter((c) => c.rule === "year.prior-figure").length).toBeGreaterThan(5);
  });
});
