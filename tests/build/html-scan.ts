/**
 * A small HTML tokenizer, enough for checking generated pages without a browser: start tags with
 * their attributes (entities decoded) and line numbers, ids, and the text of raw-text elements.
 * Comments, doctypes and end tags are skipped; <script>/<style> content is never scanned for tags.
 */

export interface Tag {
  /** lower-case element name */
  name: string;
  /** attribute names lower-case, values entity-decoded; a bare attribute has value "" */
  attrs: Map<string, string>;
  line: number;
  /** the tag as written, shortened for messages */
  source: string;
  /** for <script>, <style>, <textarea>, <title>: the raw content */
  text?: string;
}

const RAW_TEXT = new Set(["script", "style", "textarea", "title"]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
};

export const decodeEntities = (value: string): string =>
  value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });

const shorten = (text: string, max = 160): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text.replace(/\s+/g, " ");

export const scanHtml = (html: string): Tag[] => {
  const tags: Tag[] = [];
  // Line starts, for offset → line.
  const lineStarts = [0];
  for (let i = 0; i < html.length; i++) if (html.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf("<", i);
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      const end = html.indexOf("-->", lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[lt + 1] === "!" || html[lt + 1] === "?" || html[lt + 1] === "/") {
      const end = html.indexOf(">", lt + 1);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const nameMatch = /^[a-zA-Z][a-zA-Z0-9:-]*/.exec(html.slice(lt + 1, lt + 65));
    if (!nameMatch) {
      i = lt + 1;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    let j = lt + 1 + nameMatch[0].length;
    const attrs = new Map<string, string>();
    for (;;) {
      while (j < n && /[\s/]/.test(html[j] ?? "")) j++;
      if (j >= n || html[j] === ">") break;
      const attrMatch = /^[^\s"'>/=]+/.exec(html.slice(j, j + 256));
      if (!attrMatch) {
        j++;
        continue;
      }
      const attrName = attrMatch[0].toLowerCase();
      j += attrMatch[0].length;
      while (j < n && /\s/.test(html[j] ?? "")) j++;
      let value = "";
      if (html[j] === "=") {
        j++;
        while (j < n && /\s/.test(html[j] ?? "")) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end < 0 ? n : end);
          j = end < 0 ? n : end + 1;
        } else {
          const unquoted = /^[^\s>]*/.exec(html.slice(j, j + 4096))?.[0] ?? "";
          value = unquoted;
          j += unquoted.length;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    const tagEnd = Math.min(j + 1, n);
    const tag: Tag = { name, attrs, line: lineOf(lt), source: shorten(html.slice(lt, tagEnd)) };
    i = tagEnd;
    if (RAW_TEXT.has(name)) {
      const closeTag = new RegExp(`</${name}[\\s>/]`, "gi");
      closeTag.lastIndex = i;
      const close = closeTag.exec(html)?.index ?? -1;
      const end = close < 0 ? n : close;
      tag.text = html.slice(i, end);
      i = end;
    }
    tags.push(tag);
  }
  return tags;
};

/** Every id on the page, plus <a name> anchors (both are fragment targets). */
export const fragmentTargets = (tags: readonly Tag[]): Set<string> => {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get("id");
    if (id !== undefined && id !== "") ids.add(id);
    const name = tag.name === "a" ? tag.attrs.get("name") : undefined;
    if (name !== undefined && name !== "") ids.add(name);
  }
  return ids;
};
