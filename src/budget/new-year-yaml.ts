/**
 * What a profile says about scaffolding next year's folder (npm run new-year), and the YAML edits
 * its plan is made of: where its files name the document's year, what of its English is the new
 * year's own, how its explanation.yaml carries this year's figures as next year's 上年 figures.
 */
import { isDocument, isMap, isScalar, isSeq, Scalar, type Document, type YAMLMap } from "yaml";
import { bi, type Bilingual } from "./i18n-text";

/** Placeholder paragraph where a schema needs text: the validator's text checks find no figures in it. */
export const PLACEHOLDER = (year: number): string => `（待填写）请按${year}年公开文本填写本节正文。`;
/** Placeholder for a required text fact that has no prior-year meaning. */
export const TO_FILL = "待填写";

export type Path = readonly (string | number | "*")[];

/** Where a profile's YAML files say the document's year, and what of them is the new year's own. */
export interface NewYearPlan {
  /** department.yaml fields whose text names the document's year (`2025年`). */
  departmentYears: readonly Path[];
  /** department.yaml fields that are this year's alone (a cover's publication date): left out. */
  departmentDrop?: readonly Path[];
  /** english.yaml fields whose text names the document's year (`2025 …`). */
  englishYears: readonly Path[];
  /** english.yaml fields that translate text the scaffold resets: left out, so the Chinese shows. */
  englishDrop: readonly Path[];
  /** english.yaml paragraph lists kept empty, paired with the Chinese sections the scaffold empties. */
  englishEmpty: readonly Path[];
  /** explanation.yaml for the new year, from this year's, with the prior-year facts. */
  explanation: (doc: Document, from: number, to: number) => PriorFact[];
}

/** One of this year's figures recorded as next year's prior-year figure. */
export interface PriorFact {
  /** The fact's key in explanation.yaml, e.g. "income". */
  key: string;
  /** What the figure is, as the profile's checks name it. */
  label: Bilingual;
  /** As this year's explanation states it, e.g. "7,267.81" (万元). */
  printed: string;
}

/**
 * A stated figure with a change on last year is a prior-year fact: next year's text states its
 * change against this year's figure. Both profiles derive last year's figure as amount − change
 * (the Guangzhou 情况说明 generator, the Shanghai cross-year check), and neither schema has a field
 * of its own for it, so the scaffold writes amount = this year's figure and change = 0: exactly
 * "上年 = this year's figure" in the schema's own terms. Staff then write the new amount and its
 * change; the text checks (and in Shanghai the cross-year check) catch one without the other.
 */
export const carryChangeFacts = (
  facts: YAMLMap,
  labels: Readonly<Record<string, Bilingual>>,
  keep: (fact: YAMLMap) => boolean,
  drop: "others" | "none",
): PriorFact[] => {
  const prior: PriorFact[] = [];
  for (const pair of [...facts.items]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const fact = pair.value;
    if (isMap(fact) && fact.has("amount") && fact.has("change") && keep(fact)) {
      const printed = String(fact.get("amount"));
      for (const field of [...fact.items]) {
        const name = isScalar(field.key) ? field.key.value : field.key;
        if (name !== "amount") fact.delete(name);
      }
      fact.set("change", "0");
      fact.flow = true;
      fact.comment = ` 上年数 ${printed} 万元；填本年数后 change 改为 本年数 − 上年数`;
      prior.push({ key, label: labels[key] ?? bi(key, key), printed });
    } else if (drop === "others" && key !== "compared_with") facts.delete(key);
  }
  return prior;
};

/** Every scalar of a YAML node set to a placeholder: zeros for numbers and amounts, 待填写 for text. */
export const blankOut = (node: unknown): void => {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    if (!isScalar(pair.value)) continue;
    const value = pair.value.value;
    const amount = typeof value === "number" || (typeof value === "string" && /^-?[\d,]+(\.\d+)?$/.test(value));
    pair.value.value = typeof value === "number" ? 0 : amount ? "0" : TO_FILL;
  }
};

export const textYear = (from: number, to: number) => (text: string) =>
  text.replace(new RegExp(`${from}(?=\\s*年)`, "g"), String(to));
export const englishYear = (from: number, to: number) => (text: string) =>
  text.replace(new RegExp(`\\b${from}\\b`, "g"), String(to));

/**
 * The nodes `path` names under a document or node: "*" is every item of a list or every value of
 * a map, so one path reaches each table's title or each section's paragraphs.
 */
const nodesAt = (start: unknown, path: Path): unknown[] => {
  let nodes = [isDocument(start) ? start.contents : start];
  for (const head of path) {
    nodes = nodes.flatMap((node) => {
      if (!isMap(node) && !isSeq(node)) return [];
      if (head !== "*") return [node.get(head, true)];
      return isMap(node) ? node.items.map((pair) => pair.value) : node.items;
    });
  }
  return nodes;
};

/** Apply `edit` to every string scalar at `path`. */
export const editAt = (start: unknown, path: Path, edit: (text: string) => string): void => {
  for (const node of nodesAt(start, path)) {
    if (isScalar(node) && typeof node.value === "string") node.value = edit(node.value);
  }
};

/** Remove the field at `path` (its last step a key) wherever the path leads. */
export const deleteAt = (start: unknown, path: Path): void => {
  const key = path[path.length - 1];
  if (key === undefined) return;
  for (const parent of nodesAt(start, path.slice(0, -1))) if (isMap(parent) || isSeq(parent)) parent.delete(key);
};

/**
 * Every section of a 情况说明 gets the placeholder as its one paragraph: the text is the new year's
 * own, and the schema wants at least one paragraph. Returns the sections, for further edits.
 */
export const placeholderParagraphs = (doc: Document, year: number): YAMLMap[] => {
  const sections = doc.get("sections", true);
  if (!isSeq(sections)) return [];
  const maps = sections.items.filter((section): section is YAMLMap => isMap(section));
  for (const section of maps) {
    const placeholder = new Scalar(PLACEHOLDER(year));
    placeholder.type = Scalar.QUOTE_DOUBLE;
    section.set("paragraphs", doc.createNode([placeholder]));
  }
  return maps;
};

/** Empty every list at `path`. */
export const emptyAt = (start: unknown, path: Path): void => {
  for (const node of nodesAt(start, path)) if (isSeq(node)) node.items.splice(0);
};

/**
 * Edit a file's opening comment. The yaml library keeps it on the document, or on the first key
 * when no blank line follows it.
 */
export const editHeader = (doc: Document, edit: (comment: string) => string): void => {
  const first = isMap(doc.contents) ? doc.contents.items[0]?.key : undefined;
  if (isScalar(first) && first.commentBefore) first.commentBefore = edit(first.commentBefore);
  else doc.commentBefore = edit(doc.commentBefore ?? "") || null;
};

/** The opening comment with the new year, and a line saying what the scaffold left to do. */
export const explanationHeader = (doc: Document, from: number, to: number): void =>
  editHeader(
    doc,
    (comment) =>
      `${comment ? textYear(from, to)(comment) + "\n" : ""} 由 npm run new-year 从${from}年文件夹生成：正文待按${to}年公开文本填写；` +
      `facts 中 change 为 0 的各项，amount 暂为上年（${from}年）数，即 上年数 = amount − change。`,
  );
