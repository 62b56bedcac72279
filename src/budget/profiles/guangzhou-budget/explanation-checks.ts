/**
 * The 情况说明: the figures it states against the tables, its changes and percentages against
 * its own figures, and its structured facts (explanation.yaml `facts`) against its paragraphs.
 *
 * The paragraphs are read pragmatically: a fact's figure is found after its label ("“三公”经费",
 * "机关运行经费安排" …) as a number followed by a unit; the clause after it (up to the next
 * "；" or "。", skipping a parenthesis right after the figure) holds "比上年增加/减少 X万元" and
 * "增长/下降 Y%" (or "--（基数为0，不可比）").
 */
import { dyOf, tablesOf } from "./context";
import type { Bilingual } from "../../i18n-text";
import { parseAmount } from "../../money";
import type { ChangeFact, Explanation } from "./explanation";
import { looseName } from "../../text-similarity";
import { INCOMPARABLE, parsePercent, percentUnits, toHundredthsOfPercent, unitsText } from "../../reconcile/percent";
import { RULES } from "./rules";
import { cellOf, money } from "../../reconcile/cells";
import { amountCheck, percentCheck, textCheck, type Ctx } from "../../reconcile/checks";
import type { CellRef } from "../../reconcile/types";

type Facts = Explanation["facts"];
export type ChangeKey = Exclude<keyof Facts, "procurement" | "assets">;
type ProcurementKey = keyof Facts["procurement"];

const CHANGE_KEYS: readonly ChangeKey[] = [
  "income",
  "expenditure",
  "three_public",
  "abroad",
  "vehicles",
  "vehicle_purchase",
  "vehicle_operation",
  "reception",
  "admin_costs",
];

export const FACT_LABEL: Record<ChangeKey | `procurement.${ProcurementKey}`, Bilingual> = {
  income: { zh: "收入预算", en: "income budget" },
  expenditure: { zh: "支出预算", en: "expenditure budget" },
  three_public: { zh: "“三公”经费", en: "“three public” expenses" },
  abroad: { zh: "因公出国（境）费", en: "official travel abroad" },
  vehicles: { zh: "公务用车购置及运行维护费", en: "official vehicle purchase and operation" },
  vehicle_purchase: { zh: "公务用车购置费", en: "official vehicle purchase" },
  vehicle_operation: { zh: "公务用车运行维护费", en: "official vehicle operation" },
  reception: { zh: "公务接待费", en: "official receptions" },
  admin_costs: { zh: "机关运行经费", en: "administrative costs" },
  "procurement.total": { zh: "政府采购", en: "government procurement" },
  "procurement.goods": { zh: "货物类采购", en: "procurement of goods" },
  "procurement.works": { zh: "工程类采购", en: "procurement of works" },
  "procurement.services": { zh: "服务类采购", en: "procurement of services" },
};

/** Words that precede each figure in the text. */
const TEXT_LABELS: Record<ChangeKey | `procurement.${ProcurementKey}`, string[]> = {
  income: ["收入预算"],
  expenditure: ["支出预算"],
  three_public: ["三公"],
  abroad: ["因公出国"],
  vehicles: ["公务用车购置及运行维护费"],
  vehicle_purchase: ["公务用车购置费"],
  vehicle_operation: ["公务用车运行维护费"],
  reception: ["公务接待费"],
  admin_costs: ["机关运行经费"],
  "procurement.total": ["政府采购"],
  "procurement.goods": ["货物"],
  "procurement.works": ["工程"],
  "procurement.services": ["服务类"],
};

const explanationFile = (ctx: Ctx): string => `${ctx.dy.path}/explanation.yaml`;

const factCell = (ctx: Ctx, path: string, label: Bilingual, value: number): CellRef => ({
  file: explanationFile(ctx),
  source: "explanation",
  column: `facts.${path}`,
  row: label.zh,
  value,
});

const changeCell = (ctx: Ctx, key: ChangeKey, field: "amount" | "change"): CellRef =>
  factCell(ctx, `${key}.${field}`, FACT_LABEL[key], dyOf(ctx).explanation.facts[key][field].value);

// ── Figures against the tables ─────────────────────────────────────────────────────────

const figures = (ctx: Ctx): void => {
  const t1 = tablesOf(ctx).table01;
  const t8 = tablesOf(ctx).table08;
  const side = (s: "income" | "expenditure") => t1.rows.find((r) => r.side === s && r.role === "yearTotal");
  const item = (key: string) => t8.rows.find((r) => r.item === key);
  const sources: Record<ChangeKey, CellRef | undefined> = {
    income: ((r) => (r ? cellOf(t1, r, "amount") : undefined))(side("income")),
    expenditure: ((r) => (r ? cellOf(t1, r, "amount") : undefined))(side("expenditure")),
    three_public: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("threePublic")),
    abroad: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("abroad")),
    vehicles: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("vehicles")),
    vehicle_purchase: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("vehiclePurchase")),
    vehicle_operation: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("vehicleOperation")),
    reception: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("reception")),
    admin_costs: ((r) => (r ? cellOf(t8, r, "total") : undefined))(item("adminCosts")),
  };
  for (const key of CHANGE_KEYS) {
    const source = sources[key];
    amountCheck(ctx, RULES.explainFigure, {
      subject: changeCell(ctx, key, "amount"),
      parts: source ? [source] : [],
      tables: ["explanation", key === "income" || key === "expenditure" ? "table01" : "table08"],
    });
  }
};

const keyProjects = (ctx: Ctx): void => {
  const kp = tablesOf(ctx).keyProjects;
  const t12 = tablesOf(ctx).table12;
  for (const row of kp.rows) {
    const matches = t12.rows.filter((r) => r.role === "detail" && looseName(r.name) === looseName(row.name));
    amountCheck(ctx, RULES.explainKeyProject, {
      subject: cellOf(kp, row, "amount"),
      parts: matches.map((r) => cellOf(t12, r, "total")),
      about: { zh: "表12", en: "Table 12" },
    });
  }
};

const procurementAndChanges = (ctx: Ctx): void => {
  const p = dyOf(ctx).explanation.facts.procurement;
  const cell = (k: ProcurementKey) => factCell(ctx, `procurement.${k}`, FACT_LABEL[`procurement.${k}`], p[k].value);
  amountCheck(ctx, RULES.explainProcurement, {
    subject: cell("total"),
    parts: [cell("goods"), cell("works"), cell("services")],
  });
  const structure: readonly [ChangeKey, ChangeKey[]][] = [
    ["three_public", ["abroad", "vehicles", "reception"]],
    ["vehicles", ["vehicle_purchase", "vehicle_operation"]],
  ];
  for (const [whole, parts] of structure) {
    amountCheck(ctx, RULES.explainChangeParts, {
      subject: changeCell(ctx, whole, "change"),
      parts: parts.map((k) => changeCell(ctx, k, "change")),
      about: { zh: "各分项的增减额", en: "the changes of its parts" },
    });
  }
};

// ── Percentages ────────────────────────────────────────────────────────────────────────

const percents = (ctx: Ctx): void => {
  for (const key of CHANGE_KEYS) {
    const fact: ChangeFact = dyOf(ctx).explanation.facts[key];
    if (fact.percent === undefined) continue;
    const amount = fact.amount.value;
    const change = fact.change.value;
    const prior = amount - change;
    const about: Bilingual = {
      zh: `本年 ${money(amount, "zh")}，增减 ${money(change, "zh")}，上年即 ${money(prior, "zh")}`,
      en: `this year ${money(amount, "en")}, change ${money(change, "en")}, so last year ${money(prior, "en")}`,
    };
    const subject = factCell(ctx, `${key}.percent`, FACT_LABEL[key], 0);
    const parts = [changeCell(ctx, key, "amount"), changeCell(ctx, key, "change")];
    const row = FACT_LABEL[key].zh;
    const stated = fact.percent;
    const parsed = parsePercent(stated);
    const found = parsed ? `${stated}%` : stated;
    if (prior < 0) {
      percentCheck(ctx, RULES.explainPercent, {
        subject,
        parts,
        row,
        found,
        expected: "（上年数为负：增减额大于本年数，请核对）",
        ok: false,
        about,
      });
      continue;
    }
    if (prior === 0) {
      // A zero base has no percentage; the document prints 0% when nothing changed either.
      const ok = stated === INCOMPARABLE || (change === 0 && parsed !== undefined && parsed.units === 0);
      percentCheck(ctx, RULES.explainPercent, {
        subject,
        parts,
        row,
        found,
        expected: change === 0 ? `0% 或 ${INCOMPARABLE}` : INCOMPARABLE,
        ok,
        about,
      });
      continue;
    }
    const decimals = parsed?.decimals ?? 1;
    const computed = percentUnits(change, prior, decimals);
    const expected = unitsText(computed, decimals);
    if (!parsed) {
      percentCheck(ctx, RULES.explainPercent, { subject, parts, row, found, expected, ok: false, about });
      continue;
    }
    const toHundredths = (units: number) => toHundredthsOfPercent(units, decimals);
    const printedH = toHundredths(parsed.units);
    const computedH = toHundredths(computed);
    percentCheck(ctx, RULES.explainPercent, {
      subject: { ...subject, value: printedH ?? 0 },
      parts,
      row,
      found,
      expected,
      ok: parsed.units === computed,
      ...(printedH !== undefined && computedH !== undefined ? { printed: printedH, computed: computedH } : {}),
      about,
    });
  }
};

// ── The facts against the paragraphs ───────────────────────────────────────────────────

interface Paragraph {
  text: string;
  path: string;
}

interface Found {
  paragraph: Paragraph;
  number: string;
  value: number | undefined;
  unit: string;
  end: number;
}

const paragraphsOf = (explanation: Explanation): Paragraph[] =>
  explanation.sections.flatMap((s, i) =>
    s.paragraphs.map((text, j) => ({ text, path: `sections[${i}].paragraphs[${j}]` })),
  );

const AFTER_LABEL = /^[^，。；、：:;,\d\n]{0,10}?(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|千元|元)/;

/** Every figure printed after one of the labels, in text order. */
const findAfterLabel = (paragraphs: readonly Paragraph[], labels: readonly string[]): Found[] => {
  const found: Found[] = [];
  for (const paragraph of paragraphs) {
    for (const label of labels) {
      let at = paragraph.text.indexOf(label);
      while (at >= 0) {
        const start = at + label.length;
        const m = AFTER_LABEL.exec(paragraph.text.slice(start));
        if (m) {
          const number = m[1] ?? "";
          const parsed = parseAmount(number);
          found.push({
            paragraph,
            number,
            value: parsed.ok ? parsed.value : undefined,
            unit: m[2] ?? "",
            end: start + m[0].length,
          });
        }
        at = paragraph.text.indexOf(label, start);
      }
    }
  }
  return found;
};

/** The clause after a figure: skip a parenthesis right after it, stop at "；" or "。". */
const clauseAfter = (text: string, end: number): string => {
  let i = end;
  if (text[i] === "（" || text[i] === "(") {
    let depth = 0;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch === "（" || ch === "(") depth++;
      if (ch === "）" || ch === ")") depth--;
      if (depth === 0) {
        i++;
        break;
      }
    }
  }
  const rest = text.slice(i);
  const stop = rest.search(/[；;。]/);
  return stop < 0 ? rest : rest.slice(0, stop);
};

interface StatedChange {
  word?: string;
  magnitude?: number;
  magnitudeText?: string;
  percentWord?: string;
  /** "68.3", or 不可比 for "--（基数为0，不可比）". */
  percent?: string;
}

const CHANGE = /比上年(增加|减少|增长|下降)\s*(\d[\d,]*(?:\.\d+)?)\s*万元/;
const PERCENT = /^[，,]?\s*(增长|下降|增加|减少)\s*(?:(\d+(?:\.\d+)?)\s*%|([-—－]+))/;

const statedChange = (clause: string): StatedChange => {
  const m = CHANGE.exec(clause);
  if (!m) return /持平/.test(clause) ? { word: "持平", magnitude: 0, magnitudeText: "0" } : {};
  const parsed = parseAmount(m[2] ?? "");
  const result: StatedChange = {
    word: m[1] ?? "",
    magnitudeText: m[2] ?? "",
    ...(parsed.ok ? { magnitude: parsed.value } : {}),
  };
  const p = PERCENT.exec(clause.slice((m.index ?? 0) + m[0].length));
  if (p) {
    result.percentWord = p[1] ?? "";
    result.percent = p[2] ?? INCOMPARABLE;
  }
  return result;
};

const UP = new Set(["增加", "增长"]);
const DOWN = new Set(["减少", "下降"]);

const excerpt = (text: string, end: number): string => {
  const from = Math.max(0, text.lastIndexOf("，", Math.max(0, end - 30)) + 1);
  const clause = clauseAfter(text, end);
  return `${text.slice(from, end)}${text.slice(end, end + clause.length + 1)}`.slice(0, 120);
};

const textChecks = (ctx: Ctx): void => {
  const paragraphs = paragraphsOf(dyOf(ctx).explanation);
  const file = explanationFile(ctx);
  const facts = dyOf(ctx).explanation.facts;
  const keys: (ChangeKey | `procurement.${ProcurementKey}`)[] = [
    ...CHANGE_KEYS,
    "procurement.total",
    "procurement.goods",
    "procurement.works",
    "procurement.services",
  ];
  for (const key of keys) {
    const isChange = !key.startsWith("procurement.");
    const fact = isChange ? facts[key as ChangeKey].amount : facts.procurement[key.slice(12) as ProcurementKey];
    const column = isChange ? `facts.${key}.amount` : `facts.${key}`;
    const label = FACT_LABEL[key];
    const subject = factCell(ctx, isChange ? `${key}.amount` : key, label, fact.value);
    const candidates = findAfterLabel(paragraphs, TEXT_LABELS[key]);
    const hit = candidates.find((c) => c.value === fact.value) ?? candidates[0];
    if (!hit) {
      textCheck(ctx, RULES.explainText, {
        file,
        column,
        row: label.zh,
        found: "（正文中找不到）",
        expected: `${TEXT_LABELS[key][0]}……${fact.printed}万元`,
        ok: false,
        subject,
      });
      continue;
    }
    const about: Bilingual = {
      zh: `正文 ${hit.paragraph.path}：“${excerpt(hit.paragraph.text, hit.end)}”`,
      en: `text ${hit.paragraph.path}: “${excerpt(hit.paragraph.text, hit.end)}”`,
    };
    textCheck(ctx, RULES.explainText, {
      file,
      column,
      row: label.zh,
      found: `${hit.number}${hit.unit}`,
      expected: `${fact.printed}万元`,
      ok: hit.value === fact.value,
      subject,
      about,
    });
    textCheck(ctx, RULES.docUnit, {
      file,
      column: hit.paragraph.path,
      row: label.zh,
      found: hit.unit,
      expected: "万元",
      ok: hit.unit === "万元",
      about,
    });
    if (!isChange) continue;
    const changeFact = facts[key as ChangeKey];
    const stated = statedChange(clauseAfter(hit.paragraph.text, hit.end));
    const changeSubject = changeCell(ctx, key as ChangeKey, "change");
    const signed =
      stated.magnitude === undefined ? undefined : DOWN.has(stated.word ?? "") ? -stated.magnitude : stated.magnitude;
    textCheck(ctx, RULES.explainText, {
      file,
      column: `facts.${key}.change`,
      row: label.zh,
      found:
        stated.word === "持平"
          ? "与上年持平"
          : stated.word
            ? `比上年${stated.word}${stated.magnitudeText ?? ""}万元`
            : "（正文未写比上年增减）",
      expected: `比上年${changeFact.change.value < 0 ? "减少" : "增加"}${changeFact.change.printed.replace(/^-/, "")}万元`,
      ok: signed === changeFact.change.value,
      subject: changeSubject,
      about,
    });
    if (stated.percent !== undefined) {
      const factPercent = changeFact.percent;
      const textPercent =
        stated.percent === INCOMPARABLE
          ? INCOMPARABLE
          : `${DOWN.has(stated.percentWord ?? "") && Number(stated.percent) !== 0 ? "-" : ""}${stated.percent}`;
      const same =
        factPercent !== undefined &&
        (factPercent === INCOMPARABLE || textPercent === INCOMPARABLE
          ? factPercent === textPercent
          : Number(factPercent) === Number(textPercent));
      textCheck(ctx, RULES.explainText, {
        file,
        column: `facts.${key}.percent`,
        row: label.zh,
        found: `${stated.percentWord ?? ""}${stated.percent === INCOMPARABLE ? "--（不可比）" : `${stated.percent}%`}`,
        expected:
          factPercent === undefined
            ? "（facts 中缺少 percent）"
            : factPercent === INCOMPARABLE
              ? "--（不可比）"
              : `${factPercent.startsWith("-") ? "下降" : "增长"}${factPercent.replace(/^-/, "")}%`,
        ok: same,
        subject: factCell(ctx, `${key}.percent`, label, 0),
        about,
      });
    }
    if (stated.word !== undefined && stated.word !== "持平") {
      const sign = Math.sign(changeFact.change.value);
      const words = [stated.word, stated.percentWord].filter((w): w is string => w !== undefined);
      const wrong = words.some((w) => (sign > 0 && DOWN.has(w)) || (sign < 0 && UP.has(w)));
      textCheck(ctx, RULES.explainWording, {
        file,
        column: `facts.${key}.change`,
        row: label.zh,
        found: words.join("……"),
        expected: sign < 0 ? "减少……下降" : sign > 0 ? "增加……增长" : words.join("……"),
        ok: !wrong,
        about,
      });
    }
  }
};

export const explanationChecks = (ctx: Ctx): void => {
  figures(ctx);
  keyProjects(ctx);
  procurementAndChanges(ctx);
  percents(ctx);
  textChecks(ctx);
};
