/**
 * 行政经费（机关运行经费）: the glossary defines it as the budget of a list of economic codes
 * (办公费、印刷费、水费 …). We read that list from the department's own glossary, so 表8 is checked
 * against the definition the document itself publishes.
 */
import { ECONOMIC_CODES } from "../../classification";
import type { Glossary } from "../../schema/glossary";
import { looseName } from "../../text-similarity";

/** The standard definition, used when a glossary has no entry for the term. */
const STANDARD_ITEMS = [
  "办公费",
  "印刷费",
  "水费",
  "电费",
  "邮电费",
  "取暖费",
  "物业管理费",
  "差旅费",
  "因公出国（境）费用",
  "维修（护）费",
  "租赁费",
  "会议费",
  "培训费",
  "公务接待费",
  "专用材料费",
  "被装购置费",
  "福利费",
  "公务用车运行维护费",
  "其他交通费用",
  "医疗费补助",
  "办公设备购置",
  "专用设备购置",
  "信息网络及软件购置更新",
  "公务用车购置",
  "其他交通工具购置",
];

export interface AdminCostItems {
  /** Index of the glossary term the list comes from; undefined when the standard list is used. */
  term?: number;
  items: { name: string; codes: string[] }[];
}

const TERM = /机关运行经费|行政经费/;
const LIST = /包括[：:](.+?)(?:等)?(?:经济科目|。|$)/;

let byName: Map<string, string[]> | undefined;
/** Item-level economic codes by (loose) name; a name may be both a 309 and a 310 item. */
const codesNamed = (name: string): string[] => {
  if (!byName) {
    byName = new Map();
    for (const e of ECONOMIC_CODES) {
      if (e.code.length !== 5) continue;
      const key = looseName(e.zh);
      byName.set(key, [...(byName.get(key) ?? []), e.code]);
    }
  }
  return byName.get(looseName(name)) ?? [];
};

export const adminCostItems = (glossary: Glossary): AdminCostItems => {
  const term = glossary.terms.findIndex((t) => TERM.test(t.term));
  const listed = term >= 0 ? LIST.exec(glossary.terms[term]?.definition ?? "")?.[1] : undefined;
  const names = listed
    ? listed
        .split(/[、，,；;]/)
        .map((n) => n.trim())
        .filter((n) => n !== "")
    : STANDARD_ITEMS;
  return {
    ...(listed ? { term } : {}),
    items: names.map((name) => ({ name, codes: codesNamed(name) })),
  };
};
