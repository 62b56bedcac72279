/**
 * UI strings: both languages have exactly the keys of the one key list, no empty string, and the
 * same placeholders, so a translation can never silently drop a figure ({amount}) or a name.
 * (A missing or extra key is also a type error: each dictionary `satisfies UiStrings`.)
 */
import { describe, expect, it } from "vitest";
import { DICTIONARIES, LOCALES, translate, type Locale } from "../../src/i18n";
import { UI_KEYS } from "../../src/i18n/keys";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("UI strings", () => {
  it("lists every key once", () => {
    expect(new Set(UI_KEYS).size).toBe(UI_KEYS.length);
  });

  it("uses flat dotted keys", () => {
    for (const key of UI_KEYS) expect(key, key).toMatch(/^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z0-9]*)+$/);
  });

  describe.each(LOCALES)("%s", (locale: Locale) => {
    const dictionary: Record<string, string> = DICTIONARIES[locale];

    it("has exactly the listed keys", () => {
      const keys = Object.keys(dictionary);
      expect(
        keys.filter((k) => !(UI_KEYS as readonly string[]).includes(k)),
        "keys not in keys.ts",
      ).toEqual([]);
      expect(
        UI_KEYS.filter((k) => !(k in dictionary)),
        "keys missing",
      ).toEqual([]);
    });

    it("has no empty string", () => {
      for (const key of UI_KEYS) expect(dictionary[key]?.trim(), key).not.toBe("");
    });

    it("has the same placeholders as the Chinese", () => {
      for (const key of UI_KEYS) {
        // The English part titles leave out the department name: it is data, shown elsewhere.
        if (key === "part.overview") continue;
        expect(placeholders(DICTIONARIES[locale][key]), key).toEqual(placeholders(DICTIONARIES["zh-CN"][key]));
      }
    });
  });

  it("makes an English word agree with its number, by the language's plural rules", () => {
    expect(translate("en", "checks.verdictErrors", { count: 1 })).toBe("1 error found.");
    expect(translate("en", "checks.verdictErrors", { count: 2 })).toBe("2 errors found.");
    expect(translate("en", "checks.verdictErrors", { count: 0 })).toBe("0 errors found.");
    expect(translate("en", "home.years", { count: 1 })).toBe("1 year");
    expect(translate("en", "checks.acknowledged", { count: 1 })).toContain("Another 1 is an error of");
    expect(translate("zh-CN", "checks.verdictErrors", { count: 1 })).not.toContain("|");
    // Without the number the form stays visible, as an unknown placeholder does.
    expect(translate("en", "home.years")).toBe("{count} {count|year|years}");
  });

  it("leaves no English count with a word that does not agree with it", () => {
    for (const [key, text] of Object.entries(DICTIONARIES.en)) {
      expect(text, key).not.toMatch(/\{count\} \w+\(s\)/);
    }
  });

  it("fills placeholders and keeps unknown ones visible", () => {
    expect(translate("zh-CN", "table.number", { number: 3 })).toBe("表3");
    expect(translate("en", "table.number", { number: 3 })).toBe("Table 3");
    expect(translate("en", "table.number")).toBe("Table {number}");
  });
});
