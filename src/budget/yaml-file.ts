/**
 * Reading the YAML files of a department-year (metadata, 情况说明, 名词解释) against a zod
 * schema. Each zod issue becomes one finding on the line of the offending field (or of its
 * parent when the field is missing), in words a non-programmer can act on. Invisible characters
 * are errors where they are; a file whose aliases would expand without bound (a "billion laughs"
 * file) is refused with a finding, never an exception.
 */
import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { decodeText, invisibleIn, invisibleOffsets } from "./csv-file";
import { finding, RULES } from "./data-rules";
import type { Finding } from "./findings";
import type { Bilingual } from "./i18n-text";

const lineOfPath = (doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | undefined => {
  // Walk up until a node exists: a missing field is reported at its parent.
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as (string | number)[], true);
    if (!isNode(node) || !node.range) continue;
    // A block value starts on the line after its key (or at its first child): point at the key.
    const parent = depth > 0 ? doc.getIn(path.slice(0, depth - 1) as (string | number)[], true) : undefined;
    const key = isMap(parent)
      ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === path[depth - 1])?.key
      : undefined;
    const start = isNode(key) && key.range ? key.range[0] : node.range[0];
    return counter.linePos(start).line;
  }
  return undefined;
};

const TYPE_NAMES: Record<string, Bilingual> = {
  string: { zh: "文字", en: "a text" },
  number: { zh: "数字", en: "a number" },
  array: { zh: "列表（每项以“- ”开头）", en: "a list (items starting with “- ”)" },
  object: { zh: "一组字段", en: "a group of fields" },
  boolean: { zh: "true 或 false", en: "true or false" },
};

const describeIssue = (issue: z.core.$ZodIssue): Bilingual => {
  if (issue.code === "invalid_type") {
    const expected = TYPE_NAMES[issue.expected] ?? { zh: issue.expected, en: issue.expected };
    return issue.input === undefined
      ? { zh: "缺失，这是必填字段", en: "is missing; it is required" }
      : { zh: `的值应为${expected.zh}`, en: `should be ${expected.en}` };
  }
  if (issue.code === "unrecognized_keys") {
    return {
      zh: `中有无法识别的字段：${issue.keys.join("、")}（请检查拼写）`,
      en: `has unrecognised fields: ${issue.keys.join(", ")} (check the spelling)`,
    };
  }
  if (issue.code === "too_small") {
    return { zh: "不能为空", en: "must not be empty" };
  }
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map((v) => `“${String(v)}”`);
    return { zh: `的值只能是${allowed.join("或")}`, en: `must be ${allowed.join(" or ")}` };
  }
  const params = (issue as { params?: { zh?: string; en?: string } }).params;
  if (params?.zh && params.en) return { zh: params.zh, en: params.en };
  // A field of several allowed shapes (0 or 2, a figure or 无) that is simply not there.
  if (issue.code === "invalid_union" && issue.input === undefined) {
    return { zh: "缺失，这是必填字段", en: "is missing; it is required" };
  }
  if (issue.code === "invalid_union") {
    const literals = issue.errors.flat().flatMap((e) => (e.code === "invalid_value" ? e.values.map(String) : []));
    if (literals.length > 0) {
      const allowed = literals.map((v) => `“${v}”`);
      return { zh: `的值只能是${allowed.join("或")}`, en: `must be ${allowed.join(" or ")}` };
    }
    return { zh: "的值不符合格式说明中的任何一种写法", en: "matches none of the forms the data format allows" };
  }
  return { zh: `的值不对（${issue.message}）`, en: `is invalid (${issue.message})` };
};

/** The YAML parser's own messages are English; say the common ones in Chinese too. */
const SYNTAX_ERRORS: Readonly<Record<string, Bilingual>> = {
  MISSING_CHAR: { zh: "缺少配对的引号或括号", en: "a closing quote or bracket is missing" },
  BAD_INDENT: { zh: "缩进不一致", en: "inconsistent indentation" },
  TAB_AS_INDENT: { zh: "用了 Tab 缩进（只能用空格）", en: "a tab is used for indentation (spaces only)" },
  DUPLICATE_KEY: { zh: "同一个字段写了两次", en: "the same field appears twice" },
  BLOCK_AS_IMPLICIT_KEY: { zh: "冒号位置不对或缩进不对", en: "a misplaced colon or indentation" },
  MULTILINE_IMPLICIT_KEY: { zh: "字段名跨了多行，可能缺少冒号", en: "a key spans lines; a colon may be missing" },
  UNEXPECTED_TOKEN: { zh: "出现了意外的符号", en: "an unexpected character" },
  MISSING_KEY: { zh: "缺少字段名", en: "a field name is missing" },
};

/** Most alias expansions a file may make (the yaml package's own default, stated). */
const MAX_ALIASES = 100;

/** The dotted field path of the innermost scalar (key or value) holding `offset`, if any. */
const fieldAt = (doc: Document, offset: number): string | undefined => {
  let found: string | undefined;
  visit(doc, {
    Scalar(_key, node, ancestors) {
      if (!node.range || offset < node.range[0] || offset >= node.range[1]) return undefined;
      const parts: string[] = [];
      ancestors.forEach((ancestor, i) => {
        const next = ancestors[i + 1] ?? node;
        if (isPair(ancestor) && isScalar(ancestor.key)) parts.push(String(ancestor.key.value));
        else if (isSeq(ancestor)) parts.push(String(ancestor.items.indexOf(next as never)));
      });
      found = parts.join(".") || undefined;
      return visit.BREAK;
    },
  });
  return found;
};

/** One finding per line that holds invisible characters, naming them and, where it can, the field. */
const invisibleFindings = (text: string, file: string, counter: LineCounter, doc: Document): Finding[] => {
  const byLine = new Map<number, number>();
  for (const offset of invisibleOffsets(text)) {
    const line = counter.linePos(offset).line;
    if (!byLine.has(line)) byLine.set(line, offset);
  }
  return [...byLine].map(([line, offset]) => {
    const lineText = text.slice(counter.lineStarts[line - 1] ?? 0, counter.lineStarts[line] ?? text.length);
    const column = doc.errors.length === 0 ? fieldAt(doc, offset) : undefined;
    const where = { file, line, ...(column ? { column } : {}), value: lineText.replace(/\r?\n$/, "") };
    return finding(
      RULES.invisibleCharacter,
      where,
      invisibleIn(lineText) ?? { characters: "", names: { zh: "", en: "" } },
    );
  });
};

/** Line of the first alias (*name) of a document, where an alias bomb is reported. */
const firstAliasLine = (doc: Document, counter: LineCounter): number | undefined => {
  let line: number | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (node.range) line = counter.linePos(node.range[0]).line;
      return visit.BREAK;
    },
  });
  return line;
};

interface Parsed {
  /** Decoding, invisible-character and syntax findings. */
  findings: readonly Finding[];
  /** The document, when the file decoded, is not empty and has no syntax error. */
  parsed?: { doc: Document; counter: LineCounter };
}

/**
 * The parse of each file's bytes, kept while the bytes are: department.yaml is read twice, once
 * for the profile it names and once against that profile's schema, and is parsed once.
 */
const parses = new WeakMap<Uint8Array, { file: string; result: Parsed }>();

const parse = (bytes: Uint8Array, file: string): Parsed => {
  const cached = parses.get(bytes);
  if (cached?.file === file) return cached.result;
  const result = parseUncached(bytes, file);
  parses.set(bytes, { file, result });
  return result;
};

const parseUncached = (bytes: Uint8Array, file: string): Parsed => {
  const decoded = decodeText(bytes, file);
  const findings = [...decoded.findings];
  if (findings.some((f) => f.severity === "error")) return { findings };
  if (decoded.text.trim() === "") return { findings: [...findings, finding(RULES.emptyFile, { file })] };

  const counter = new LineCounter();
  const doc = parseDocument(decoded.text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  findings.push(...invisibleFindings(decoded.text, file, counter, doc));
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      // `linePos` is only filled in with prettyErrors, which would also reword the message.
      const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
      findings.push(
        finding(
          RULES.yamlSyntax,
          { file, ...(line !== undefined ? { line } : {}) },
          {
            detail: error.message.split("\n")[0] ?? "",
            ...(SYNTAX_ERRORS[error.code] ? { explained: SYNTAX_ERRORS[error.code] } : {}),
          },
        ),
      );
    }
    return { findings };
  }
  return { findings, parsed: { doc, counter } };
};

export const loadYaml = <T extends z.ZodType>(
  bytes: Uint8Array,
  file: string,
  schema: T,
): { data?: z.output<T>; findings: Finding[] } => {
  const { findings: parseFindings, parsed } = parse(bytes, file);
  const findings = [...parseFindings];
  if (!parsed) return { findings };
  const { doc, counter } = parsed;
  let plain: unknown;
  try {
    // Aliases are expanded here: a file of nested aliases ("billion laughs") would exhaust memory.
    plain = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/alias/i.test(message)) {
      const line = firstAliasLine(doc, counter);
      findings.push(
        finding(RULES.yamlAliases, { file, ...(line !== undefined ? { line } : {}) }, { max: MAX_ALIASES }),
      );
    } else findings.push(finding(RULES.unexpected, { file }, { detail: message.split("\n")[0] ?? "" }));
    return { findings };
  }
  // zod 4 leaves `input` out of issues unless asked; describeIssue needs it to tell "missing" from "wrong type".
  const result = schema.safeParse(plain, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const line = lineOfPath(doc, counter, issue.path);
      const column = issue.path.map(String).join(".") || "（文件）";
      findings.push(
        finding(
          RULES.yamlField,
          { file, column, ...(line !== undefined ? { line } : {}) },
          { detail: describeIssue(issue) },
        ),
      );
    }
    return { findings };
  }
  return { data: result.data, findings };
};
