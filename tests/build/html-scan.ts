/**
 * The start tags of a page, for checking generated pages without a browser: each with its
 * attributes (entities decoded) and line number. htmlparser2 reads the HTML (comments, doctypes,
 * <script>/<style> content and end tags yield no start tag); this module adds the line numbers
 * and the shortened source the failure messages quote.
 */
import { Parser } from "htmlparser2";

export interface Tag {
  /** lower-case element name */
  name: string;
  /** attribute names lower-case, values entity-decoded; a bare attribute has value ""; the first of a repeated one */
  attrs: Map<string, string>;
  line: number;
  /** the tag as written, shortened for messages */
  source: string;
}

const shorten = (text: string, max = 160): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text.replace(/\s+/g, " ");

export const scanHtml = (html: string): Tag[] => {
  // Tags come in source order: count the line breaks up to each one as the parser moves on.
  let line = 1;
  let counted = 0;
  const lineOf = (offset: number): number => {
    for (; counted < offset; counted++) if (html.charCodeAt(counted) === 10) line++;
    return line;
  };
  const tags: Tag[] = [];
  const parser = new Parser({
    onopentag(name, attribs, isImplied) {
      // An end tag such as </p> with no start tag makes htmlparser2 imply one: not in the source.
      if (isImplied) return;
      const source = html.slice(parser.startIndex, parser.endIndex + 1);
      tags.push({
        name,
        attrs: new Map(Object.entries(attribs)),
        line: lineOf(parser.startIndex),
        source: shorten(source),
      });
    },
  });
  parser.end(html);
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
