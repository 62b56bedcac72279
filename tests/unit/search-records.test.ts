/** What the search indexes beside the text pages: table rows and glossary terms, each at its anchor. */
import { beforeAll, describe, expect, it } from "vitest";
import { loadData } from "../../src/budget/load";
import type { DepartmentYear } from "../../src/budget/model";
import { recordPage, recordParts } from "../../src/site/search-index";
import { searchRecords, type SearchRecord } from "../../src/site/search-records";

let records: SearchRecord[];
let seed: DepartmentYear;
beforeAll(async () => {
  const all = (await loadData("data")).departmentYears;
  const found = all.find((d) => d.path === "2025/huadu-zwfw");
  if (!found) throw new Error("2025/huadu-zwfw did not load");
  seed = found;
  records = searchRecords(all);
});

const titled = (title: string, language: string): SearchRecord[] =>
  records.filter((r) => r.meta.title === title && r.language === language);

describe("search records", () => {
  it("index a project row of 表12 at its row anchor, with its 绩效目标 words, in both languages", () => {
    const [zh] = titled("区长专线日常经费", "zh-cn");
    // table12.csv line 8 is the project; its row header's id is t12-r-8.
    expect(zh?.url).toBe("/2025/huadu-zwfw/table-12/#t12-r-8");
    expect(zh?.content).toContain("完成12345热线事项的按期办结");
    expect(zh?.meta.context).toBe("广州市花都区政务服务和数据管理局 · 2025 · 部门预算项目支出及其他支出预算表");
    const en = records.find((r) => r.url === "/en/2025/huadu-zwfw/table-12/#t12-r-8");
    expect(en?.language).toBe("en");
    expect(en?.meta.title).toBe("Routine funding for the District Mayor's Hotline");
    // The printed Chinese name stays findable from the English page.
    expect(en?.content).toContain("区长专线日常经费");
  });

  it("index classification rows by code and name", () => {
    const row = records.find(
      (r) => r.url.startsWith("/2025/putuo-wanli/table-05/") && r.content.includes("专项普查活动"),
    );
    expect(row?.meta.title).toBe("2010507 专项普查活动");
  });

  it("leave out totals, which every table has and nobody searches for", () => {
    expect(records.filter((r) => /^(合计|总计|Total)/.test(r.meta.title))).toEqual([]);
  });

  it("index every glossary term at its entry", () => {
    const terms = records.filter((r) => r.url.startsWith("/2025/huadu-zwfw/glossary/#term-") && r.language === "zh-cn");
    expect(terms.map((t) => t.meta.title)).toEqual(seed.glossary.terms.map((t) => t.term));
    expect(titled("“三公”经费", "zh-cn").map((r) => r.url)).toContain(
      "/2025/huadu-zwfw/glossary/#term-three-public-expenses",
    );
  });

  it("reach Pagefind as pages whose markup no record's text can change", () => {
    const page = recordPage({
      url: '/2025/x/table-12/#t12-r-8"><script>',
      language: "zh-cn",
      content: '项目 <b>"A&B"</b>',
      meta: { title: "A & B", context: '部门 · 2025" data-x="1' },
    });
    expect(page).toBe(
      '<!doctype html><html lang="zh-cn"><head>' +
        '<meta data-pagefind-meta="url[content]" content="/2025/x/table-12/#t12-r-8&quot;&gt;&lt;script&gt;">' +
        '<meta data-pagefind-meta="title[content]" content="A &amp; B">' +
        '<meta data-pagefind-meta="context[content]" content="部门 · 2025&quot; data-x=&quot;1">' +
        "</head><body data-pagefind-body><p>项目 &lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;</p></body></html>",
    );
  });
});

describe("the index's parts", () => {
  const of = (n: number, dy: string): SearchRecord[] =>
    Array.from({ length: n }, (_, i) => ({
      url: `/${dy}/table-01/#r-${i}`,
      language: "zh-cn",
      content: String(i),
      meta: { title: String(i), context: dy },
    }));
  const sizes = (parts: SearchRecord[][]): number[] => parts.map((part) => part.length);

  it("fill each part up to the size, in order, starting a part where the next department-year would pass it", () => {
    const parts = recordParts([of(400, "a"), of(500, "b"), of(200, "c"), of(1000, "d")], 1000);
    expect(sizes(parts)).toEqual([900, 200, 1000]);
    expect(parts[1]?.[0]?.url).toBe("/c/table-01/#r-0");
    expect(parts.flat()).toHaveLength(2100);
  });

  it("keep a department-year larger than the size whole, in a part of its own", () => {
    expect(sizes(recordParts([of(10, "a"), of(2500, "b"), of(10, "c")], 1000))).toEqual([10, 2500, 10]);
  });

  it("are one part, empty, for a site with no records, and one for the seed at the default size", () => {
    expect(recordParts([], 1000)).toEqual([[]]);
    expect(recordParts([records], 20_000)).toEqual([records]);
  });
});
