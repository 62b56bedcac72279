/**
 * The search page's behaviour. Pagefind's own script and index come from this site's /pagefind/
 * (written by `npm run build`) and are fetched only here, when the page runs. Results are
 * rendered as plain list items; Pagefind's excerpt keeps only its <mark> highlights.
 */
import { fillTemplate } from "../i18n/fill";

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The whole text of the page or record. */
  content: string;
  /** url: where a table row or glossary term is printed (the record's own url is its scratch file). */
  meta: { title?: string; context?: string; url?: string };
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
  mergeIndex: (path: string) => Promise<void>;
}
interface Messages {
  loading: string;
  none: string;
  count: string;
  partial: string;
  showing: string;
  failed: string;
}

const PAGE_SIZE = 20;
/** Results whose text is read at once to check it holds the query's Chinese terms. */
const CHECK_BATCH = 50;

const CHINESE = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Letters and digits only: "“三公”经费" holds 三公经费. */
const squash = (text: string): string => text.replace(/[\s\p{P}\p{S}]+/gu, "").toLowerCase();

/**
 * Pagefind matches a Chinese query by the words it splits it into, so 日常专线 finds a page that
 * has 日常 and 专线 anywhere, apart. Results whose text holds each Chinese term of the query whole
 * come first and alone; only where none does are the word matches shown, and the count says so.
 * A query of no Chinese term of two or more characters is left to Pagefind.
 */
const chineseTerms = (query: string): string[] =>
  query
    .split(/\s+/)
    .filter((term) => CHINESE.test(term) && [...term].length > 1)
    .map(squash);

/**
 * The words of the query as Pagefind splits it (Intl.Segmenter, as its own script does). Pagefind
 * leaves out a word its index lacks, so an index without 火箭 answers 日常火箭 with every 日常 (and
 * each part of a split index lacks some words): a result is shown for the words only if it holds each.
 */
const queryWords = (query: string): string[] => {
  if (typeof Intl.Segmenter === "undefined") return [];
  const segmenter = new Intl.Segmenter(document.documentElement.lang || "zh-CN", { granularity: "word" });
  return [...segmenter.segment(query)]
    .filter((s) => s.isWordLike)
    .map((s) => squash(s.segment))
    .filter(Boolean);
};

const holdsTerms = (data: PagefindResultData, terms: readonly string[]): boolean => {
  const text = squash(`${data.meta.title ?? ""} ${data.content}`);
  return terms.every((term) => text.includes(term));
};

/** Each result with its text, read once, in batches, in Pagefind's order. */
const readAll = async (results: readonly PagefindResult[]): Promise<PagefindResultData[]> => {
  const read: PagefindResultData[] = [];
  for (let i = 0; i < results.length; i += CHECK_BATCH) {
    read.push(...(await Promise.all(results.slice(i, i + CHECK_BATCH).map((r) => r.data()))));
  }
  return read;
};

const asResult = (data: PagefindResultData): PagefindResult => ({ data: () => Promise.resolve(data) });

/**
 * The results to show for a query with Chinese terms: those that hold each term whole, or where
 * none does, those that hold each of its words (then `whole` is false).
 */
const keepHolding = async (
  results: readonly PagefindResult[],
  query: string,
  terms: readonly string[],
): Promise<{ kept: PagefindResult[]; whole: boolean }> => {
  const read = await readAll(results);
  const whole = read.filter((data) => holdsTerms(data, terms));
  if (whole.length > 0) return { kept: whole.map(asResult), whole: true };
  const words = queryWords(query);
  return { kept: read.filter((data) => holdsTerms(data, words)).map(asResult), whole: false };
};

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`search page: #${id} missing`);
  return element as T;
};

const fill = (template: string, values: Record<string, string | number>): string =>
  fillTemplate(template, document.documentElement.lang || "zh-CN", values);

/** The excerpt's text with its <mark> highlights, and nothing else of its markup. */
const excerptNodes = (html: string): Node[] => {
  const template = document.createElement("template");
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node instanceof HTMLElement && node.tagName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? "");
  });
};

const resultItem = (data: PagefindResultData): HTMLLIElement => {
  const item = document.createElement("li");
  const link = document.createElement("a");
  const href = data.meta.url ?? data.url;
  link.href = href;
  link.textContent = data.meta.title ?? href;
  item.append(link);
  if (data.meta.context) {
    const context = document.createElement("span");
    context.className = "search-result__context";
    context.textContent = data.meta.context;
    item.append(context);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
};

/**
 * Pagefind with every part of the index joined: the build writes a large site's index in parts
 * (src/site/search-index.ts) and lists those after the first in /pagefind/parts.json.
 */
const loadIndex = async (): Promise<Pagefind> => {
  const base = new URL("/pagefind/", location.href);
  const [pagefind, parts] = await Promise.all([
    import(/* @vite-ignore */ new URL("pagefind.js", base).href) as Promise<Pagefind>,
    fetch(new URL("parts.json", base)).then((response) => {
      if (!response.ok) throw new Error(`search index: parts.json ${response.status}`);
      return response.json() as Promise<string[]>;
    }),
  ]);
  for (const part of parts) await pagefind.mergeIndex(new URL(part, base).pathname);
  return pagefind;
};

const start = (): void => {
  const form = document.querySelector<HTMLFormElement>("form.search-form");
  if (!form) return;
  const input = byId<HTMLInputElement>("search-query");
  const status = byId<HTMLParagraphElement>("search-status");
  const list = byId<HTMLOListElement>("search-results");
  const more = byId<HTMLButtonElement>("search-more");
  const messages = JSON.parse(list.dataset["messages"] ?? "{}") as Messages;
  byId("search-needs-script").hidden = true;

  let pagefind: Promise<Pagefind> | undefined;
  // A failed load (the network, say) is tried again at the next search.
  const load = (): Promise<Pagefind> =>
    (pagefind ??= loadIndex().catch((error: unknown) => {
      pagefind = undefined;
      throw error;
    }));

  let pending: PagefindResult[] = [];
  let shownCount = 0;
  let total = 0;
  let current = 0;
  let lastQuery = "";
  // The count's wording: results that hold the query, or (none doing so) results that hold its words apart.
  let countMessage = messages.count;

  const showNext = async (query: string, run: number): Promise<void> => {
    const batch = pending.slice(shownCount, shownCount + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (run !== current) return;
    list.append(...items.map(resultItem));
    shownCount += batch.length;
    more.hidden = shownCount >= total;
    const counted = fill(countMessage, { count: total, query });
    status.textContent = more.hidden ? counted : `${counted}${fill(messages.showing, { shown: shownCount })}`;
  };

  const run = async (query: string): Promise<void> => {
    const run = ++current;
    lastQuery = query;
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    shownCount = 0;
    total = 0;
    if (query === "") {
      status.textContent = "";
      return;
    }
    status.textContent = messages.loading;
    try {
      const found = await (await load()).search(query);
      if (run !== current) return;
      const terms = chineseTerms(query);
      const results = found?.results ?? [];
      const { kept, whole } =
        terms.length > 0 ? await keepHolding(results, query, terms) : { kept: results, whole: true };
      if (run !== current) return;
      pending = kept;
      countMessage = whole ? messages.count : messages.partial;
      total = pending.length;
      if (total === 0) {
        status.textContent = fill(messages.none, { query });
        return;
      }
      await showNext(query, run);
    } catch {
      if (run === current) status.textContent = messages.failed;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query === "") url.searchParams.delete("q");
    else url.searchParams.set("q", query);
    history.replaceState(null, "", url);
    void run(query);
  });
  more.addEventListener("click", () => {
    const first = list.children.length;
    void showNext(lastQuery, current).then(() => {
      // Keyboard and screen-reader users continue at the first new result.
      list.children[first]?.querySelector("a")?.focus();
    });
  });

  const initial = new URL(location.href).searchParams.get("q")?.trim() ?? "";
  input.value = initial;
  if (initial !== "") void run(initial);
};

start();
