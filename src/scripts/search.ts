/**
 * The search page's behaviour. Pagefind's own script and index come from this site's /pagefind/
 * (written by `npm run build`) and are fetched only here, when the page runs. Results are
 * rendered as plain list items; Pagefind's excerpt keeps only its <mark> highlights.
 */
import { fillTemplate } from "../i18n/fill";

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; context?: string };
}
interface PagefindResult {
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] } | null>;
}
interface Messages {
  loading: string;
  none: string;
  count: string;
  showing: string;
  failed: string;
}

const PAGE_SIZE = 20;

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
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
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
  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ new URL("/pagefind/pagefind.js", location.href).href) as Promise<Pagefind>);

  let pending: PagefindResult[] = [];
  let shownCount = 0;
  let total = 0;
  let current = 0;
  let lastQuery = "";

  const showNext = async (query: string, run: number): Promise<void> => {
    const batch = pending.slice(shownCount, shownCount + PAGE_SIZE);
    const items = await Promise.all(batch.map((r) => r.data()));
    if (run !== current) return;
    list.append(...items.map(resultItem));
    shownCount += batch.length;
    more.hidden = shownCount >= total;
    const counted = fill(messages.count, { count: total, query });
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
      pending = found?.results ?? [];
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
