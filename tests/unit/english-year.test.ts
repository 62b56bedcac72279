/**
 * Last year's English carried over into this year's folder names last year: the validator says so
 * (an error, so the site is not published with a 2025 title on a 2026 page), in both profiles.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validate } from "../../src/budget";
import { dataCopyWith, REPO_ROOT, removeSeedCopies, seedCopyWith } from "../helpers/seed-copy";

afterAll(removeSeedCopies);

const english = (path: string): Promise<string> => readFile(join(REPO_ROOT, "data", path, "english.yaml"), "utf8");

describe("an English title of another year", () => {
  it("is an error naming the year stated and the folder's year (Guangzhou)", async () => {
    const stale = (await english("2025/huadu-zwfw")).replace('title: "2025 Departmental', 'title: "2024 Departmental');
    const result = await validate(await seedCopyWith({ "english.yaml": stale }));
    const found = result.findings.filter((f) => f.rule === "english.stale-year");
    expect(found).toHaveLength(1);
    expect(found[0]!.message.zh).toContain("写的是2024年，而这是2025年的文件夹");
    expect(found[0]!.column).toBe("title");
    expect(result.ok).toBe(false);
  });

  it("is an error in a Shanghai folder too", async () => {
    const stale = (await english("2025/putuo-wanli")).replace(
      'title: "2025 District-Level',
      'title: "2024 District-Level',
    );
    const result = await validate(await dataCopyWith("2025/putuo-wanli", { "english.yaml": stale }));
    const messages = result.findings.filter((f) => f.rule === "english.stale-year").map((f) => f.message.en);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^The English title “2024 District-Level .*” names 2024, but this is the 2025 folder$/);
  });

  it("is not reported for this year's title", async () => {
    const result = await validate(await seedCopyWith());
    expect(result.findings.filter((f) => f.rule === "english.stale-year")).toEqual([]);
  });
});
