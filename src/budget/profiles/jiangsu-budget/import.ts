/**
 * Writing a Jiangsu document's YAML files from its imported text: department.yaml (cover, 目录, the
 * printed table titles with their 说明 and 此表为空, 第一部分 部门概况), explanation.yaml (第三部分
 * 情况说明 as printed, and the facts its standard sentences state) and glossary.yaml (第四部分
 * 名词解释). A fact whose sentence is printed but not in the standard wording is reported, not
 * guessed: the report names what to fill in by hand.
 */
import { classByName } from "../../classification";
import type { ImportInput, ProfileImporter } from "../../import/document";
import { normalise } from "../../import/printed-text";
import { noteAt, type ImportNote } from "../../import/report";
import type { SourceLine } from "../../import/source";
import { PAGE_NUMBER, PART_HEADING, TABLE_NUMBER, titleLinesAt, type ImportedTable } from "../../import/tables";
import { dropReprintedPageStarts, SECTION_HEADING } from "../../import/text-parts";
import { bigramSimilarity, looseName } from "../../text-similarity";
import type { JiangsuFigureKey } from "./schema";
import { JIANGSU_TABLE_IDS } from "./tables";

/** Items begin with an ordinal: 一、 （一） （1） 1. 1、 1．; "2,247.84 万元" or "140.2 万元" at a line's start is none. */
const ITEM = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．](?!\d))/;
/** A line that is an ordinal only ("八、"): the layout put the rest of its printed line on the next. */
const ORDINAL_ONLY = new RegExp(`${ITEM.source}$`);
/** A line ending a sentence ends its paragraph. */
const ENDS = /[。！？：:；;]$/;
/** A printed line never starts with these: where one does, the layout split a printed line there. */
const CONTINUING = /^[、，。；：:,，）)」』]/;
/** The parts of the template end so; a part heading that does not, wrapped onto the next line. */
const PART_END = /(?:部门概况|预算表|情况说明|名词解释)$/;
/** A chart's caption below it (支出预算图): its labels above it are no text of the document. */
const CHART_CAPTION = /^[^，。；：、\s]{2,15}图$/;
/**
 * Paragraphs and headings are indented by two characters (a laid-out text may shift a justified
 * line by three more); a line further in than this is a piece of the printed line before it.
 */
const FAR_INDENT = 8;
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;

const unsure = (at: SourceLine | undefined, zh: string, en: string): ImportNote => noteAt("unsure", at, { zh, en });
const unplaced = (line: SourceLine, zh: string, en: string): ImportNote => noteAt("unplaced", line, { zh, en });

const textOf = (line: SourceLine): string => line.text.trim();
const x0Of = (line: SourceLine): number => line.cells[0]?.x0 ?? 0;
const x1Of = (line: SourceLine): number => line.cells[line.cells.length - 1]?.x1 ?? 0;

/** A heading as printed: its lines joined, each run of spaces one space (第一部分       部门概况). */
const headingText = (lines: readonly SourceLine[]): string =>
  lines
    .map(textOf)
    .join("")
    .replace(/[\s\u3000]+/g, " ")
    .trim();

/**
 * A paragraph's text: the spaces a word processor sets between Chinese and figures and the gaps
 * of justified lines are no characters and go; the one space typed after a leading "23." stays.
 */
const paragraphText = (lines: readonly SourceLine[]): string => {
  const joined = lines.map(textOf).join("");
  const lead = /^(\d+[.．])(\s+)/.exec(joined);
  const rest = (lead ? joined.slice(lead[0].length) : joined).replace(/[\s\u3000]+/g, "");
  return lead ? `${lead[1]} ${rest}` : rest;
};

/**
 * The width of one Chinese character in the document's unit (PDF points, or 1 for laid-out text):
 * the median over cells of running text, which an indent is measured in.
 */
const emOf = (lines: readonly SourceLine[]): number => {
  const widths = lines
    .flatMap((line) => line.cells)
    .filter((cell) => /^[\p{Script=Han}，。、；：“”（）]{8,}$/u.test(cell.text))
    .map((cell) => (cell.x1 - cell.x0) / cell.text.length)
    .sort((a, b) => a - b);
  return widths[Math.floor(widths.length / 2)] ?? 1;
};

/**
 * Each page's left margin: where its leftmost line starts. A laid-out text counts columns from a
 * page's leftmost text, so a page is its own measure in both sources.
 */
const marginsOf = (lines: readonly SourceLine[]): Map<number, number> => {
  const margins = new Map<number, number>();
  for (const line of lines) margins.set(line.page, Math.min(margins.get(line.page) ?? Infinity, x0Of(line)));
  return margins;
};

/**
 * Printed lines grouped into paragraphs. Where a page indents its paragraphs, a line at the margin
 * continues the one before (even after a "。" that ended a line) and an indented line starts one;
 * where every line of a page starts alike (a page of list items, or one the layout shifted), a
 * line continues unless the one before ended a sentence. A line that starts an item starts a
 * paragraph; a piece of a printed line the layout set apart (it starts with "、", or where the
 * piece before it ended, or further in than any paragraph is indented) continues it.
 */
const paragraphLines = (lines: readonly SourceLine[], em: number): SourceLine[][] => {
  const margins = marginsOf(lines);
  const indented = (line: SourceLine) => x0Of(line) > (margins.get(line.page) ?? 0) + em / 2;
  const indents = new Set(lines.filter(indented).map((line) => line.page));
  const out: SourceLine[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    const prev = last?.[last.length - 1];
    const text = textOf(line);
    const open = prev !== undefined && !ENDS.test(textOf(prev));
    const piece =
      prev !== undefined &&
      (ORDINAL_ONLY.test(textOf(prev)) ||
        (open && CONTINUING.test(text)) ||
        (open && !ITEM.test(text) && prev.page === line.page && x0Of(line) >= x1Of(prev) - em / 2) ||
        (open && !ITEM.test(text) && x0Of(line) > (margins.get(line.page) ?? 0) + FAR_INDENT * em));
    const wraps = !ITEM.test(text) && !indented(line) && (open || indents.has(line.page));
    if (last && (piece || wraps)) last.push(line);
    else out.push([line]);
  }
  return out;
};

interface Section {
  heading?: string;
  paragraphs: string[];
}

interface ReadSection extends Section {
  /** The first printed line of each paragraph, for the report. */
  starts: SourceLine[];
  headingAt?: SourceLine;
}

/** Sections by their 一、二、 headings (a heading wrapped onto a second line joined first). */
const sectionsOf = (blocks: readonly SourceLine[][]): ReadSection[] => {
  const sections: ReadSection[] = [];
  for (const block of blocks) {
    const heading = headingText(block);
    if (SECTION_HEADING.test(heading)) sections.push({ heading, paragraphs: [], starts: [], headingAt: block[0]! });
    else {
      if (sections.length === 0) sections.push({ paragraphs: [], starts: [] });
      sections[sections.length - 1]!.paragraphs.push(paragraphText(block));
      sections[sections.length - 1]!.starts.push(block[0]!);
    }
  }
  return sections;
};

/** Sections as the YAML keeps them: heading and paragraphs. */
const printedSections = (sections: readonly ReadSection[]): Section[] =>
  sections.map(({ heading, paragraphs }) => ({ ...(heading !== undefined ? { heading } : {}), paragraphs }));

interface Part {
  heading: string;
  at: SourceLine;
  lines: SourceLine[];
}

/**
 * Cover, 目录 and the body's parts. The 目录 runs from its heading to where a part it listed is
 * printed again; a part heading that does not end as the template's parts end wrapped onto the
 * next line (第三部分 江苏省高级人民法院 2018 / 年度预算情况说明).
 */
const splitDocument = (lines: readonly SourceLine[]) => {
  const contentsAt = lines.findIndex((line) => normalise(line.text) === "目录");
  const cover = lines.slice(0, Math.max(contentsAt, 0));
  const contents: SourceLine[] = [];
  const listed = new Set<string>();
  let index = contentsAt + 1;
  for (; contentsAt >= 0 && index < lines.length; index++) {
    const text = normalise(lines[index]!.text);
    if (PART_HEADING.test(text) && listed.has(text)) break;
    if (PART_HEADING.test(text)) listed.add(text);
    contents.push(lines[index]!);
  }
  const before: SourceLine[] = [];
  const parts: Part[] = [];
  for (let i = index; i < lines.length; i++) {
    const line = lines[i]!;
    if (!PART_HEADING.test(normalise(line.text))) {
      (parts[parts.length - 1]?.lines ?? before).push(line);
      continue;
    }
    const heading = [line];
    while (!PART_END.test(normalise(headingText(heading))) && heading.length < 3 && lines[i + 1])
      heading.push(lines[++i]!);
    parts.push({ heading: headingText(heading), at: line, lines: [] });
  }
  return { cover, contents, parts, before };
};

/** 目录: each part with its entries, an entry wrapped onto the next line joined. */
const contentsOf = (lines: readonly SourceLine[]) => {
  const out: { part: string; entries: string[] }[] = [];
  for (const line of lines) {
    const text = headingText([line]);
    const part = out[out.length - 1];
    if (PART_HEADING.test(normalise(text)) || !part) out.push({ part: text, entries: [] });
    else if (ITEM.test(text) || part.entries.length === 0) part.entries.push(text);
    else part.entries[part.entries.length - 1] += text;
  }
  return out;
};

/**
 * The labels of a chart (a pie's "项目支出, 34.20%", its legend, its caption): the lines from the
 * last sentence before a caption down to it, on its page.
 */
const chartLines = (lines: readonly SourceLine[]): Set<SourceLine> => {
  const found = new Set<SourceLine>();
  lines.forEach((line, index) => {
    if (!CHART_CAPTION.test(normalise(line.text))) return;
    for (let i = index; i >= 0; i--) {
      const above = lines[i]!;
      if (above.page !== line.page || ENDS.test(textOf(above)) || (i < index && ITEM.test(textOf(above)))) break;
      found.add(above);
    }
  });
  return found;
};

/** The title printed above each table (the last place it is printed: the 目录 may list it too). */
const tableEntries = (doc: ImportInput["doc"], tables: readonly ImportedTable[]) => {
  const entries: Record<string, { title: string; empty?: string; note?: string }> = {};
  for (const id of JIANGSU_TABLE_IDS) {
    const table = tables.find((found) => found.spec.id === id);
    if (!table) continue;
    const at = doc.lines.findLastIndex((_, i) => titleLinesAt(doc.lines, i, table.spec) > 0);
    const count = at >= 0 ? titleLinesAt(doc.lines, at, table.spec) : 0;
    const title = at >= 0 ? headingText(doc.lines.slice(at, at + count)) : table.spec.title.zh;
    const { empty, note, noteLabel } = table.text;
    entries[id] = {
      title,
      ...(empty !== undefined ? { empty } : {}),
      ...(note !== undefined ? { note: `${noteLabel ?? "说明："}${note}` } : {}),
    };
  }
  return entries;
};

/** 名词解释: "一、财政拨款：指…" entries. */
const glossaryTerms = (blocks: readonly SourceLine[][], notes: ImportNote[]) =>
  blocks.flatMap((block) => {
    const entry = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])([^：:]+)[：:](.*)$/.exec(
      paragraphText(block),
    );
    if (entry) return [{ term: entry[1]!, definition: entry[2]! }];
    notes.push(unplaced(block[0]!, "名词解释中的这一段不是词条，未写入", "this glossary paragraph is no entry"));
    return [];
  });

/**
 * The department: as the tables' 部门： names it, else from the cover title without its year and
 * kind, where the table titles print that name too (一、2018 年度江苏省高级人民法院收支预算总表).
 */
const departmentOf = (
  input: ImportInput,
  title: string,
  tableTitles: readonly string[],
  at: SourceLine | undefined,
  notes: ImportNote[],
) => {
  if (input.department) return input.department;
  const named = title
    .replace(/\d{4}年度?/, "")
    .replace(/(?:部门)?预算(?:公开)?$/, "")
    .trim();
  if (named === "" || !tableTitles.some((printed) => normalise(printed).includes(named)))
    notes.push(
      unsure(
        at,
        `表中没有“部门：”，封面标题中的部门名称“${named}”也不见于表名，请在 department.yaml 的 department 中填写`,
        `no table prints 部门： and the cover's name “${named}” is in no table title; fill in department`,
      ),
    );
  return named;
};

// ── Facts: what the standard sentences of 第三部分 state ─────────────────────────────────────

const NUM = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const AMOUNT = String.raw`${NUM}万元`;
const LEVEL_MARK = /[（(](?:类|款|项)[）)]/g;
const ORDINAL_HEAD = /^[一二三四五六七八九十]+、/;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Signed as the schema keeps changes: 减少 → negative, a zero stays unsigned. */
const signed = (value: string, negative: boolean): string =>
  negative && !/^0(?:\.0+)?$/.test(value) ? `-${value}` : value;

interface Stated {
  amount: string;
  change?: string;
  rate?: string;
  times?: number;
  share?: string;
}

/**
 * What the template prints after a figure: its share (，占本年支出合计的99.94%), what it is for
 * (，主要用于…。), its change on last year (与上年相比[，…]增加|减少 X万元, 比上年预算数增加 X万元,
 * 本年数小于上年预算数 X万元, 与上年一致), an aside in brackets, and the rate (增长 22%, 降幅 9.1%,
 * 增长 16 倍; "减少 9.52，" without its % is still the rate). All optional, so it always matches.
 */
const AFTER_AMOUNT = new RegExp(
  String.raw`^(?:，占[^，。；\d]{0,12}?${NUM}%)?(?:，主要用于[^。]*)?[，。]?` +
    String.raw`(?:(?:与上年相比|比上年(?:相比)?(?:预算数?)?)，?[^，。；\d]{0,16}?(增加|减少)${AMOUNT}` +
    String.raw`|本年数(小于|大于)上年预算数?${AMOUNT}|((?:与|比)上年(?:预算数?)?(?:相等|一致|持平)))?` +
    String.raw`(?:（[^）]*）)?(?:[，,]?(?:增长|增幅|减少|降幅|下降)${NUM}(?:(%)|(倍)|(?=[，。；])))?`,
);

/** The figure at the start of `rest` (after a label), with what the template prints after it. */
const statedAt = (rest: string): Stated | undefined => {
  const amount = new RegExp(String.raw`^[^\d，。；]{0,8}?${AMOUNT}`).exec(rest);
  if (!amount) return undefined;
  const after = AFTER_AMOUNT.exec(rest.slice(amount[0].length))!;
  const [, share, direction, change, compared, difference, same, rate, , times] = after;
  const out: Stated = { amount: amount[1]! };
  if (share !== undefined) out.share = share;
  if (direction !== undefined) out.change = signed(change!, direction === "减少");
  else if (compared !== undefined) out.change = signed(difference!, compared === "小于");
  else if (same !== undefined) out.change = "0";
  // A rate is one of a change; "增长 16 倍" is `times`.
  if (rate !== undefined && out.change !== undefined) {
    if (times !== undefined) out.times = Number(rate);
    else out.rate = rate;
  }
  return out;
};

/** The first place the label is followed by its figure. */
const statedAfter = (text: string, label: string): Stated | undefined => {
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    const found = statedAt(text.slice(at + label.length));
    if (found) return found;
  }
  return undefined;
};

/** The sections of 第三部分 by their headings without the ordinal, as the template names them. */
const SECTION_NAMES = {
  overall: /^收支预算总体情况说明$/,
  income: /^收入预算情况说明$/,
  expenditure: /^支出预算情况说明$/,
  fiscal: /^财政拨款收支预算总体情况说明$/,
  fiscalExpenditure: /^财政拨款支出预算情况说明$/,
  fiscalBasic: /^财政拨款基本支出预算情况说明$/,
  general: /^一般公共预算支出预算情况说明$/,
  generalBasic: /^一般公共预算基本支出预算情况说明$/,
  threePublic: /“三公”经费/,
  govFund: /^政府性基金/,
  admin: /机关运行经费/,
  procurement: /政府采购/,
  other: /其他重要事项/,
} as const;

type SectionName = keyof typeof SECTION_NAMES;

/** Figures stated as "<label>[为]X万元…"; `required` ones every document of the template states. */
const FIGURES: readonly { key: JiangsuFigureKey; section: SectionName; label: string; required?: true }[] = [
  { key: "total", section: "overall", label: "收入、支出预算总计", required: true },
  { key: "fiscal_income", section: "overall", label: "财政拨款收入预算总计", required: true },
  { key: "general_budget_income", section: "overall", label: "一般公共预算收入预算" },
  { key: "gov_fund_income", section: "overall", label: "政府性基金收入预算" },
  { key: "special_account_income", section: "overall", label: "财政专户管理资金收入预算" },
  { key: "other_income", section: "overall", label: "其他资金收入预算" },
  { key: "basic", section: "overall", label: "基本支出预算数为", required: true },
  { key: "project", section: "overall", label: "项目支出预算数为", required: true },
  { key: "reserve", section: "overall", label: "单位预留机动经费预算数为" },
  { key: "fiscal", section: "fiscal", label: "财政拨款收、支总预算", required: true },
  { key: "fiscal_expenditure", section: "fiscalExpenditure", label: "财政拨款预算支出", required: true },
  { key: "general_budget_expenditure", section: "general", label: "一般公共预算财政拨款支出预算", required: true },
  { key: "gov_fund_expenditure", section: "govFund", label: "政府性基金支出预算", required: true },
  { key: "abroad", section: "threePublic", label: "因公出国（境）费预算支出", required: true },
  { key: "vehicles", section: "threePublic", label: "公务用车购置及运行费预算支出", required: true },
  { key: "vehicle_purchase", section: "threePublic", label: "公务用车购置预算支出" },
  { key: "vehicle_operation", section: "threePublic", label: "公务用车运行维护费预算支出" },
  { key: "reception", section: "threePublic", label: "公务接待费预算支出", required: true },
  { key: "meetings", section: "threePublic", label: "会议费预算支出", required: true },
  { key: "training", section: "threePublic", label: "培训费预算支出", required: true },
  { key: "admin_costs", section: "admin", label: "机关运行经费预算支出", required: true },
];

/** Shares stated as "<label>X万元，占Y%" in 二 (income) and 三 (expenditure). */
const SHARES: readonly { key: JiangsuFigureKey; section: SectionName; label: string }[] = [
  { key: "general_budget_income", section: "income", label: "一般公共预算收入" },
  { key: "gov_fund_income", section: "income", label: "政府性基金收入" },
  { key: "special_account_income", section: "income", label: "财政专户管理资金" },
  { key: "other_income", section: "income", label: "其他资金" },
  { key: "basic", section: "expenditure", label: "基本支出" },
  { key: "project", section: "expenditure", label: "项目支出" },
  { key: "reserve", section: "expenditure", label: "单位预留机动经费" },
];

/** 表5's rows: code, name and amount. */
const table05Rows = (tables: readonly ImportedTable[]) => {
  const table = tables.find((found) => found.spec.id === "table05");
  if (!table) return [];
  const at = (key: string) => table.spec.columns.findIndex((column) => column.key === key);
  const [code, name, amount] = [at("code"), at("name"), at("amount")];
  return table.rows.map((row) => ({ code: row[code] ?? "", name: row[name] ?? "", amount: row[amount] ?? "" }));
};

type Row = ReturnType<typeof table05Rows>[number];

const sameAmount = (a: string, b: string): boolean =>
  a !== "" && Math.round(Number(a.replaceAll(",", "")) * 100) === Math.round(Number(b.replaceAll(",", "")) * 100);

/** Names compared as the validator compares them (explain.item-name): contained, or 80% alike. */
const alike = (printed: string, row: string): boolean => {
  const [a, b] = [looseName(printed.replace(LEVEL_MARK, "")), looseName(row)];
  return a === b || a.includes(b) || bigramSimilarity(a, b) >= 0.8;
};

/** A class by its printed name ("公共安全（类）支出", "公共安全（类）"): the classification's, else 表5's. */
const classCode = (printed: string, rows: readonly Row[]): string | undefined => {
  const bare = normalise(printed).replace(/（类）/g, "");
  for (const name of [bare, `${bare}支出`]) {
    const found =
      classByName(name) ?? rows.find((row) => row.code.length === 3 && looseName(row.name) === looseName(name));
    if (found) return found.code;
  }
  return undefined;
};

/** A 款 or 项 row of 表5 under `parent`, by its printed name; where none is alike, the one with the amount. */
const rowCode = (
  printed: string,
  amount: string | undefined,
  parent: string | undefined,
  length: 5 | 7,
  rows: readonly Row[],
): { code: string; byAmount?: true } | undefined => {
  const under = rows.filter((row) => row.code.length === length && row.code.startsWith(parent ?? ""));
  const exact = under.filter((row) => looseName(row.name) === looseName(printed.replace(LEVEL_MARK, "")));
  const named = exact.length ? exact : under.filter((row) => alike(printed, row.name));
  if (named.length === 1) return { code: named[0]!.code };
  const byAmount = amount === undefined ? [] : under.filter((row) => sameAmount(row.amount, amount));
  return byAmount.length === 1 ? { code: byAmount[0]!.code, byAmount: true } : undefined;
};

interface CodeLine extends Stated {
  code: string;
  name: string;
}

/** (二) 支出预算总计's lines, one per class: "1．公共安全（类）支出16,458.75万元，主要用于…". */
const readClasses = (section: ReadSection, rows: readonly Row[], notes: ImportNote[]): CodeLine[] => {
  const start = section.paragraphs.findIndex((p) => /^[（(][一二三四五六七八九十]+[)）]支出预算总计/.test(p));
  const out: CodeLine[] = [];
  for (let i = start + 1; start >= 0 && i < section.paragraphs.length && /^\d/.test(section.paragraphs[i]!); i++) {
    const paragraph = section.paragraphs[i]!;
    const line = new RegExp(String.raw`^\d+\s*[.．、]\s*(.+?支出)(?=${AMOUNT})`).exec(paragraph);
    const code = line && classCode(line[1]!, rows);
    const figure = line && statedAt(paragraph.slice(line[0].length));
    if (line && code && figure) out.push({ code, name: line[1]!, ...figure });
    else
      notes.push(
        unsure(
          section.starts[i],
          `“${paragraph.slice(0, 24)}…”不是标准表述或不是已知的功能分类，请在 facts.classes 中填写`,
          `“${paragraph.slice(0, 24)}…” is not in the standard wording or names no known class; fill in facts.classes`,
        ),
      );
  }
  return out;
};

/**
 * 五's 款 and 项 lines under each "（一）公共安全支出（类）": "检察（款）:2018年预算支出合计…",
 * "1．行政运行（项）支出…" or "1．法院（款）行政运行（项）支出…". Codes from 表5 by name; a line
 * that misnames its 项 takes the one row of its 款 with its amount, and the report says so.
 */
const readItems = (section: ReadSection, rows: readonly Row[], notes: ImportNote[]): CodeLine[] => {
  const out: CodeLine[] = [];
  let cls: string | undefined;
  let kuan: string | undefined;
  const kuanLine = new RegExp(String.raw`^(.+?[（(]款[)）])[:：]?\d{4}年预算支出合计(?=${AMOUNT})`);
  const itemLine = new RegExp(String.raw`^\d+\s*[.．、]\s*(.+?[（(]项[)）])[:：]?(?:支出)?(?=${AMOUNT})`);
  section.paragraphs.forEach((paragraph, i) => {
    const at = section.starts[i];
    const classHead = /^[（(][一二三四五六七八九十]+[)）](.+?[（(]类[)）](?:支出)?)$/.exec(paragraph);
    if (classHead) {
      cls = classCode(classHead[1]!, rows);
      kuan = undefined;
      if (!cls)
        notes.push(
          unsure(at, `“${classHead[1]}”不是已知的功能分类，其下各项未读入`, `“${classHead[1]}” is no known class`),
        );
      return;
    }
    const kuanMatch = kuanLine.exec(paragraph);
    const match = kuanMatch ?? itemLine.exec(paragraph);
    if (!match) {
      if (/[（(]项[)）]/.test(paragraph))
        notes.push(
          unsure(
            at,
            `“${paragraph.slice(0, 24)}…”不是标准表述，请在 facts.items 中填写`,
            `“${paragraph.slice(0, 24)}…” is not in the standard wording; fill in facts.items`,
          ),
        );
      return;
    }
    const name = match[1]!;
    const figure = statedAt(paragraph.slice(match[0].length))!;
    const isKuan = kuanMatch !== null;
    // "法院（款）行政运行（项）" names its 款 in the line.
    const named = /^(.+?)[（(]款[)）](.+)$/.exec(name);
    const parentKuan = named ? rowCode(named[1]!, undefined, cls, 5, rows)?.code : kuan;
    const found = isKuan
      ? rowCode(name, figure.amount, cls, 5, rows)
      : rowCode(named ? named[2]! : name, figure.amount, parentKuan ?? cls, 7, rows);
    if (!found) {
      notes.push(
        unsure(
          at,
          `“${name}”在表5 中没有名称或金额相符的科目，请在 facts.items 中填写它的编码`,
          `“${name}” matches no row of table 5 by name or amount; fill in its code in facts.items`,
        ),
      );
      return;
    }
    if (isKuan) kuan = found.code;
    if (found.byAmount)
      notes.push(
        unsure(
          at,
          `“${name}”与表5 中任何科目的名称都不相符；按金额${figure.amount}万元取了表中的 ${found.code}，请核对`,
          `“${name}” matches no name of table 5; ${found.code} was taken by its amount (${figure.amount}), please check`,
        ),
      );
    out.push({ code: found.code, name, ...figure });
  });
  return out;
};

/** 六 and 八: "…基本支出预算X万元。其中：（一）人员经费X万元…（二）公用经费X万元…". */
const basicSplitOf = (text: string) => {
  const [amount, personnel, publicCosts] = ["基本支出预算", "人员经费", "公用经费"].map(
    (label) => new RegExp(`${escape(label)}${AMOUNT}`).exec(text)?.[1],
  );
  return amount && personnel && publicCosts ? { amount, personnel, public: publicCosts } : undefined;
};

/** 十二: "政府采购支出预算总额X万元。其中：拟采购货物支出X万元、拟购买服务支出X万元". */
const procurementOf = (text: string) => {
  const total = new RegExp(String.raw`政府采购(?:支出)?预算总(?:金)?额为?${AMOUNT}`).exec(text)?.[1];
  if (!total) return undefined;
  const part = (what: string) => new RegExp(String.raw`拟(?:采购|购买)${what}(?:支出)?${AMOUNT}`).exec(text)?.[1];
  const [goods, works, services] = [part("货物"), part("工程"), part("服务")];
  return {
    total,
    ...(goods ? { goods } : {}),
    ...(works ? { works } : {}),
    ...(services ? { services } : {}),
  };
};

/** The “三公” summary: "因公出国（境）费支出X万元，占“三公”经费的Y%；…". */
const THREE_PUBLIC_SHARE = new RegExp(
  String.raw`(因公出国（境）费|公务用车[^，。；\d]{0,12}?费|公务接待费)支出${AMOUNT}，占“三公”经费的${NUM}%`,
  "g",
);

const factsOf = (
  sections: readonly ReadSection[],
  partAt: SourceLine | undefined,
  tables: readonly ImportedTable[],
  notes: ImportNote[],
) => {
  const section = (name: SectionName) =>
    sections.find(
      (found) => found.heading && SECTION_NAMES[name].test(normalise(found.heading).replace(ORDINAL_HEAD, "")),
    );
  const textOfSection = (name: SectionName) => section(name)?.paragraphs.join("") ?? "";
  /** The first line of the paragraph that holds `label`, for the report. */
  const lineOf = (name: SectionName, label: string) => {
    const found = section(name);
    const at = found?.paragraphs.findIndex((p) => p.includes(label)) ?? -1;
    return (at >= 0 ? found?.starts[at] : found?.headingAt) ?? partAt;
  };
  const missing = (key: string, label: string, at: SourceLine | undefined) =>
    notes.push(
      unsure(
        at,
        `没有找到“${label}”的标准表述，请在 explanation.yaml 的 facts.${key} 中填写`,
        `the standard sentence for “${label}” was not found; fill in facts.${key} in explanation.yaml`,
      ),
    );

  const facts: Record<string, unknown> = {};
  const figures: Partial<Record<JiangsuFigureKey, Stated>> = {};
  for (const { key, section: name, label, required } of FIGURES) {
    const text = textOfSection(name);
    const figure = statedAfter(text, label);
    if (figure) figures[key] = figure;
    // A figure the document does not name is not stated; one it names in other words is reported.
    else if (required || text.includes(label)) missing(key, label, lineOf(name, label));
  }
  for (const { key, section: name, label } of SHARES) {
    const share = new RegExp(String.raw`${escape(label)}[^\d，。；]{0,4}?${AMOUNT}，占${NUM}%`).exec(
      textOfSection(name),
    );
    if (share) figures[key] = { ...(figures[key] ?? { amount: share[1]! }), share: share[2]! };
  }
  // The “三公” summary's three parts, in their order: 因公出国（境）费, the vehicles, 公务接待费.
  for (const [, label, amount, share] of textOfSection("threePublic").matchAll(THREE_PUBLIC_SHARE)) {
    const key: JiangsuFigureKey =
      label === "因公出国（境）费" ? "abroad" : label === "公务接待费" ? "reception" : "vehicles";
    if (key === "vehicles" && label !== "公务用车购置及运行费")
      notes.push(
        unsure(
          lineOf("threePublic", `${label}支出${amount}`),
          `“三公”经费的构成中印作“${label}支出${amount}万元，占“三公”经费的${share}%”，已按公务用车购置及运行费记入 facts.vehicles.share，请核对`,
          `the “three public” shares print “${label}” for the vehicles; its share was recorded as facts.vehicles.share, please check`,
        ),
      );
    figures[key] = { ...(figures[key] ?? { amount: amount! }), share: share! };
  }
  for (const { key } of FIGURES) if (figures[key]) facts[key] = figures[key];

  const rows = table05Rows(tables);
  const overall = section("overall");
  const classes = overall ? readClasses(overall, rows, notes) : [];
  if (classes.length) facts.classes = classes;
  else missing("classes", "支出预算总计的各类支出", lineOf("overall", "支出预算总计"));
  const fiscalExpenditure = section("fiscalExpenditure");
  const items = fiscalExpenditure ? readItems(fiscalExpenditure, rows, notes) : [];
  if (items.length) facts.items = items;
  else missing("items", "财政拨款支出的款、项", lineOf("fiscalExpenditure", "（项）"));

  for (const [key, name] of [
    ["fiscal_basic", "fiscalBasic"],
    ["general_basic", "generalBasic"],
  ] as const) {
    const split = basicSplitOf(textOfSection(name));
    if (split) facts[key] = split;
    else missing(key, "基本支出预算（人员经费、公用经费）", lineOf(name, "基本支出"));
  }
  const procurement = procurementOf(textOfSection("procurement"));
  if (procurement) facts.procurement = procurement;
  else missing("procurement", "政府采购支出预算总额", lineOf("procurement", "政府采购"));
  const performance = new RegExp(String.raw`共(\d+)个项目实行绩效目标管理，涉及财政性资金合计${AMOUNT}`).exec(
    textOfSection("other"),
  );
  if (performance) facts.performance = { projects: Number(performance[1]), amount: performance[2] };
  else missing("performance", "实行绩效目标管理的项目", lineOf("other", "绩效目标"));
  return facts;
};

const texts = (input: ImportInput) => {
  const { doc, text, tables, year } = input;
  const notes: ImportNote[] = [];
  // The text after the last table is that table's trailing text: put every line back in print order.
  const all = dropReprintedPageStarts(
    [...text, ...tables.flatMap((table) => table.text.trailing)]
      .sort((a, b) => a.page - b.page || a.line - b.line)
      .filter(
        (line) => textOf(line) !== "" && !PAGE_NUMBER.test(line.text) && !TABLE_NUMBER.test(normalise(line.text)),
      ),
  );
  const charts = chartLines(all);
  for (const line of all.filter((found) => charts.has(found)))
    notes.push(unplaced(line, "图表中的文字（图中的标注），未写入", "text of a chart (its labels), not written"));
  const body = all.filter((line) => !charts.has(line));
  const em = emOf(body);
  const { cover, contents, parts, before } = splitDocument(body);
  for (const line of before)
    notes.push(unplaced(line, "这一行在目录之后、正文之前，未写入", "this line is between the contents and the body"));
  if (contents.length === 0) notes.push(unsure(undefined, "没有找到“目录”", "no 目录 was found"));

  // Cover: the title over one or more lines, and the date where printed.
  const dateLine = cover.find((line) => DATE.test(normalise(line.text)));
  const title = cover
    .filter((line) => line !== dateLine)
    .map((line) => normalise(line.text))
    .join("");
  const tablesPrinted = tableEntries(doc, tables);
  const titles = Object.values(tablesPrinted).map((entry) => entry.title);
  const department = departmentOf(input, title, titles, cover[0], notes);

  const partOf = (test: RegExp, name: string) => {
    const found = parts.find((part) => test.test(normalise(part.heading)));
    if (!found) notes.push(unsure(undefined, `没有找到“${name}”`, `“${name}” was not found`));
    return found;
  };
  const overview = partOf(/^第[一二三四五六七八九十]+部分部门概况$/, "第一部分 部门概况");
  const explanation = partOf(/情况说明$/, "第三部分 情况说明");
  const glossary = partOf(/名词解释$/, "第四部分 名词解释");
  // The 第二部分 heading stands over the tables: what else is printed under it is reported.
  for (const part of parts.filter((found) => ![overview, explanation, glossary].includes(found)))
    for (const line of part.lines)
      notes.push(unplaced(line, "这一行不属于任何已知的部分，未写入", "this line is in no known part"));

  const explanationSections = explanation ? sectionsOf(paragraphLines(explanation.lines, em)) : [];
  const facts = factsOf(explanationSections, explanation?.at, tables, notes);

  const files = {
    "department.yaml": {
      comment: `${department} ${year ?? ""}年部门预算：封面、目录、表名与表注、部门概况`,
      value: {
        profile: "jiangsu-budget",
        kind: "部门预算",
        department,
        year,
        title,
        ...(dateLine ? { date: normalise(dateLine.text) } : {}),
        contents: contentsOf(contents),
        tables: tablesPrinted,
        overview: {
          heading: overview?.heading ?? "第一部分 部门概况",
          sections: overview ? printedSections(sectionsOf(paragraphLines(overview.lines, em))) : [],
        },
      },
    },
    "explanation.yaml": {
      comment: `${department} ${year ?? ""}年部门预算：情况说明`,
      value: {
        heading: explanation?.heading ?? "第三部分 情况说明",
        sections: printedSections(explanationSections),
        facts,
      },
    },
    "glossary.yaml": {
      comment: `${department} ${year ?? ""}年部门预算：名词解释`,
      value: {
        heading: glossary?.heading ?? "第四部分 名词解释",
        terms: glossary ? glossaryTerms(paragraphLines(glossary.lines, em), notes) : [],
      },
    },
  };
  return { files, notes, department };
};

export const JIANGSU_IMPORTER: ProfileImporter = { texts };
