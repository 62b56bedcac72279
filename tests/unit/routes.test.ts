/**
 * The route table on the seed data: every page in both languages once, each with its title and
 * its neighbours in the reading order, and every download, at the addresses the site has.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadData, type DepartmentYear } from "../../src/budget";
import { LOCALES } from "../../src/i18n";
import { isDownloadPath, routeOf } from "../../src/site/paths";
import {
  restParam,
  siteDownloads,
  sitemapRoutes,
  sitePages,
  type Download,
  type PageOf,
  type SitePage,
} from "../../src/site/routes";

let all: DepartmentYear[];
let pages: SitePage[];
let downloads: Download[];
beforeAll(async () => {
  all = (await loadData("data")).departmentYears;
  pages = sitePages(all);
  downloads = siteDownloads(all);
});

const page = (path: string): SitePage => {
  const found = pages.find((p) => p.path === path);
  if (!found) throw new Error(`no page at ${path}`);
  return found;
};
const ofKind = <K extends SitePage["kind"]>(path: string, kind: K): PageOf<K> => {
  const found = page(path);
  if (found.kind !== kind) throw new Error(`${path} is a ${found.kind} page, not ${kind}`);
  return found as PageOf<K>;
};
const zh = (text: string) => ({ text, lang: "zh-CN", fallback: false });
const en = (text: string) => ({ text, lang: "en", fallback: false });

describe("route table", () => {
  it("has each page once, in every language, at its language's path", () => {
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    const routes = (locale: string) => pages.filter((p) => p.locale === locale).map((p) => p.route);
    for (const locale of LOCALES) expect(routes(locale)).toEqual(routes("zh-CN"));
    for (const p of pages) {
      expect(routeOf(p.path)).toBe(p.route);
      expect(p.path.startsWith("/en/")).toBe(p.locale === "en");
    }
    // 162 pages a language: the built site's 324 HTML pages besides the one bilingual 404.
    expect(routes("zh-CN")).toHaveLength(162);
  });

  it("knows a department-year's home in both languages by its title", () => {
    const huadu = ofKind("/2025/huadu-zwfw/", "department-year");
    expect(huadu.title).toEqual(zh("2025年广州市花都区政务服务和数据管理局部门预算"));
    expect(huadu.dy.path).toBe("2025/huadu-zwfw");
    expect(ofKind("/en/2025/huadu-zwfw/", "department-year").title).toEqual(
      en("2025 Departmental Budget of the Government Services and Data Management Bureau of Huadu District, Guangzhou"),
    );
    expect(ofKind("/departments/huadu-zwfw/latest/", "latest").dy).toBe(huadu.dy);
  });

  it("gives each page of the reading order its neighbours, by address and title", () => {
    const table3 = ofKind("/2025/huadu-zwfw/table-03/", "table");
    expect(table3.title).toEqual(zh("表3 支出总体情况表"));
    expect(table3.spec.number).toBe(3);
    expect(table3.previous).toEqual({ path: "/2025/huadu-zwfw/table-02/", title: zh("表2 收入总体情况表") });
    expect(table3.next).toEqual({ path: "/2025/huadu-zwfw/table-04/", title: zh("表4 财政拨款收支总体情况表") });
    const overview = ofKind("/en/2025/huadu-zwfw/overview/", "overview");
    expect(overview.previous).toBeUndefined();
    expect(overview.next).toEqual({
      path: "/en/2025/huadu-zwfw/table-01/",
      title: en("Table 1 Overview of revenue and expenditure"),
    });
    expect(ofKind("/2025/huadu-zwfw/glossary/", "glossary").next).toBeUndefined();
    // The full document, the checks and the comparison stand outside the reading order.
    for (const path of ["/2025/putuo-wanli/document/", "/2025/putuo-wanli/checks/", "/2025/putuo-wanli/compare/"]) {
      const p = page(path);
      expect("previous" in p || "next" in p, path).toBe(false);
    }
  });

  it("gives each part the heading its 目录 prints, by the part and not by its place", () => {
    expect(ofKind("/2025/huadu-zwfw/overview/", "overview").heading.text).toBe(
      "第一部分 广州市花都区政务服务和数据管理局概况",
    );
    expect(ofKind("/en/2025/huadu-zwfw/overview/", "overview").heading).toEqual(en("Part 1: Department overview"));
    expect(ofKind("/2025/huadu-zwfw/explanation/", "explanation").heading).toEqual(
      zh("第三部分 2025年部门预算情况说明"),
    );
    expect(ofKind("/2025/huadu-zwfw/glossary/", "glossary").heading).toEqual(zh("第四部分 名词解释"));
  });

  it("offers the comparison only where last year is there, with last year", () => {
    expect(ofKind("/2025/putuo-wanli/compare/", "compare").prior.path).toBe("2024/putuo-wanli");
    expect(pages.some((p) => p.path === "/2024/putuo-wanli/compare/")).toBe(false);
  });

  it("lists every page in the sitemap once but the lasting latest addresses", () => {
    const listed = sitemapRoutes(pages);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toHaveLength(162 - 7);
    expect(listed.slice(0, 3)).toEqual(["/", "/search/", "/years/2025/"]);
    expect(listed).not.toContain("/departments/huadu-zwfw/latest/");
  });

  it("lists every download once, none of them a page", () => {
    const paths = downloads.map((d) => d.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toHaveLength(267);
    expect(paths).toContain("/2025/huadu-zwfw/downloads/table-01.en.csv");
    expect(paths).toContain("/years/2025/departments.json");
    for (const path of paths) expect(isDownloadPath(path), path).toBe(true);
    for (const p of pages) expect(isDownloadPath(p.path), p.path).toBe(false);
    // The published PDF only where department.yaml names one.
    const withPdf = new Set(downloads.filter((d) => d.kind === "original").map((d) => d.path));
    for (const dy of all)
      expect(withPdf.has(`/${dy.path}/downloads/original.pdf`), dy.path).toBe(dy.meta.source?.document !== undefined);
  });

  it("names each path by the catch-all routes' rest parameter, the site root by none", () => {
    expect(restParam("/")).toBeUndefined();
    expect(restParam("/en/")).toBe("en");
    expect(restParam("/2025/huadu-zwfw/table-01/")).toBe("2025/huadu-zwfw/table-01");
    expect(restParam("/2025/huadu-zwfw/downloads/table-01.csv")).toBe("2025/huadu-zwfw/downloads/table-01.csv");
  });
});
