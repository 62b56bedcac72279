/**
 * The first screen of a department-year home on a 360 × 740 phone, in Chromium, for every
 * department-year of the seed site (data/) in both languages: the plain-language summary's first
 * sentence — what the department plans to spend — ends on that screen, the key charts begin on the
 * next one, nothing needs sideways scrolling, and axe finds nothing at that width.
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import { describe, expect, test } from "vitest";
import { describeInChromium } from "./in-chromium";
import { PHONE_WIDTH } from "./page-check";
import { axeViolations, phonePages } from "./phone-pages";
import { builtSites } from "./sites";

const SCREEN = { width: PHONE_WIDTH, height: 740 };
const seed = builtSites().find((site) => site.id === "seed");
const HOME = /^\/(?:en\/)?\d{4}\/[^/]+\/$/;
const homes = (seed?.pages ?? []).map((page) => page.url).filter((url) => HOME.test(url));

interface FirstScreen {
  firstSentence: string;
  firstSentenceBottom: number;
  firstChartTop: number | null;
  scrollWidth: number;
  clientWidth: number;
}

/**
 * Where the summary's first sentence ends: the text up to the first 。 (Chinese) or the first full
 * stop before a capital (English: "72.7 million" holds a stop that ends nothing), measured as a range.
 */
const FIRST_SCREEN = `(() => {
  const lede = document.querySelector(".summary .lede");
  const walker = document.createTreeWalker(lede, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  range.setStart(lede, 0);
  let text = "";
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue;
    const end = document.documentElement.lang === "en" ? value.search(/\\.(?=\\s+[A-Z])|\\.\\s*$/) : value.indexOf("。");
    if (end >= 0) { range.setEnd(node, end + 1); text += value.slice(0, end + 1); break; }
    text += value;
  }
  const rects = [...range.getClientRects()];
  const chart = document.querySelector("#charts ~ * canvas, section[aria-labelledby=charts] canvas");
  return {
    firstSentence: text.replace(/\\s+/g, " ").trim(),
    firstSentenceBottom: rects.length ? Math.max(...rects.map((r) => r.bottom)) : Infinity,
    firstChartTop: chart ? chart.getBoundingClientRect().top : null,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  };
})()`;

describeInChromium((launched) => {
  describe.skipIf(seed?.skipped !== undefined)(
    "a department-year home's first screen on a 360 px phone (seed site)",
    () => {
      const open = phonePages(launched, seed, SCREEN);

      test("the seed site has a home for every department-year in both languages", () => {
        // 8 department-years: 花都 2025; 万里街道 2024 and 2025; 福利院 2024; 税务局 and its unit 2025; 江苏 2018 ×2.
        expect(homes.filter((url) => !url.startsWith("/en/"))).toHaveLength(8);
        expect(homes.filter((url) => url.startsWith("/en/"))).toHaveLength(8);
      });

      test("花都 2025: the first screen says what the department plans to spend, exactly and in readable figures", async () => {
        for (const [path, sentence] of [
          ["/2025/huadu-zwfw/", "2025年，计划支出7,267.81万元。"],
          ["/en/2025/huadu-zwfw/", "In 2025 the plan is to spend 72,678,100 yuan (about 72.7 million yuan)."],
        ] as const) {
          const page = await open(path);
          const screen = (await page.evaluate(FIRST_SCREEN)) as FirstScreen;
          expect(screen.firstSentence, path).toBe(sentence);
          expect(screen.firstSentenceBottom, path).toBeLessThanOrEqual(SCREEN.height);
          await page.close();
        }
      });

      for (const path of homes) {
        test(`${path}: the summary's first sentence ends on the first screen, the charts start on the next`, async () => {
          const page = await open(path);
          const screen = (await page.evaluate(FIRST_SCREEN)) as FirstScreen;
          expect(screen.firstSentence).toMatch(path.startsWith("/en/") ? /\d yuan/ : /\d(?:万元|元|亿元)/);
          expect(screen.firstSentenceBottom).toBeLessThanOrEqual(SCREEN.height);
          expect(screen.firstChartTop).not.toBeNull();
          expect(screen.firstChartTop!).toBeLessThan(2 * SCREEN.height);
          expect(screen.scrollWidth).toBeLessThanOrEqual(screen.clientWidth);
          expect(await axeViolations(page)).toEqual([]);
          await page.close();
        });
      }
    },
  );
});
