/**
 * Writing a Guangzhou document's YAML files from its imported text: department.yaml (cover title,
 * 概况, the 注 under each table, the two rounding notes), explanation.yaml (第三部分 as printed, and
 * the facts its standard sentences state), glossary.yaml (第四部分). What a sentence does not say
 * in the standard wording is reported, not guessed: the validator then names the missing fact.
 */
import { signedDecimalText } from "../../format";
import type { ImportInput, ProfileImporter } from "../../import/document";
import { noteAt, type ImportNote } from "../../import/report";
import { paragraphs, splitParts, splitSections, type TextPart } from "../../import/text-parts";
import { normalise } from "../../import/printed-text";
import type { SourceLine } from "../../import/source";

const ROUNDING = /四舍五入|尾差|尾数误差/;
const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)`;

const partNamed = (parts: readonly TextPart[], word: RegExp): TextPart | undefined =>
  parts.find((part) => word.test(normalise(part.heading.text)));

const unsure = (at: SourceLine | undefined, zh: string, en: string): ImportNote => noteAt("unsure", at, { zh, en });

interface ChangeFact {
  amount: string;
  change: string;
  percent?: string;
  reason?: string;
}

/**
 * A figure as the standard sentence states it: "<label>…<amount>万元（…）比上年增加|减少<change>万元，
 * 增长|下降<percent>%，主要原因是<reason>；" with the parenthesis, percent and reason optional.
 */
const changeAfter = (text: string, label: string): ChangeFact | undefined => {
  const at = text.indexOf(label);
  if (at < 0) return undefined;
  const pattern = new RegExp(
    String.raw`^[^\d，。；]*?${AMOUNT}万元(?:（[^）]*）)?，?比上年(增加|减少)${AMOUNT}万元` +
      String.raw`(?:，(增长|下降)(?:${AMOUNT}%|--（基数为0，不可比）))?(?:，主要原因是([^；。]+))?`,
  );
  const match = pattern.exec(text.slice(at + label.length));
  if (!match) return undefined;
  const [, amount, direction, change, trend, percent, reason] = match;
  return {
    amount: amount!,
    change: signedDecimalText(change!, direction === "减少"),
    ...(trend ? { percent: percent === undefined ? "不可比" : signedDecimalText(percent, trend === "下降") } : {}),
    ...(reason ? { reason } : {}),
  };
};

/** Where each fact's sentence is: its section (by heading words) and the label it follows. */
const CHANGE_FACTS: readonly { key: string; section: RegExp; label: string }[] = [
  { key: "income", section: /收支增减/, label: "收入预算" },
  { key: "expenditure", section: /收支增减/, label: "支出预算" },
  { key: "three_public", section: /三公/, label: "“三公”经费" },
  { key: "abroad", section: /三公/, label: "因公出国（境）费" },
  { key: "vehicles", section: /三公/, label: "公务用车购置及运行维护费" },
  { key: "vehicle_purchase", section: /三公/, label: "公务用车购置费" },
  { key: "vehicle_operation", section: /三公/, label: "公务用车运行维护费" },
  { key: "reception", section: /三公/, label: "公务接待费" },
  { key: "admin_costs", section: /机关运行经费/, label: "机关运行经费安排" },
];

const readFacts = (
  sections: readonly { heading: string; text: string; at: SourceLine | undefined }[],
  notes: ImportNote[],
) => {
  const facts: Record<string, unknown> = {};
  const sectionOf = (word: RegExp) => sections.find((section) => word.test(section.heading));
  for (const { key, section, label } of CHANGE_FACTS) {
    const found = sectionOf(section);
    const fact = found ? changeAfter(found.text, label) : undefined;
    if (fact) facts[key] = fact;
    else
      notes.push(
        unsure(
          found?.at,
          `情况说明中没有找到“${label}”的标准表述（金额、比上年增减），请在 explanation.yaml 的 facts.${key} 中填写`,
          `the standard sentence for “${label}” was not found; fill in facts.${key} in explanation.yaml`,
        ),
      );
  }
  const procurement = sectionOf(/政府采购/);
  const bought = procurement
    ? new RegExp(
        String.raw`政府采购安排${AMOUNT}万元，其中：货物类采购预算${AMOUNT}万元，工程类采购预算${AMOUNT}万元，服务类采购预算${AMOUNT}万元`,
      ).exec(procurement.text)
    : null;
  if (bought) facts.procurement = { total: bought[1], goods: bought[2], works: bought[3], services: bought[4] };
  else
    notes.push(
      unsure(
        procurement?.at,
        "情况说明中没有找到政府采购的标准表述，请在 facts.procurement 中填写",
        "the procurement sentence was not found; fill in facts.procurement",
      ),
    );
  const assets = sectionOf(/国有资产/);
  const held = assets
    ? new RegExp(
        String.raw`截至(\d{4})年(\d{1,2})月(\d{1,2})日，本部门固定资产金额${AMOUNT}万元，分布构成情况为：房屋${AMOUNT}平方米，车辆(\d+)辆，单价在100万元以上的设备(\d+)台等。本年度拟购置固定资产${AMOUNT}万元，主要是([^。]+)。`,
      ).exec(assets.text)
    : null;
  if (held) {
    const [, y, m, d, value, area, vehicles, equipment, planned, reason] = held;
    facts.assets = {
      as_of: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`,
      value,
      building_area_m2: area,
      vehicles: Number(vehicles),
      equipment_over_1m: Number(equipment),
      planned_purchase: planned,
      planned_purchase_reason: reason,
    };
  } else
    notes.push(
      unsure(
        assets?.at,
        "情况说明中没有找到国有资产占有使用情况的标准表述，请在 facts.assets 中填写",
        "the state assets sentence was not found; fill in facts.assets",
      ),
    );
  return facts;
};

const TERM_START = /^[一二三四五六七八九十]+、/;

/**
 * 名词解释 entries: "一、财政拨款收入：指…" (the published form), or the term on its own line and
 * the definition below it (how a web page prints a definition list); wrapped lines continue the
 * entry they are in.
 */
const readTerms = (lines: readonly SourceLine[]): { term: string; definition: string }[] => {
  const terms: { term: string; definition: string }[] = [];
  for (const line of lines) {
    const text = line.text.trim();
    const current = terms[terms.length - 1];
    if (TERM_START.test(text) || !current) {
      const body = text.replace(TERM_START, "");
      const colon = body.indexOf("：");
      terms.push(
        colon < 0 ? { term: body, definition: "" } : { term: body.slice(0, colon), definition: body.slice(colon + 1) },
      );
    } else current.definition += text;
  }
  return terms;
};

/** 概况: 一、主要职责 (one paragraph per duty), 二、部门机构设置, 三、部门预算构成. */
const readOverview = (part: TextPart | undefined, notes: ImportNote[]) => {
  const sections = splitSections(part?.lines ?? []);
  const body = (word: RegExp) => sections.find((section) => word.test(section.heading));
  const duties = body(/职责|职能/);
  const institutions = body(/机构设置/);
  const composition = body(/预算构成/);
  for (const [found, name] of [
    [duties, "主要职责"],
    [institutions, "部门机构设置"],
    [composition, "部门预算构成"],
  ] as const) {
    if (!found)
      notes.push(unsure(part?.heading, `概况中没有找到“${name}”一节`, `the overview has no “${name}” section`));
  }
  return {
    duties: paragraphs(duties?.lines ?? []),
    institutions: paragraphs(institutions?.lines ?? []).join("\n"),
    composition: paragraphs(composition?.lines ?? []).join("\n"),
  };
};

/** The cover's title, printed over several lines ("2025年" / "…部门预" / "算"). */
const titleOf = (cover: readonly SourceLine[]): string => cover.map((line) => normalise(line.text)).join("");

const texts = ({ text, tables, textTables, year, department }: ImportInput) => {
  const notes: ImportNote[] = [];
  const { cover, parts } = splitParts(text);
  const overview = readOverview(partNamed(parts, /概况/), notes);

  const tableNotes: Record<string, string> = {};
  let tablesNote: string | undefined;
  for (const table of tables) {
    if (table.text.note !== undefined) tableNotes[table.spec.id] = table.text.note;
    else notes.push(unsure(undefined, `${table.spec.title.zh}下面没有“注：”`, `${table.spec.title.en} has no 注 line`));
    for (const line of table.text.trailing) {
      if (ROUNDING.test(line.text) && tablesNote === undefined) tablesNote = line.text.trim();
      else
        notes.push(
          noteAt("unplaced", line, {
            zh: "表格之后的这一行没有归入任何部分",
            en: "this line after a table belongs to no part",
          }),
        );
    }
  }

  const explanationPart = partNamed(parts, /情况说明/);
  const glossaryPart = partNamed(parts, /名词解释/);
  let reportNote: string | undefined;
  const glossaryLines = (glossaryPart?.lines ?? []).filter((line) => {
    if (ROUNDING.test(line.text) && !/^[一二三四五六七八九十]+、/.test(line.text.trim())) {
      reportNote = line.text.trim();
      return false;
    }
    return true;
  });
  const keyProjects = textTables.find((found) => found.table.spec.id === "keyProjects");
  const sections = splitSections(explanationPart?.lines ?? []).filter((section) => section.heading !== "");
  const explanationSections = sections.map((section) => {
    const hasTable = keyProjects?.after !== undefined && section.lines.includes(keyProjects.after);
    return {
      heading: section.heading,
      paragraphs: paragraphs(section.lines),
      ...(hasTable
        ? { key_projects: true, ...(keyProjects!.note ? { key_projects_note: keyProjects!.note } : {}) }
        : {}),
    };
  });
  const facts = readFacts(
    sections.map((section) => ({
      heading: section.heading,
      text: paragraphs(section.lines).join(""),
      at: section.lines[0],
    })),
    notes,
  );

  const terms = readTerms(glossaryLines);
  for (const term of terms.filter((entry) => entry.definition === "")) {
    notes.push(
      unsure(
        glossaryPart?.heading,
        `名词解释“${term.term}”没有解释文字`,
        `glossary entry “${term.term}” has no definition`,
      ),
    );
  }

  const title = titleOf(cover);
  const leftovers = [
    ...(partNamed(parts, /预算表/)?.lines ?? []),
    ...parts
      .filter(
        (part) => ![/概况/, /预算表/, /情况说明/, /名词解释/].some((word) => word.test(normalise(part.heading.text))),
      )
      .flatMap((part) => [part.heading, ...part.lines]),
  ];
  for (const line of leftovers) {
    notes.push(
      noteAt("unplaced", line, {
        zh: "这一行不属于概况、情况说明或名词解释，未写入",
        en: "this line belongs to no known part and was not written",
      }),
    );
  }
  const files = {
    "department.yaml": {
      comment: `${title}：部门概况、各表注释及说明`,
      value: {
        profile: "guangzhou-budget",
        department,
        year,
        unit: tables[0]?.text.unit ?? "万元",
        title,
        overview,
        table_notes: tableNotes,
        notes: { tables: tablesNote, report: reportNote },
      },
    },
    "explanation.yaml": {
      comment: `${title} 第三部分：${year ?? ""}年部门预算情况说明`,
      value: { sections: explanationSections, facts },
    },
    "glossary.yaml": { comment: `${title} 第四部分：名词解释`, value: { terms } },
  };
  return { files, notes };
};

export const GUANGZHOU_IMPORTER: ProfileImporter = { texts };
