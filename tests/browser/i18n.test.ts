/**
 * The two languages in Chromium, seed site and synthetic fixture site alike:
 *  (a) the language switch round-trips on every page: from each zh page its switch link leads to
 *      the English twin (/en + the same route, <html lang="en">), whose switch leads back to the
 *      very same zh URL (<html lang="zh-CN">); the bilingual 404 page's switch leads to its English
 *      section (lang="en");
 *  (b) no English page holds Chinese — CJK ideographs or full-width punctuation (，。：；（）、…) — in
 *      any text node (visible or for screen readers, <title> included) or in aria-label, title,
 *      alt, content, placeholder and the other text-bearing attributes, outside an element marked
 *      lang="zh-CN" (the switch's own "中文" too must be inside lang="zh-CN"); each offence is named
 *      by page URL, CSS path and text. Curly quotes “” are not flagged on their own: English uses
 *      them too (“three public” expenses); next to Chinese they are caught with it;
 *  (c) every page has <link rel="alternate" hreflang="zh-CN"> and hreflang="en" naming the zh page
 *      and its English twin, both existing pages of the build, and the English twin shows the same
 *      figures as the zh page (the multiset of data-value attributes).
 * No Chromium: skipped (the global setup prints a banner); CI=true: fails instead.
 */
import type { Page } from "playwright-core";
import { beforeAll, describe, expect, test } from "vitest";
import { describeInChromium } from "./in-chromium";
import { expectNoProblems, type Problem, type SitePage } from "../build/site-check";
import type { BuiltSite } from "../build/sites";
import { builtSites } from "./sites";
import { CSS_PATH_FUNCTION, inTabs, Problems, resultFor } from "./tab-pool";

const sites = builtSites();
const VIEWPORT = { viewport: { width: 1280, height: 800 } };

/** Attributes whose text reaches readers (shown, spoken or indexed). */
const TEXT_ATTRIBUTES = [
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
  "aria-placeholder",
  "title",
  "alt",
  "content",
  "placeholder",
  "label",
] as const;

interface Offence {
  path: string;
  /** "text" or the attribute's name */
  where: string;
  text: string;
}

interface PageFacts {
  url: string;
  lang: string;
  alternates: { hreflang: string; href: string }[];
  values: string[];
  switches: { href: string; hreflang: string; lang: string; text: string; path: string }[];
}

/** Plain JavaScript in a string (see CSS_PATH_FUNCTION): what a page says about its languages. */
const READ_FACTS = `(() => {
  const cssPath = ${CSS_PATH_FUNCTION};
  return {
    url: location.pathname + location.hash,
    lang: document.documentElement.getAttribute("lang") || "",
    alternates: [...document.querySelectorAll('link[rel~="alternate"][hreflang]')].map((link) => ({
      hreflang: link.getAttribute("hreflang"),
      href: link.getAttribute("href"),
    })),
    values: [...document.querySelectorAll("[data-value]")].map((e) => e.getAttribute("data-value")).sort(),
    switches: [...document.querySelectorAll(".language-switch a")].map((a) => {
      const holder = a.closest("[lang]");
      return {
        href: a.getAttribute("href") || "",
        hreflang: a.getAttribute("hreflang") || "",
        lang: holder ? holder.getAttribute("lang") : "",
        text: a.textContent.trim(),
        path: cssPath(a),
      };
    }),
  };
})()`;

/**
 * Chinese outside lang="zh-CN": every text node and text attribute under `root` (a CSS selector;
 * the whole document by default). CJK ideographs (with extensions and compatibility forms),
 * CJK symbols and punctuation (、。「」《》【】 and the ideographic space), kana/bopomofo, CJK
 * vertical and compatibility forms, and full-width forms (，：；（）！？ and full-width letters).
 */
const readOffences = (root = "html"): string => `(() => {
  const cssPath = ${CSS_PATH_FUNCTION};
  const chinese = /[\\u2E80-\\u2FDF\\u3000-\\u303F\\u3040-\\u30FF\\u3100-\\u312F\\u31A0-\\u31BF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uF900-\\uFAFF\\uFE10-\\uFE1F\\uFE30-\\uFE4F\\uFF00-\\uFF60\\uFFE0-\\uFFE6]|[\\u{20000}-\\u{3134F}]/u;
  const inChinese = (element) => {
    const holder = element.closest("[lang]");
    return holder !== null && /^zh(-|$)/i.test(holder.getAttribute("lang"));
  };
  const attributes = ${JSON.stringify(TEXT_ATTRIBUTES)};
  const base = document.querySelector(${JSON.stringify(root)});
  if (!base) return [{ path: ${JSON.stringify(root)}, where: "missing", text: "" }];
  const offences = [];
  for (const element of [base, ...base.querySelectorAll("*")]) {
    const tag = element.tagName.toLowerCase();
    if (tag === "script" || tag === "style" || tag === "template") continue;
    if (inChinese(element)) continue;
    for (const name of attributes) {
      const value = element.getAttribute(name);
      if (value && chinese.test(value)) offences.push({ path: cssPath(element), where: name, text: value });
    }
    for (const node of element.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && chinese.test(node.textContent))
        offences.push({ path: cssPath(element), where: "text", text: node.textContent.replace(/\\s+/g, " ").trim() });
    }
  }
  return offences;
})()`;

const readFacts = (tab: Page): Promise<PageFacts> => tab.evaluate(READ_FACTS);

/**
 * Follow the language switch — activate the link in the page, as a click does (the browser
 * resolves its href and navigates; Playwright's pointer click would add its actionability round
 * trips to every page) — and wait for the page it leads to.
 */
const followSwitch = async (tab: Page): Promise<void> => {
  const before = tab.url();
  await Promise.all([
    tab.waitForURL((url) => url.href !== before, { waitUntil: "domcontentloaded", timeout: 15_000 }),
    tab.evaluate(`document.querySelector(".language-switch a").click()`),
  ]);
};

const twinOf = (zhUrl: string): string => `/en${zhUrl}`;

interface PairReport {
  /** (a) the round trip */
  roundTrip: Problem[];
  /** (b) Chinese on the English twin */
  chinese: Problem[];
  /** (c) alternates of both pages and the figures of the twin */
  alternates: Problem[];
  figures: Problem[];
  values: number;
}

/** (c) for one page: both alternates present, on the site's origin, naming this page's pair, existing. */
const checkAlternates = (
  out: Problems,
  site: BuiltSite,
  facts: PageFacts,
  zhUrl: string,
  existing: Set<string>,
): void => {
  const expected: Record<string, string> = { "zh-CN": zhUrl, en: twinOf(zhUrl) };
  for (const [hreflang, path] of Object.entries(expected)) {
    const links = facts.alternates.filter((a) => a.hreflang === hreflang);
    if (links.length !== 1) {
      out.add("hreflang", `${links.length} <link rel="alternate" hreflang="${hreflang}">, expected exactly one`);
      continue;
    }
    const href = links[0]?.href ?? "";
    let url: URL;
    try {
      url = new URL(href, site.siteOrigin);
    } catch {
      out.add("hreflang", `hreflang="${hreflang}" href="${href}" is not a URL`);
      continue;
    }
    if (url.origin !== site.siteOrigin)
      out.add("hreflang", `hreflang="${hreflang}" href="${href}" is not on the site's origin ${site.siteOrigin}`);
    if (url.pathname !== path)
      out.add("hreflang", `hreflang="${hreflang}" href="${href}" should name ${site.siteOrigin}${path}`);
    if (!existing.has(url.pathname))
      out.add("hreflang", `hreflang="${hreflang}" href="${href}": no page ${url.pathname} in the build`);
  }
};

const multisetDiff = (
  left: readonly string[],
  right: readonly string[],
): { onlyLeft: string[]; onlyRight: string[] } => {
  const counts = new Map<string, number>();
  for (const value of left) counts.set(value, (counts.get(value) ?? 0) + 1);
  const onlyRight: string[] = [];
  for (const value of right) {
    const count = counts.get(value) ?? 0;
    if (count > 0) counts.set(value, count - 1);
    else onlyRight.push(value);
  }
  const onlyLeft = [...counts.entries()].flatMap(([value, count]) => Array<string>(count).fill(value));
  return { onlyLeft, onlyRight };
};

const offenceProblems = (url: string, offences: readonly Offence[]): Problem[] =>
  offences.map((o) => ({
    page: url,
    rule: "chinese-on-english-page",
    message:
      o.where === "text"
        ? `Chinese text outside lang="zh-CN": "${o.text.slice(0, 160)}"`
        : `Chinese in ${o.where}="${o.text.slice(0, 160)}" outside lang="zh-CN"`,
    element: o.path,
  }));

/** (b) The English page's own language switch: "中文", itself marked lang="zh-CN". */
const checkEnglishSwitch = (out: Problems, facts: PageFacts, zhUrl: string): void => {
  if (facts.switches.length !== 1) {
    out.add("switch", `${facts.switches.length} language switch links (.language-switch a), expected one`);
    return;
  }
  const link = facts.switches[0];
  if (!link) return;
  if (link.text !== "中文" || link.lang !== "zh-CN" || link.hreflang !== "zh-CN")
    out.add(
      "switch",
      `the switch reads "${link.text}" in lang "${link.lang}" with hreflang "${link.hreflang}"; expected "中文" inside lang="zh-CN", hreflang="zh-CN"`,
      link.path,
    );
  if (link.href !== zhUrl) out.add("switch", `the switch links to "${link.href}", expected "${zhUrl}"`, link.path);
};

/** One zh page and its English twin: there, back, and everything (b) and (c) ask on the way. */
const checkPair = async (tab: Page, site: BuiltSite, zhUrl: string, existing: Set<string>): Promise<PairReport> => {
  const origin = site.origin ?? "";
  const trip = new Problems(zhUrl);
  const enUrl = twinOf(zhUrl);
  const chinese = new Problems(enUrl);
  const alternates = new Problems(zhUrl);
  const figures = new Problems(enUrl);

  await tab.goto(origin + zhUrl, { waitUntil: "domcontentloaded", timeout: 30_000 });
  const zh = await readFacts(tab);
  if (zh.lang !== "zh-CN") trip.add("html-lang", `<html lang="${zh.lang}">, expected "zh-CN"`);
  const zhSwitch = zh.switches[0];
  if (zh.switches.length !== 1 || !zhSwitch)
    trip.add("switch", `${zh.switches.length} language switch links (.language-switch a), expected one`);
  else if (zhSwitch.text !== "English" || zhSwitch.lang !== "en" || zhSwitch.hreflang !== "en")
    trip.add(
      "switch",
      `the switch reads "${zhSwitch.text}" in lang "${zhSwitch.lang}" with hreflang "${zhSwitch.hreflang}"; expected "English", lang and hreflang "en"`,
      zhSwitch.path,
    );
  checkAlternates(alternates, site, zh, zhUrl, existing);

  // There…
  await followSwitch(tab);
  const en = await readFacts(tab);
  if (en.url !== enUrl)
    trip.add("switch-target", `the switch on ${zhUrl} led to ${en.url}, expected the English twin ${enUrl}`);
  if (en.lang !== "en")
    trip.add("html-lang", `after the switch: ${en.url} has <html lang="${en.lang}">, expected "en"`);
  if (en.url === enUrl) {
    const enAlternates = new Problems(enUrl);
    checkAlternates(enAlternates, site, en, zhUrl, existing);
    alternates.list.push(...enAlternates.list);
    checkEnglishSwitch(chinese, en, zhUrl);
    chinese.list.push(...offenceProblems(enUrl, await tab.evaluate<Offence[]>(readOffences())));
    const { onlyLeft, onlyRight } = multisetDiff(zh.values, en.values);
    if (onlyLeft.length > 0 || onlyRight.length > 0)
      figures.add(
        "figures",
        `the English twin does not show the same figures as ${zhUrl} (${zh.values.length} vs ${en.values.length} data-value attributes): ` +
          `only on the zh page ${JSON.stringify(onlyLeft.slice(0, 20))}, only on the English page ${JSON.stringify(onlyRight.slice(0, 20))}`,
      );
  }

  // …and back again.
  await followSwitch(tab);
  const back = await readFacts(tab);
  if (back.url !== zhUrl)
    trip.add("switch-back", `the switch on ${en.url} led to ${back.url}, expected the zh page ${zhUrl} again`);
  if (back.lang !== "zh-CN")
    trip.add("html-lang", `back again: ${back.url} has <html lang="${back.lang}">, expected "zh-CN"`);
  return {
    roundTrip: trip.list,
    chinese: chinese.list,
    alternates: alternates.list,
    figures: figures.list,
    values: zh.values.length,
  };
};

/** The bilingual 404 page: its switch goes to its English section, which holds no stray Chinese. */
const checkNotFound = async (tab: Page, site: BuiltSite): Promise<Problem[]> => {
  const url = "/404.html";
  const out = new Problems(url);
  await tab.goto((site.origin ?? "") + url, { waitUntil: "domcontentloaded", timeout: 30_000 });
  const facts = await readFacts(tab);
  const link = facts.switches[0];
  if (facts.switches.length !== 1 || !link) {
    out.add("switch", `${facts.switches.length} language switch links, expected one`);
    return out.list;
  }
  if (!link.href.startsWith("#")) {
    out.add("switch", `the switch links to "${link.href}", expected its English section (#…)`, link.path);
    return out.list;
  }
  const id = decodeURIComponent(link.href.slice(1));
  const section = `[id="${id.replace(/"/g, '\\"')}"]`;
  const lang = await tab.evaluate<string | null>(
    `(() => { const e = document.querySelector(${JSON.stringify(section)}); const h = e && e.closest("[lang]"); return e ? (h ? h.getAttribute("lang") : "") : null; })()`,
  );
  if (lang === null) out.add("switch", `the switch links to ${link.href}, but there is no such element`, link.path);
  else {
    if (lang !== "en") out.add("switch", `the English section ${link.href} is in lang "${lang}", expected "en"`);
    await tab.locator(".language-switch a").first().click();
    const hash = await tab.evaluate<string>("location.hash");
    if (hash !== link.href) out.add("switch", `following the switch left the page at "${hash}", expected ${link.href}`);
    out.list.push(...offenceProblems(`${url}${link.href}`, await tab.evaluate<Offence[]>(readOffences(section))));
  }
  return out.list;
};

describeInChromium((launched) => {
  for (const site of sites) {
    describe.skipIf(site.skipped !== undefined)(site.label, () => {
      const usable = site.error === undefined;
      const zhPages = usable ? site.pages.filter((p) => !p.url.startsWith("/en/") && p.url !== "/404.html") : [];
      const existing = new Set(usable ? site.pages.map((p) => p.url) : []);
      let pairs = new Map<SitePage, PairReport | Error>();
      let notFound: Problem[] | Error = [];

      beforeAll(async () => {
        if (site.error !== undefined) throw new Error(site.error);
        const browser = launched();
        const started = performance.now();
        pairs = await inTabs(browser, VIEWPORT, zhPages, (tab, page) => checkPair(tab, site, page.url, existing));
        const [only] = await inTabs(browser, VIEWPORT, ["/404.html"], (tab) => checkNotFound(tab, site)).then((m) => [
          ...m.values(),
        ]);
        notFound = only ?? new Error("the 404 page was not checked");
        const reports = [...pairs.values()].filter((r): r is PairReport => !(r instanceof Error));
        process.stderr.write(
          `[browser tests] languages, ${site.label}: ${zhPages.length} zh pages switched to their English twin and back, ` +
            `${reports.length} English pages scanned for Chinese, ${reports.reduce((n, r) => n + r.values, 0)} figures compared ` +
            `between twins, 404 page's English section checked; ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
        );
      });

      test("every English page is the twin of a zh page (so all of them are checked here)", () => {
        if (site.error !== undefined) throw new Error(site.error);
        const twins = new Set(zhPages.map((p) => twinOf(p.url)));
        const orphans = site.pages.filter((p) => p.url.startsWith("/en/") && !twins.has(p.url)).map((p) => p.url);
        expect(orphans, "English pages without a zh page").toEqual([]);
        const missing = zhPages.filter((p) => !existing.has(twinOf(p.url))).map((p) => twinOf(p.url));
        expect(missing, "zh pages without an English twin").toEqual([]);
      });

      for (const page of zhPages) {
        describe(`${page.url} ⇄ ${twinOf(page.url)}`, () => {
          const report = (): PairReport => resultFor(pairs, page, `${site.id} ${page.url}`);
          test("(a) the language switch leads to the English twin and back", () => {
            expectNoProblems(`${site.id} ${page.url}: language switch round trip`, report().roundTrip);
          });
          test("(b) the English page has no Chinese outside lang=zh-CN", () => {
            expectNoProblems(`${site.id} ${twinOf(page.url)}: Chinese on an English page`, report().chinese);
          });
          test("(c) hreflang alternates name both pages, which exist", () => {
            expectNoProblems(`${site.id} ${page.url}: hreflang alternates`, report().alternates);
          });
          test("(c) the English twin shows the same figures (data-value multiset)", () => {
            expectNoProblems(`${site.id} ${twinOf(page.url)}: figures`, report().figures);
          });
        });
      }

      test("/404.html: the switch leads to its English section, which has no Chinese outside lang=zh-CN", () => {
        if (notFound instanceof Error) throw notFound;
        expectNoProblems(`${site.id} /404.html`, notFound);
      });
    });
  }
});
