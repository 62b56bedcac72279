/**
 * Writing a Shanghai document's YAML files from its imported text: department.yaml (cover, 目录,
 * the printed table titles and 注, 主要职能 and 机构设置), glossary.yaml (名词解释) and
 * explanation.yaml (编制说明, 其他相关情况说明, 项目经费情况说明 as printed, and the facts their
 * standard sentences state). What a sentence does not say in the standard wording is reported,
 * not guessed: the validator then names the missing fact.
 */
import { classByName, FUNCTION_CODES } from "../../classification";
import { signedDecimalText } from "../../format";
import type { ImportInput, ProfileImporter } from "../../import/document";
import { missingFact, unplaced, unsure, type ImportNote } from "../../import/report";
import type { SourceLine } from "../../import/source";
import { isMoneyText, normalise } from "../../import/printed-text";
import { matchesTitle, type ImportedTable } from "../../import/tables";
import { dropReprintedPageStarts, paragraphs, splitSections, SECTION_HEADING } from "../../import/text-parts";
import { SHANGHAI_TABLE_IDS } from "./tables";

const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)`;
const BASIS = String.raw`(\d{4}年预算(?:执行数)?)`;

/** Items begin with an ordinal; "983.05万元" at the start of a wrapped line is no "983." item. */
const ITEM = /^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d))/;
/** These documents end no paragraph with "；": a line ending in one wrapped there. */
const ENDS = /[。！？：:]$/;
const TOP_LEVEL = /^[一二三四五六七八九十]+、/;
const SUB_ENTRY = /^\d+\s*[.、．]/;
const DOT_LEADER = /\s*[…．.·]{2,}\s*$/;

const textOf = (line: SourceLine): string => line.text.trim();

/** A workbook cell holds a whole page of text, its printed lines apart by line breaks. */
const cellLines = (line: SourceLine): SourceLine[] =>
  line.text.includes("\n")
    ? line.text
        .split("\n")
        .filter((text) => text.trim() !== "")
        .map((text) => ({ ...line, text, cells: [{ text, x0: line.cells[0]?.x0 ?? 0, x1: line.cells[0]?.x1 ?? 0 }] }))
    : [line];

type PartKey = "duties" | "institutions" | "glossary" | "compilation" | "other" | "projects";

/** The body's part headings, as the template prints them. */
const PART_HEADINGS: readonly { key: PartKey; test: (text: string) => boolean }[] = [
  { key: "duties", test: (text) => /主要职能$/.test(text) },
  { key: "institutions", test: (text) => /机构设置$/.test(text) },
  { key: "glossary", test: (text) => text === "名词解释" },
  { key: "compilation", test: (text) => /^(?:\d{4}年)?(?:部门|单位)预算编制说明$/.test(text) },
  { key: "other", test: (text) => text === "其他相关情况说明" },
  // A department's project explanations, under one heading or under one per project.
  { key: "projects", test: (text) => /经费情况说明$/.test(text) },
];

interface Part {
  key: PartKey;
  heading: SourceLine;
  lines: SourceLine[];
}

/** The cover, the 目录's lines and the body's parts, each from its heading. */
const splitDocument = (lines: readonly SourceLine[], notes: ImportNote[]) => {
  const contentsAt = lines.findIndex((line) => normalise(line.text) === "目录");
  const cover = lines.slice(0, Math.max(contentsAt, 0));
  let index = contentsAt + 1;
  const contents: SourceLine[] = [];
  while (index < lines.length && contentsAt >= 0) {
    const text = textOf(lines[index]!);
    if (!TOP_LEVEL.test(text) && !SUB_ENTRY.test(text)) break;
    contents.push(lines[index]!);
    index++;
  }
  const parts: Part[] = [];
  for (const line of lines.slice(index)) {
    const text = normalise(line.text);
    const heading = PART_HEADINGS.find(
      ({ key, test }) =>
        test(text) &&
        !parts.some((part) => part.key === key) &&
        (key !== "projects" || parts.some((part) => part.key === "other")),
    );
    if (heading) parts.push({ key: heading.key, heading: line, lines: [] });
    else if (parts.length) parts[parts.length - 1]!.lines.push(line);
    else
      notes.push(
        unplaced(line, "这一行在目录之后、正文之前，未写入", "this line is between the contents and the body"),
      );
  }
  return { cover, contents, parts };
};

interface Figure {
  amount: string;
  change?: string;
  basis?: string;
}

/** "<label>[预算数为]X万元[，。]比|与<basis>增加|减少Y万元 | 持平": the first place the label is followed by its figure. */
const figureAfter = (text: string, label: string): Figure | undefined => {
  const pattern = new RegExp(
    String.raw`^[^\d，。；：、]{0,6}?${AMOUNT}万元(?:[，。]?(?:比|与)${BASIS}(?:(增加|减少)${AMOUNT}万元|持平))?`,
  );
  for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
    const match = pattern.exec(text.slice(at + label.length));
    if (!match) continue;
    const [, amount, basis, direction, change] = match;
    if (basis === undefined) return { amount: amount! };
    return {
      amount: amount!,
      basis,
      change: direction === undefined ? "0" : signedDecimalText(change!, direction === "减少"),
    };
  }
  return undefined;
};

const COMPILATION_FIGURES: readonly { key: string; label: string }[] = [
  { key: "income", label: "收入预算" },
  { key: "fiscal_income", label: "财政拨款收入" },
  { key: "operating_income", label: "事业收入" },
  { key: "business_income", label: "事业单位经营收入" },
  { key: "other_income", label: "其他收入" },
  { key: "expenditure", label: "支出预算" },
  { key: "fiscal_expenditure", label: "财政拨款支出预算" },
  { key: "general_budget", label: "一般公共预算拨款支出预算" },
  { key: "gov_fund", label: "政府性基金拨款支出预算" },
  { key: "state_capital", label: "国有资本经营预算拨款支出预算" },
];

const THREE_PUBLIC_FIGURES: readonly { key: string; label: string }[] = [
  { key: "three_public", label: "“三公”经费" },
  { key: "abroad", label: "因公出国（境）费" },
  { key: "vehicles", label: "公务用车购置及运行费" },
  { key: "vehicle_purchase", label: "公务用车购置费" },
  { key: "vehicle_operation", label: "公务用车运行费" },
  { key: "reception", label: "公务接待费" },
];

/** 项 rows of the document's function tables (表5, 表3, 表2): code and name, with the row's 合计. */
const functionRows = (tables: readonly ImportedTable[]) =>
  ["table05", "table03", "table02"].flatMap((id) => {
    const table = tables.find((found) => found.spec.id === id);
    if (!table) return [];
    const at = (key: string) => table.spec.columns.findIndex((column) => column.key === key);
    const [cls, kuan, xiang, name, total] = ["class", "category", "item", "name", "total"].map(at);
    if ([cls, kuan, xiang, name, total].some((i) => i === undefined || i < 0)) return [];
    return table.rows.map((row) => ({
      code: `${row[cls!] ?? ""}${row[kuan!] ?? ""}${row[xiang!] ?? ""}`,
      name: normalise(row[name!] ?? ""),
      total: (row[total!] ?? "").replaceAll(",", ""),
    }));
  });

/** 元 or 万元 amounts in the tables are compared with a 万元 figure of the text. */
const sameAmount = (printed: string, tenThousands: string, unit: string | undefined): boolean => {
  const cents = Math.round(Number(tenThousands.replaceAll(",", "")) * 1000000);
  return printed !== "" && Math.round(Number(printed) * (unit === "万元" ? 1000000 : 100)) === cents;
};

/**
 * The 7-digit code of "X（类）Y（款）Z（项）": by the names in the classification (a class by its
 * current or former name, then its 款 and 项 by name), else by the names in the document's own
 * tables. Where neither names it (the line misnames its 项), the one 项 row under the class with
 * the line's amount is taken, and said so in the report; validation then compares the printed
 * names with that row's (explain.item-name) and names the line.
 */
const codeOf = (
  names: { cls: string; kuan: string; xiang: string },
  amount: string,
  tables: readonly ImportedTable[],
): { code: string; byAmount?: true } | undefined => {
  const cls = classByName(names.cls)?.code;
  if (cls) {
    const kuan = FUNCTION_CODES.find(
      (entry) => entry.code.length === 5 && entry.code.startsWith(cls) && entry.zh === names.kuan,
    );
    const xiang =
      kuan &&
      FUNCTION_CODES.find(
        (entry) => entry.code.length === 7 && entry.code.startsWith(kuan.code) && entry.zh === names.xiang,
      );
    if (xiang) return { code: xiang.code };
  }
  const rows = functionRows(tables);
  const kuanRow = rows.find((row) => row.code.length === 5 && row.name === names.kuan);
  const inTable =
    kuanRow &&
    rows.find((row) => row.code.length === 7 && row.code.startsWith(kuanRow.code) && row.name === names.xiang);
  if (inTable) return { code: inTable.code };
  const unit = tables.find((table) => table.spec.id === "table05")?.text.unit;
  const byAmount = [
    ...new Set(
      rows
        .filter(
          (row) => row.code.length === 7 && (!cls || row.code.startsWith(cls)) && sameAmount(row.total, amount, unit),
        )
        .map((row) => row.code),
    ),
  ];
  return byAmount.length === 1 ? { code: byAmount[0]!, byAmount: true } : undefined;
};

const ITEM_LINE = new RegExp(
  String.raw`^\d+[.、．]\s*“(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]”(?:科目)?${AMOUNT}万元`,
);
const ITEM_PRIOR = new RegExp(
  String.raw`\d{4}年当年预算执行数为${AMOUNT}万元，\d{4}年预算安排${AMOUNT}万元，比\d{4}年预算执行数(?:(增加|减少)${AMOUNT}%|持平)`,
);

const readItems = (
  paragraphsOf: readonly string[],
  tables: readonly ImportedTable[],
  lines: readonly SourceLine[],
  notes: ImportNote[],
) => {
  const items: Record<string, string>[] = [];
  for (const text of paragraphsOf.filter((paragraph) => ITEM_LINE_START.test(paragraph))) {
    // The printed line the item starts on, for the report.
    const at = lines.find((line) => text.startsWith(textOf(line)));
    const match = ITEM_LINE.exec(text);
    if (!match) {
      notes.push(
        unsure(
          at,
          `编制说明中“${text.slice(0, 30)}…”不是标准表述，请在 facts.items 中填写`,
          `item line “${text.slice(0, 30)}…” is not in the standard wording; fill in facts.items`,
        ),
      );
      continue;
    }
    const [, cls, kuan, xiang, amount] = match;
    const names = { cls: normalise(cls!), kuan: normalise(kuan!), xiang: normalise(xiang!) };
    const found = codeOf(names, amount!, tables);
    if (found === undefined) {
      notes.push(
        unsure(
          at,
          `编制说明中“${cls}（类）${kuan}（款）${xiang}（项）”不是已知的科目，请在 facts.items 中填写它的编码`,
          `“${cls}/${kuan}/${xiang}” is no known 项; fill in its code in facts.items`,
        ),
      );
      continue;
    }
    const { code } = found;
    if (found.byAmount) {
      notes.push(
        unsure(
          at,
          `编制说明中“${cls}（类）${kuan}（款）${xiang}（项）”与任何科目的名称都不相符；按金额${amount}万元取了表中的 ${code}，请核对`,
          `“${cls}/${kuan}/${xiang}” matches no classification name; ${code} was taken from the tables by its amount (${amount}), please check`,
        ),
      );
    }
    const item: Record<string, string> = { code, amount: amount! };
    const prior = ITEM_PRIOR.exec(text);
    if (prior) {
      const [, executed, , direction, percent] = prior;
      item.prior = executed!;
      item.percent = direction === undefined ? "0" : signedDecimalText(percent!, direction === "减少");
    } else if (text.includes("执行数"))
      notes.push(
        unsure(
          at,
          `编制说明第${items.length + 1}条的上年执行数不是标准表述，请在 facts.items 中填写 prior 和 percent`,
          `item ${items.length + 1}'s prior-year outturn is not in the standard wording; fill in prior and percent`,
        ),
      );
    items.push(item);
  }
  return items;
};

const ITEM_LINE_START = /^\d+[.、．]\s*“/;

/**
 * 编制说明: paragraphs, where a "N. “…”" item line runs on to the next item even past a line that
 * ends a sentence (its 上年执行数 sentence follows its use).
 */
const compilationParagraphs = (lines: readonly SourceLine[]): string[] =>
  paragraphs(lines, ITEM, ENDS).reduce<string[]>((out, paragraph) => {
    const last = out[out.length - 1];
    if (last !== undefined && ITEM_LINE_START.test(last) && !ITEM.test(paragraph))
      out[out.length - 1] = last + paragraph;
    else out.push(paragraph);
    return out;
  }, []);

interface Section {
  heading?: string;
  paragraphs: string[];
}

const sectionsOf = (lines: readonly SourceLine[], heading: RegExp = SECTION_HEADING): Section[] =>
  splitSections(lines, heading).map((section) => ({
    ...(section.heading ? { heading: section.heading } : {}),
    paragraphs: paragraphs(section.lines, ITEM, ENDS),
  }));

const PROJECT_SECTION = new RegExp(`${SECTION_HEADING.source}|^[^。；，：]{1,40}经费情况说明$`);

const texts = ({ doc, text, tables, year, department }: ImportInput) => {
  const notes: ImportNote[] = [];
  // The text after the last table is that table's trailing text: put every line back in print order.
  const all = dropReprintedPageStarts(
    [...text, ...tables.flatMap((table) => table.text.trailing)]
      .sort((a, b) => a.page - b.page || a.line - b.line)
      .flatMap(cellLines),
  );
  const { cover, contents, parts } = splitDocument(all, notes);
  const part = (key: PartKey) => parts.find((found) => found.key === key);

  // Cover: the title, then 预算主管部门：… or 预算单位：….
  const coverLine = cover.find((line) => /^(?:预算主管部门|预算单位)[：:]/.test(textOf(line)));
  const title = cover
    .filter((line) => line !== coverLine)
    .map(textOf)
    .join("");
  const kind = /单位预算$/.test(title) || (coverLine && /^预算单位/.test(textOf(coverLine))) ? "单位预算" : "部门预算";
  if (!coverLine)
    notes.push(
      unsure(cover[0], "封面上没有“预算主管部门：”或“预算单位：”一行", "the cover has no 预算主管部门/预算单位 line"),
    );
  for (const line of cover.filter((line) => line !== coverLine).slice(1))
    notes.push(
      unplaced(line, "封面上的这一行已并入标题，请核对", "this cover line was joined to the title, please check"),
    );

  // Amounts of tables 1–8: their unit, and how many decimals they print.
  const unit = tables.find((table) => table.text.unit !== undefined && table.spec.id !== "table09")?.text.unit ?? "元";
  const decimals = Math.max(
    0,
    ...tables
      .filter((table) => table.spec.id !== "table09")
      .flatMap((table) =>
        table.rows.flatMap((row) =>
          table.spec.columns.flatMap((column, i) =>
            column.type === "money" && row[i] && isMoneyText(row[i]!)
              ? [(/\.(\d+)$/.exec(row[i]!)?.[1] ?? "").length]
              : [],
          ),
        ),
      ),
  );

  const tableEntries: Record<string, { title: string; note?: string }> = {};
  for (const id of SHANGHAI_TABLE_IDS) {
    const table = tables.find((found) => found.spec.id === id);
    if (!table) continue;
    const titleAt = doc.lines.findLastIndex((line) => matchesTitle(line, table.spec));
    const entry: { title: string; note?: string } = {
      title: titleAt >= 0 ? textOf(doc.lines[titleAt]!) : table.spec.title.zh,
    };
    const { note } = table.text;
    if (note !== undefined) {
      const printed = doc.lines
        .slice(Math.max(titleAt, 0))
        .map(textOf)
        .find((line) => /^注\s*[：:]/.test(line));
      entry.note = `${/^注\s*[：:]/.exec(printed ?? "")?.[0] ?? "注："}${note}`;
    }
    tableEntries[id] = entry;
  }

  const overview = (["duties", "institutions"] as const).flatMap((key) => {
    const found = part(key);
    if (!found) {
      notes.push(
        unsure(undefined, `没有找到“${key === "duties" ? "主要职能" : "机构设置"}”一页`, `no ${key} page was found`),
      );
      return [];
    }
    return [{ key, heading: textOf(found.heading), paragraphs: paragraphs(found.lines, ITEM, ENDS) }];
  });

  // 名词解释: "（一）财政拨款收入：是…", wrapped lines continuing the entry.
  const glossaryPart = part("glossary");
  const terms: { term: string; definition: string }[] = [];
  for (const line of glossaryPart?.lines ?? []) {
    const entry = /^[(（][一二三四五六七八九十]+[)）]\s*([^：:]+)[：:](.*)$/.exec(textOf(line));
    if (entry) terms.push({ term: entry[1]!.trim(), definition: entry[2]!.trim() });
    else if (terms.length) terms[terms.length - 1]!.definition += textOf(line);
    else notes.push(unplaced(line, "名词解释中的这一行不是词条", "this glossary line is no entry"));
  }
  if (!glossaryPart) notes.push(unsure(undefined, "没有找到“名词解释”一页", "no glossary page was found"));

  // 编制说明, 其他相关情况说明, 项目经费情况说明.
  const compilation = part("compilation");
  const other = part("other");
  const projects = part("projects");
  const explanationParts = [
    ...(compilation
      ? [
          {
            key: "compilation",
            heading: textOf(compilation.heading),
            sections: [{ paragraphs: compilationParagraphs(compilation.lines) }],
          },
        ]
      : []),
    ...(other ? [{ key: "other", heading: textOf(other.heading), sections: sectionsOf(other.lines) }] : []),
    ...(projects
      ? (() => {
          // One heading over all projects, or (as 商务委 prints it) one per project: then the part
          // takes its name from the 目录 and each project's heading opens a section.
          const own = normalise(projects.heading.text) === "项目经费情况说明";
          const listed = contents
            .map((line) => textOf(line).replace(DOT_LEADER, "").replace(TOP_LEVEL, ""))
            .find((line) => /经费情况说明$/.test(line));
          return [
            {
              key: "projects",
              heading: own ? textOf(projects.heading) : (listed ?? "项目经费情况说明"),
              sections: sectionsOf(own ? projects.lines : [projects.heading, ...projects.lines], PROJECT_SECTION),
            },
          ];
        })()
      : []),
  ];
  for (const [found, name] of [
    [compilation, "预算编制说明"],
    [other, "其他相关情况说明"],
  ] as const)
    if (!found) notes.push(unsure(undefined, `没有找到“${name}”`, `“${name}” was not found`));

  // Facts.
  const facts: Record<string, unknown> = {};
  const figures: Record<string, Figure> = {};
  const compilationText = compilation ? compilationParagraphs(compilation.lines) : [];
  const joined = compilationText.filter((paragraph) => !ITEM_LINE_START.test(paragraph)).join("");
  const missing = (key: string, label: string, at: SourceLine | undefined) => notes.push(missingFact(key, label, at));
  for (const { key, label } of COMPILATION_FIGURES) {
    const figure = figureAfter(joined, label);
    if (figure) figures[key] = figure;
    else missing(key, label, compilation?.heading);
  }
  const otherSections = other ? splitSections(other.lines) : [];
  const sectionText = (word: RegExp) => {
    const section = otherSections.find((found) => word.test(found.heading));
    return section
      ? { text: paragraphs(section.lines, ITEM, ENDS).join(""), at: section.lines[0] ?? other?.heading }
      : undefined;
  };
  const threePublic = sectionText(/三公/);
  for (const { key, label } of THREE_PUBLIC_FIGURES) {
    const figure = threePublic && figureAfter(threePublic.text, label);
    if (figure) figures[key] = figure;
    else missing(key, label, threePublic?.at ?? other?.heading);
  }
  // What the changes are stated against: the basis most figures name.
  const bases = new Map<string, number>();
  for (const figure of Object.values(figures))
    if (figure.basis) bases.set(figure.basis, (bases.get(figure.basis) ?? 0) + 1);
  const comparedWith = [...bases].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (comparedWith) facts.compared_with = comparedWith;
  const stated = (figure: Figure) => ({
    amount: figure.amount,
    ...(figure.change !== undefined ? { change: figure.change } : {}),
    ...(figure.basis && figure.basis !== comparedWith ? { compared_with: figure.basis } : {}),
  });
  for (const { key } of COMPILATION_FIGURES) if (figures[key]) facts[key] = stated(figures[key]);
  facts.items = readItems(compilationText, tables, compilation?.lines ?? [], notes);
  for (const { key } of THREE_PUBLIC_FIGURES) if (figures[key]) facts[key] = stated(figures[key]);

  const adminCosts = sectionText(/机关运行经费/);
  const adminFigure = adminCosts && figureAfter(adminCosts.text, "机关运行经费预算");
  if (adminCosts && /无机关运行经费/.test(adminCosts.text)) facts.admin_costs = "无";
  else if (adminFigure) facts.admin_costs = stated(adminFigure);
  else missing("admin_costs", "机关运行经费预算", adminCosts?.at ?? other?.heading);

  const procurement = sectionText(/政府采购/);
  const bought =
    procurement &&
    new RegExp(
      String.raw`政府采购预算${AMOUNT}万元，其中：政府采购货物预算${AMOUNT}万元[、，；]政府采购工程预算${AMOUNT}万元[、，；]政府采购服务预算${AMOUNT}万元`,
    ).exec(procurement.text);
  if (bought) facts.procurement = { total: bought[1], goods: bought[2], works: bought[3], services: bought[4] };
  else missing("procurement", "政府采购预算", procurement?.at ?? other?.heading);
  if (procurement && /中小企业/.test(procurement.text)) {
    const reserved = new RegExp(
      String.raw`面向中小企业预留政府采购项目预算金额${AMOUNT}万元，其中[，：]预留给小型和微型企业的政府采购项目预算为${AMOUNT}万元`,
    ).exec(procurement.text);
    if (reserved) facts.sme = { reserved: reserved[1], small_micro: reserved[2] };
    else missing("sme", "面向中小企业预留", procurement.at);
  }

  const performance = sectionText(/绩效目标/);
  const targets =
    performance &&
    new RegExp(String.raw`编报绩效目标的项目共?(\d+)个，涉及项目预算资金${AMOUNT}万元`).exec(performance.text);
  if (targets) facts.performance = { projects: Number(targets[1]), amount: targets[2] };
  else missing("performance", "编报绩效目标的项目", performance?.at ?? other?.heading);

  const assets = sectionText(/国有资产/);
  const held =
    assets &&
    /截至(\d{4})年(\d{1,2})月(\d{1,2})日，[^。]*?共有车辆(\d+)辆[^。]*?单价100万元（含）以上设备（不含车辆）(\d+)台（套）/.exec(
      assets.text,
    );
  const planned =
    assets && /安排购置车辆(\d+)辆[^。]*?购置单价100万元（含）以上设备（不含车辆）(\d+)台（套）/.exec(assets.text);
  if (held && planned) {
    const [, y, m, d, vehicles, equipment] = held;
    facts.assets = {
      as_of: `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`,
      vehicles: Number(vehicles),
      equipment_over_1m: Number(equipment),
      planned_vehicles: Number(planned[1]),
      planned_equipment: Number(planned[2]),
    };
  } else missing("assets", "国有资产占有使用情况", assets?.at ?? other?.heading);

  const coverText = coverLine ? textOf(coverLine) : "";
  const body = department ?? coverText.replace(/^[^：:]+[：:]\s*/, "");
  const files = {
    "department.yaml": {
      comment: `${body} ${year ?? ""}年${kind}：封面、目录、表名与表注、主要职能与机构设置`,
      value: {
        profile: "shanghai-budget",
        kind,
        department: body,
        year,
        title,
        cover: coverText,
        amounts: { unit, decimals },
        contents: contents
          .map(textOf)
          .filter((line) => TOP_LEVEL.test(line))
          .map((line) => line.replace(DOT_LEADER, "")),
        tables: tableEntries,
        overview,
      },
    },
    "explanation.yaml": {
      comment: `${body} ${year ?? ""}年${kind}：编制说明、其他相关情况说明、项目经费情况说明`,
      value: { parts: explanationParts, facts },
    },
    "glossary.yaml": {
      comment: `${body} ${year ?? ""}年${kind}：名词解释`,
      value: { heading: glossaryPart ? textOf(glossaryPart.heading) : "名词解释", terms },
    },
  };
  return { files, notes };
};

export const SHANGHAI_IMPORTER: ProfileImporter = { texts };
