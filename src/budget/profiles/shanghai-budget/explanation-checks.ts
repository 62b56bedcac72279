/**
 * The Shanghai 编制说明 and 其他相关情况说明 against the tables and against themselves.
 *
 * explanation.yaml's facts transcribe the figures the text states. Each fact is checked three
 * ways: against the table that prints the same figure (元 converted to 万元, rounded as the text
 * rounds), against the text itself (the figure after its label, the change and what it is
 * compared with, as the profile's wording patterns find them), and, where facts are parts of
 * one another, against their sum.
 */
import type { Bilingual } from "../../i18n-text";
import { parseAmount } from "../../money";
import { money } from "../../reconcile/cells";
import { amountCheck, percentCheck, textCheck, type Ctx } from "../../reconcile/checks";
import { INCOMPARABLE, parsePercent, percentUnits, toHundredthsOfPercent, unitsText } from "../../reconcile/percent";
import type { CellPick } from "../../reconcile/rows";
import { bareName, cellOfPick } from "../../reconcile/rows";
import type { CellRef } from "../../reconcile/types";
import type { BudgetTable } from "../../model";
import { looseName } from "../../text-similarity";
import type { ShanghaiDepartmentYear } from "..";
import { RULES } from "./rules";
import type { ShanghaiExplanation, ShanghaiFigureKey, StatedFigure } from "./schema";

type Facts = ShanghaiExplanation["facts"];
type PartKey = ShanghaiExplanation["parts"][number]["key"];

const dyOf = (ctx: Ctx): ShanghaiDepartmentYear => ctx.dy as ShanghaiDepartmentYear;

interface FactSpec {
  label: Bilingual;
  /** The words that precede the figure in the text, longest first. */
  words: readonly string[];
  /** The part of the text that states it. */
  part: PartKey;
  /** The table cell that prints the same figure. */
  cell: CellPick;
}

const income = (names: readonly string[]): CellPick => ({
  table: "table01",
  row: { line: names, side: "income" },
  column: "amount",
});
const grand = (table: string, side: "income" | "expenditure", column = "amount"): CellPick => ({
  table,
  row: { grandTotal: side },
  column,
});
const t9 = (column: string): CellPick => ({ table: "table09", row: { record: true }, column });

/** Where each stated figure is printed in the tables, and how the text introduces it. */
export const FACTS: Readonly<Record<ShanghaiFigureKey, FactSpec>> = {
  income: {
    label: { zh: "收入预算", en: "income budget" },
    words: ["收入预算"],
    part: "compilation",
    cell: grand("table01", "income"),
  },
  fiscal_income: {
    label: { zh: "财政拨款收入", en: "fiscal appropriation income" },
    words: ["财政拨款收入"],
    part: "compilation",
    cell: income(["财政拨款收入", "财政拨款"]),
  },
  operating_income: {
    label: { zh: "事业收入", en: "public institution revenue" },
    words: ["事业收入"],
    part: "compilation",
    cell: income(["事业收入"]),
  },
  business_income: {
    label: { zh: "事业单位经营收入", en: "business revenue" },
    words: ["事业单位经营收入"],
    part: "compilation",
    cell: income(["事业单位经营收入"]),
  },
  other_income: {
    label: { zh: "其他收入", en: "other revenue" },
    words: ["其他收入"],
    part: "compilation",
    cell: income(["其他收入"]),
  },
  expenditure: {
    label: { zh: "支出预算", en: "expenditure budget" },
    words: ["支出预算"],
    part: "compilation",
    cell: grand("table01", "expenditure"),
  },
  fiscal_expenditure: {
    label: { zh: "财政拨款支出预算", en: "appropriated expenditure" },
    words: ["财政拨款支出预算"],
    part: "compilation",
    cell: grand("table04", "expenditure"),
  },
  general_budget: {
    label: { zh: "一般公共预算拨款支出预算", en: "general public budget expenditure" },
    words: ["一般公共预算拨款支出预算"],
    part: "compilation",
    cell: grand("table04", "expenditure", "generalBudget"),
  },
  gov_fund: {
    label: { zh: "政府性基金拨款支出预算", en: "government fund expenditure" },
    words: ["政府性基金拨款支出预算"],
    part: "compilation",
    cell: grand("table04", "expenditure", "govFund"),
  },
  state_capital: {
    label: { zh: "国有资本经营预算拨款支出预算", en: "state capital operation expenditure" },
    words: ["国有资本经营预算拨款支出预算"],
    part: "compilation",
    cell: grand("table04", "expenditure", "stateCapital"),
  },
  three_public: {
    label: { zh: "“三公”经费", en: "“three public” expenses" },
    words: ["“三公”经费预算数为", "“三公”经费预算数", "“三公”经费预算"],
    part: "other",
    cell: t9("threePublic"),
  },
  abroad: {
    label: { zh: "因公出国（境）费", en: "official travel abroad" },
    words: ["因公出国（境）费"],
    part: "other",
    cell: t9("abroad"),
  },
  vehicles: {
    label: { zh: "公务用车购置及运行费", en: "official vehicles" },
    words: ["公务用车购置及运行费"],
    part: "other",
    cell: t9("vehicles"),
  },
  vehicle_purchase: {
    label: { zh: "公务用车购置费", en: "official vehicle purchase" },
    words: ["公务用车购置费"],
    part: "other",
    cell: t9("vehiclePurchase"),
  },
  vehicle_operation: {
    label: { zh: "公务用车运行费", en: "official vehicle operation" },
    words: ["公务用车运行费"],
    part: "other",
    cell: t9("vehicleOperation"),
  },
  reception: {
    label: { zh: "公务接待费", en: "official receptions" },
    words: ["公务接待费"],
    part: "other",
    cell: t9("reception"),
  },
  admin_costs: {
    label: { zh: "机关运行经费", en: "administrative operating costs" },
    words: ["机关运行经费预算为", "机关运行经费预算"],
    part: "other",
    cell: t9("adminCosts"),
  },
};

const PROCUREMENT: Readonly<Record<keyof NonNullable<Facts["procurement"]>, { label: Bilingual; words: string[] }>> = {
  total: { label: { zh: "政府采购预算", en: "government procurement" }, words: ["政府采购预算"] },
  goods: { label: { zh: "政府采购货物预算", en: "procurement of goods" }, words: ["政府采购货物预算"] },
  works: { label: { zh: "政府采购工程预算", en: "procurement of works" }, words: ["政府采购工程预算"] },
  services: { label: { zh: "政府采购服务预算", en: "procurement of services" }, words: ["政府采购服务预算"] },
};

const figureOf = (facts: Facts, key: ShanghaiFigureKey): StatedFigure | undefined => {
  const fact = facts[key];
  return fact === "无" ? undefined : fact;
};

const explanationFile = (ctx: Ctx): string => `${ctx.dy.path}/explanation.yaml`;

const factCell = (ctx: Ctx, column: string, label: string, value: number): CellRef => ({
  file: explanationFile(ctx),
  source: "explanation",
  column: `facts.${column}`,
  row: label,
  value,
});

// ── Against the tables ─────────────────────────────────────────────────────────────────

const figures = (ctx: Ctx): void => {
  const { facts } = dyOf(ctx).explanation;
  for (const [key, spec] of Object.entries(FACTS) as [ShanghaiFigureKey, FactSpec][]) {
    const fact = figureOf(facts, key);
    if (!fact) continue;
    const cell = cellOfPick(ctx, spec.cell);
    amountCheck(ctx, RULES.explainFigure, {
      subject: factCell(ctx, `${key}.amount`, spec.label.zh, fact.amount.value),
      parts: cell ? [cell] : [],
      about: { zh: "表中同一数字", en: "the same figure in the tables" },
    });
  }
};

const tableRows = (ctx: Ctx, ids: readonly string[]) =>
  ids
    .map((id) => (ctx.dy.tables as Record<string, BudgetTable | undefined>)[id])
    .filter((t): t is BudgetTable => t !== undefined);

const FISCAL_TABLES = ["table05", "table06", "table07"];

const items = (ctx: Ctx): void => {
  const { facts } = dyOf(ctx).explanation;
  const list = facts.items ?? [];
  const tables = tableRows(ctx, FISCAL_TABLES);
  const itemCells = list.map((item, i) => factCell(ctx, `items.${i}.amount`, `[${item.code}]`, item.amount.value));
  list.forEach((item, i) => {
    const parts = tables.flatMap((t) => {
      const row = t.rows.find((r) => r.role === "item" && r.code === item.code);
      return row
        ? [cellOfPick(ctx, { table: t.spec.id, row: { code: item.code }, column: "total" })].filter(
            (c): c is CellRef => c !== undefined,
          )
        : [];
    });
    amountCheck(ctx, RULES.explainItem, {
      subject: itemCells[i],
      parts,
      about: { zh: "表5、表6、表7 该项合计", en: "the code's total in Tables 5–7" },
    });
  });
  const fiscal = figureOf(facts, "fiscal_expenditure");
  if (fiscal && list.length > 0) {
    amountCheck(ctx, RULES.explainItemSum, {
      subject: factCell(ctx, "fiscal_expenditure.amount", FACTS.fiscal_expenditure.label.zh, fiscal.amount.value),
      parts: itemCells,
      about: { zh: "所列各项", en: "the items listed" },
    });
  }
};

// ── Against the text ───────────────────────────────────────────────────────────────────

interface Paragraph {
  text: string;
  /** Where it is in explanation.yaml, for findings. */
  path: string;
}

const paragraphsOf = (ctx: Ctx, part: PartKey): Paragraph[] =>
  dyOf(ctx).explanation.parts.flatMap((p, i) =>
    p.key !== part
      ? []
      : p.sections.flatMap((s, j) =>
          s.paragraphs.map((text, k) => ({ text, path: `parts.${i}.sections.${j}.paragraphs.${k}` })),
        ),
  );

const ALL_WORDS = [
  ...Object.values(FACTS).flatMap((f) => f.words),
  ...Object.values(PROCUREMENT).flatMap((p) => p.words),
];

const NUMBER = /^为?\s*(-?[\d,]+(?:\.\d+)?)\s*万元/;
// A change may follow after "，" or, in some documents, after a full stop ("1.35万元。比2024年预算持平").
const CHANGE =
  /^[，,。]?\s*(?:比|与|较)\s*(\d{4}年[^增减持，。；]*?)(增加|减少|持平|增长|下降)(?:\s*([\d,]+(?:\.\d+)?)\s*万元)?/;

interface Stated {
  paragraph: Paragraph;
  amount: string;
  change?: { basis: string; word: string; amount?: string };
}

/**
 * The first place the text states a figure after one of `words`. A match inside a longer label
 * (支出预算 inside 财政拨款支出预算) belongs to that label, not this one.
 */
const findStated = (paragraphs: readonly Paragraph[], words: readonly string[]): Stated | undefined => {
  for (const paragraph of paragraphs) {
    const text = paragraph.text;
    for (const word of words) {
      let from = 0;
      for (;;) {
        const at = text.indexOf(word, from);
        if (at < 0) break;
        from = at + 1;
        const end = at + word.length;
        const longer = ALL_WORDS.some(
          (w) => w.length > word.length && w.endsWith(word) && text.slice(end - w.length, end) === w,
        );
        if (longer) continue;
        const number = NUMBER.exec(text.slice(end));
        if (!number) continue;
        const after = text.slice(end + number[0].length);
        const change = CHANGE.exec(after);
        return {
          paragraph,
          amount: number[1] ?? "",
          ...(change
            ? { change: { basis: change[1] ?? "", word: change[2] ?? "", ...(change[3] ? { amount: change[3] } : {}) } }
            : {}),
        };
      }
    }
  }
  return undefined;
};

const sameAmount = (a: string, b: string): boolean => {
  const x = parseAmount(a, { allowNegative: true });
  const y = parseAmount(b, { allowNegative: true });
  return x.ok && y.ok && x.value === y.value;
};

const DOWN = new Set(["减少", "下降"]);

/** The change as the text states it, signed, as a printed amount: "减少10万元" → "-10", "持平" → "0". */
const statedChange = (change: NonNullable<Stated["change"]>): string | undefined => {
  if (change.word === "持平") return "0";
  if (change.amount === undefined) return undefined;
  return DOWN.has(change.word) ? `-${change.amount}` : change.amount;
};

const textOfFact = (
  ctx: Ctx,
  key: string,
  label: Bilingual,
  words: readonly string[],
  part: PartKey,
  fact: { amount: { printed: string }; change?: { printed: string } | undefined; compared_with?: string | undefined },
): void => {
  const file = explanationFile(ctx);
  const stated = findStated(paragraphsOf(ctx, part), words);
  if (!stated) {
    textCheck(ctx, RULES.explainText, {
      file,
      column: `facts.${key}`,
      row: label.zh,
      found: "（原文中找不到）",
      expected: `“${words[0] ?? ""}……万元”`,
      ok: false,
    });
    return;
  }
  textCheck(ctx, RULES.explainText, {
    file,
    column: `facts.${key}.amount`,
    row: label.zh,
    found: fact.amount.printed,
    expected: stated.amount,
    ok: sameAmount(fact.amount.printed, stated.amount),
    about: { zh: `原文：${stated.paragraph.path}`, en: `text: ${stated.paragraph.path}` },
  });
  const change = stated.change ? statedChange(stated.change) : undefined;
  if (fact.change !== undefined || change !== undefined) {
    textCheck(ctx, RULES.explainText, {
      file,
      column: `facts.${key}.change`,
      row: label.zh,
      found: fact.change?.printed ?? "（facts 中没有）",
      expected: change ?? "（原文没有写增减）",
      ok: fact.change !== undefined && change !== undefined && sameAmount(fact.change.printed, change),
    });
  }
  if (stated.change) {
    const basis = fact.compared_with ?? dyOf(ctx).explanation.facts.compared_with;
    textCheck(ctx, RULES.explainText, {
      file,
      column: fact.compared_with !== undefined ? `facts.${key}.compared_with` : "facts.compared_with",
      row: label.zh,
      found: basis ?? "（facts 中没有）",
      expected: stated.change.basis,
      ok: basis === stated.change.basis,
      about: { zh: "增减的比较基准", en: "what the change is stated against" },
    });
  }
};

const textChecks = (ctx: Ctx): void => {
  const { facts } = dyOf(ctx).explanation;
  for (const [key, spec] of Object.entries(FACTS) as [ShanghaiFigureKey, FactSpec][]) {
    const fact = figureOf(facts, key);
    if (fact) textOfFact(ctx, key, spec.label, spec.words, spec.part, fact);
  }
  if (facts.procurement) {
    for (const [key, spec] of Object.entries(PROCUREMENT) as [
      keyof typeof PROCUREMENT,
      (typeof PROCUREMENT)["total"],
    ][]) {
      textOfFact(ctx, `procurement.${key}`, spec.label, spec.words, "other", { amount: facts.procurement[key] });
    }
  }
};

// ── The items of the 编制说明 ───────────────────────────────────────────────────────────

const ITEM_NAMES = /“(.+?)（类）(.+?)（款）(.+?)（项）”/;
const ITEM_AMOUNT = /”(?:科目)?\s*([\d,]+(?:\.\d+)?)\s*万元/;
const ITEM_PRIOR = /执行数为\s*([\d,]+(?:\.\d+)?)\s*万元/;
/** Lines that compare with last year state this year's amount a second time: "2024年预算安排53.84万元". */
const ITEM_PLANNED = /\d{4}年预算安排\s*([\d,]+(?:\.\d+)?)\s*万元/;
const ITEM_PERCENT = /(增加|减少|增长|下降)\s*([\d.]+)%|(持平)/;

/** The numbered line of item `n` ("12. “…”科目25.93万元…"), paragraphs of the 编制说明 only. */
const itemParagraph = (ctx: Ctx, n: number): Paragraph | undefined =>
  paragraphsOf(ctx, "compilation").find((p) => new RegExp(`^\\s*${n}\\s*[.．、]`).test(p.text));

const nameOfCode = (ctx: Ctx, code: string): string | undefined => {
  for (const t of tableRows(ctx, ["table05", "table02", "table03", "table06", "table07"])) {
    const row = t.rows.find((r) => r.role === "item" && r.code === code);
    if (row) return row.name;
  }
  return undefined;
};

const itemTexts = (ctx: Ctx): void => {
  const file = explanationFile(ctx);
  (dyOf(ctx).explanation.facts.items ?? []).forEach((item, i) => {
    const paragraph = itemParagraph(ctx, i + 1);
    const row = `${i + 1}. [${item.code}]`;
    if (!paragraph) {
      textCheck(ctx, RULES.explainText, {
        file,
        column: `facts.items.${i}`,
        row,
        found: "（原文中找不到第 " + String(i + 1) + " 条）",
        expected: `${i + 1}. “……（类）……（款）……（项）”……万元`,
        ok: false,
      });
      return;
    }
    const amount = ITEM_AMOUNT.exec(paragraph.text)?.[1];
    textCheck(ctx, RULES.explainText, {
      file,
      column: `facts.items.${i}.amount`,
      row,
      found: item.amount.printed,
      expected: amount ?? "（原文中找不到金额）",
      ok: amount !== undefined && sameAmount(item.amount.printed, amount),
    });
    const planned = ITEM_PLANNED.exec(paragraph.text)?.[1];
    if (planned !== undefined) {
      textCheck(ctx, RULES.explainRestated, {
        file,
        column: `facts.items.${i}.amount`,
        row,
        found: planned,
        expected: amount ?? item.amount.printed,
        ok: sameAmount(planned, amount ?? item.amount.printed),
        about: {
          zh: "同一条中“预算安排”的金额与开头所列金额",
          en: "the line's “预算安排” amount against the amount it opens with",
        },
      });
    }
    const prior = ITEM_PRIOR.exec(paragraph.text)?.[1];
    if (item.prior !== undefined || prior !== undefined) {
      textCheck(ctx, RULES.explainText, {
        file,
        column: `facts.items.${i}.prior`,
        row,
        found: item.prior?.printed ?? "（facts 中没有）",
        expected: prior ?? "（原文没有写上年执行数）",
        ok: item.prior !== undefined && prior !== undefined && sameAmount(item.prior.printed, prior),
      });
    }
    const percent = ITEM_PERCENT.exec(paragraph.text);
    if (item.percent !== undefined || percent) {
      const stated = percent
        ? percent[3]
          ? "0"
          : `${DOWN.has(percent[1] ?? "") ? "-" : ""}${percent[2] ?? ""}`
        : undefined;
      const same = stated !== undefined && item.percent !== undefined && Number(stated) === Number(item.percent);
      textCheck(ctx, RULES.explainText, {
        file,
        column: `facts.items.${i}.percent`,
        row,
        found: item.percent ?? "（facts 中没有）",
        expected: stated ?? "（原文没有写百分比）",
        ok: same,
      });
    }
  });
};

/** Each item's 类/款/项 names as the line prints them, against the tables' names of its code. */
const itemNames = (ctx: Ctx): void => {
  const file = explanationFile(ctx);
  (dyOf(ctx).explanation.facts.items ?? []).forEach((item, i) => {
    const paragraph = itemParagraph(ctx, i + 1);
    const row = `${i + 1}. [${item.code}]`;
    if (!paragraph) return;
    const names = ITEM_NAMES.exec(paragraph.text);
    if (names) {
      const printed = [names[1], names[2], names[3]].map((n) => bareName(n ?? ""));
      const codes = [item.code.slice(0, 3), item.code.slice(0, 5), item.code];
      const expected = codes.map((c) => nameOfCode(ctx, c));
      const ok = expected.every((e, k) => e !== undefined && looseName(e) === printed[k]);
      textCheck(ctx, RULES.explainItemName, {
        file,
        column: `facts.items.${i}.code`,
        row,
        found: `${printed[0]}（类）${printed[1]}（款）${printed[2]}（项）`,
        expected: expected.every((e) => e !== undefined)
          ? `${expected[0]}（类）${expected[1]}（款）${expected[2]}（项）`
          : `（表中没有科目 ${item.code}）`,
        ok,
      });
    }
  });
};

/** Stated percentages against the stated figures: (this year − prior) ÷ prior. */
const percents = (ctx: Ctx): void => {
  (dyOf(ctx).explanation.facts.items ?? []).forEach((item, i) => {
    if (item.prior === undefined || item.percent === undefined) return;
    const amount = item.amount.value;
    const prior = item.prior.value;
    const change = amount - prior;
    const row = `${i + 1}. [${item.code}]`;
    const subject = factCell(ctx, `items.${i}.percent`, row, 0);
    const parts = [factCell(ctx, `items.${i}.amount`, row, amount), factCell(ctx, `items.${i}.prior`, row, prior)];
    const about: Bilingual = {
      zh: `本年 ${money(amount, "zh")}，上年执行数 ${money(prior, "zh")}`,
      en: `this year ${money(amount, "en")}, last year's outturn ${money(prior, "en")}`,
    };
    const parsed = parsePercent(item.percent);
    const found = parsed ? `${item.percent}%` : item.percent;
    if (prior === 0) {
      const ok = item.percent === INCOMPARABLE || (change === 0 && parsed?.units === 0);
      percentCheck(ctx, RULES.explainPercent, {
        subject,
        parts,
        row,
        found,
        expected: change === 0 ? "0%" : INCOMPARABLE,
        ok,
        about,
      });
      return;
    }
    const decimals = parsed?.decimals ?? 2;
    const computed = percentUnits(change, prior, decimals);
    const printedH = parsed ? toHundredthsOfPercent(parsed.units, decimals) : undefined;
    const computedH = toHundredthsOfPercent(computed, decimals);
    percentCheck(ctx, RULES.explainPercent, {
      subject: { ...subject, value: printedH ?? 0 },
      parts,
      row,
      found,
      expected: unitsText(computed, decimals),
      ok: parsed !== undefined && parsed.units === computed,
      ...(printedH !== undefined && computedH !== undefined ? { printed: printedH, computed: computedH } : {}),
      about,
    });
  });
};

// ── Facts that are parts of one another ────────────────────────────────────────────────

const partSums = (ctx: Ctx): void => {
  const { facts } = dyOf(ctx).explanation;
  const sums: readonly [ShanghaiFigureKey, readonly ShanghaiFigureKey[]][] = [
    ["three_public", ["abroad", "vehicles", "reception"]],
    ["vehicles", ["vehicle_purchase", "vehicle_operation"]],
  ];
  for (const [whole, partKeys] of sums) {
    const wholeFact = figureOf(facts, whole);
    const partFacts = partKeys.map((k) => [k, figureOf(facts, k)] as const);
    if (!wholeFact || partFacts.some(([, f]) => f === undefined)) continue;
    for (const field of ["amount", "change"] as const) {
      const wholeValue = wholeFact[field];
      if (!wholeValue || partFacts.some(([, f]) => f?.[field] === undefined)) continue;
      amountCheck(ctx, RULES.explainParts, {
        subject: factCell(ctx, `${whole}.${field}`, FACTS[whole].label.zh, wholeValue.value),
        parts: partFacts.map(([k, f]) => factCell(ctx, `${k}.${field}`, FACTS[k].label.zh, f?.[field]?.value ?? 0)),
      });
    }
  }
  const p = facts.procurement;
  if (p) {
    amountCheck(ctx, RULES.explainParts, {
      subject: factCell(ctx, "procurement.total", PROCUREMENT.total.label.zh, p.total.value),
      parts: (["goods", "works", "services"] as const).map((k) =>
        factCell(ctx, `procurement.${k}`, PROCUREMENT[k].label.zh, p[k].value),
      ),
    });
  }
};

/** The stated figures against the tables that print them (表1, 表4, 表9). */
export const figureChecks = (ctx: Ctx): void => figures(ctx);

/** The 编制说明's items against 表5–表7 and the names of their codes. */
export const itemChecks = (ctx: Ctx): void => {
  items(ctx);
  itemNames(ctx);
};

/** The facts against the text and against each other: no table needed. */
export const textAndSumChecks = (ctx: Ctx): void => {
  partSums(ctx);
  percents(ctx);
  textChecks(ctx);
  itemTexts(ctx);
};
