/**
 * The translator's glossary (src/i18n/terms.ts) holds: every English text whose Chinese uses a
 * recurring budget term uses that term's one English — UI strings, the standard row names, notes
 * and glossary terms, and every profile's table titles, column labels and groups.
 */
import { describe, expect, it } from "vitest";
import { PROFILES } from "../../src/budget/profiles";
import { DICTIONARIES, type UiKey } from "../../src/i18n";
import { TERMS } from "../../src/i18n/terms";
import { STANDARD_NOTES, STANDARD_ROW_NAMES, STANDARD_TERMS } from "../../src/site/standard-names";

/** Where English rightly folds two terms into one phrase ("basic and project expenditure"). */
const CONTRACTED = new Set(["chart.basicVsProject", "chart.byPurpose", "chart.projects", "guangzhou-budget:table12"]);

const pairs = (): { where: string; zh: string; en: string }[] => [
  ...(Object.keys(DICTIONARIES["zh-CN"]) as UiKey[]).map((key) => ({
    where: key,
    zh: DICTIONARIES["zh-CN"][key],
    en: DICTIONARIES.en[key],
  })),
  ...Object.entries({ ...STANDARD_ROW_NAMES, ...STANDARD_NOTES }).map(([zh, en]) => ({
    where: `standard name ${zh}`,
    zh,
    en,
  })),
  ...Object.entries(STANDARD_TERMS).map(([zh, { en }]) => ({ where: `standard term ${zh}`, zh, en })),
  ...PROFILES.flatMap((profile) =>
    profile.tables.flatMap((table) => [
      { where: `${profile.id}:${table.id}`, zh: table.title.zh, en: table.title.en },
      ...table.columns.flatMap((column) => [
        { where: `${profile.id}:${table.id}.${column.key}`, zh: column.label.zh, en: column.label.en },
        ...(column.group
          ? [{ where: `${profile.id}:${table.id}.${column.key} group`, zh: column.group.zh, en: column.group.en }]
          : []),
      ]),
    ]),
  ),
];

const plain = (text: string): string => text.replace(/"/g, "“").toLowerCase();

describe("the translator's glossary", () => {
  const all = pairs();

  it("reads texts of every kind (a test over nothing would pass)", () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.filter((pair) => pair.zh.includes("机关运行经费")).length).toBeGreaterThan(5);
  });

  it.each(TERMS)("$zh is “$en” in every English text that translates it", (term) => {
    const astray = all
      .filter((pair) => !CONTRACTED.has(pair.where) && plain(pair.zh).includes(plain(term.zh)))
      .filter((pair) => !plain(pair.en).includes(plain(term.en)))
      .map((pair) => `${pair.where}: ${pair.en}`);
    expect(astray).toEqual([]);
  });
});
