/**
 * Checks over a built site folder that need no browser: the internal link check (every local
 * href/src resolves to a file, every #fragment exists), no resource from another origin, no
 * JavaScript on pages without an interactive part, and html-validate.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { decodeHTML, decodeXML } from "entities";
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from "html-validate";
import { fragmentTargets, scanHtml, type Tag } from "./html-scan";

export interface SitePage {
  /** the URL path the page is served at: /, /en/, /2025/x/, /404.html */
  url: string;
  /** absolute path of the HTML file */
  file: string;
}

export interface Problem {
  /** page URL (or file URL for CSS) */
  page: string;
  rule: string;
  message: string;
  line?: number;
  /** the offending element as written, or a selector */
  element?: string;
}

export const formatProblems = (problems: readonly Problem[]): string =>
  problems
    .map((p) => {
      const where = p.line === undefined ? p.page : `${p.page} (line ${p.line})`;
      return `  ${where} [${p.rule}] ${p.message}${p.element ? `\n      element: ${p.element}` : ""}`;
    })
    .join("\n");

/** Throws one readable error naming every problem, if there is any. */
export const expectNoProblems = (what: string, problems: readonly Problem[]): void => {
  if (problems.length === 0) return;
  throw new Error(`${what}: ${problems.length} problem(s)\n${formatProblems(problems)}`);
};

const walk = (dir: string, out: string[] = []): string[] => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
};

export const listFiles = (root: string): string[] => (existsSync(root) ? walk(resolve(root)).sort() : []);

/** The URL path a file in the site folder is served at (index.html → its folder with a trailing slash). */
export const urlForFile = (root: string, file: string): string => {
  const rel = relative(resolve(root), file).split(sep).join("/");
  if (rel === "index.html") return "/";
  if (rel.endsWith("/index.html")) return `/${rel.slice(0, -"index.html".length)}`;
  return `/${rel}`;
};

/** Every HTML page of the built site, sorted by URL: new pages are covered without listing them. */
export const listPages = (root: string): SitePage[] =>
  listFiles(root)
    .filter((file) => file.endsWith(".html"))
    .map((file) => ({ url: urlForFile(root, file), file }))
    .sort((a, b) => a.url.localeCompare(b.url));

type Resolution = { ok: true; file: string } | { ok: false; why: string };

/** Which file a URL path maps to on a plain static host (folders need the trailing slash). */
export const resolveUrlPath = (root: string, pathname: string): Resolution => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, why: "the path is not valid percent-encoding" };
  }
  const base = resolve(root);
  const target = resolve(base, `.${decoded}`);
  if (target !== base && !target.startsWith(base + sep)) return { ok: false, why: "the path leaves the site folder" };
  if (decoded.endsWith("/")) {
    const index = join(target, "index.html");
    return existsSync(index) ? { ok: true, file: index } : { ok: false, why: `no file ${relative(base, index)}` };
  }
  if (!existsSync(target)) return { ok: false, why: `no file ${relative(base, target) || "."}` };
  if (statSync(target).isDirectory()) {
    return existsSync(join(target, "index.html"))
      ? {
          ok: false,
          why: `it is a folder: link to "${decoded}/" (with the trailing slash; the site uses trailingSlash: "always")`,
        }
      : { ok: false, why: `it is a folder without index.html` };
  }
  return { ok: true, file: target };
};

/** rel values that name a document rather than fetch something. */
const NAVIGATION_RELS = new Set([
  "alternate",
  "author",
  "bookmark",
  "canonical",
  "external",
  "help",
  "license",
  "me",
  "next",
  "nofollow",
  "noopener",
  "noreferrer",
  "prev",
  "search",
  "sitemap",
  "tag",
]);

interface Reference {
  tag: Tag;
  attr: string;
  value: string;
  /** true: the browser fetches it when showing the page (must be same-origin); false: a link */
  fetched: boolean;
}

const srcsetUrls = (srcset: string): string[] =>
  srcset
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter((url) => url !== "");

const referencesOf = (tags: readonly Tag[]): Reference[] => {
  const refs: Reference[] = [];
  const add = (tag: Tag, attr: string, fetched: boolean): void => {
    const value = tag.attrs.get(attr);
    if (value === undefined) return;
    if (attr.endsWith("srcset")) for (const url of srcsetUrls(value)) refs.push({ tag, attr, value: url, fetched });
    else refs.push({ tag, attr, value: value.trim(), fetched });
  };
  for (const tag of tags) {
    switch (tag.name) {
      case "a":
      case "area":
        add(tag, "href", false);
        break;
      case "link": {
        const rels = (tag.attrs.get("rel") ?? "").toLowerCase().split(/\s+/).filter(Boolean);
        add(tag, "href", rels.length === 0 || rels.some((rel) => !NAVIGATION_RELS.has(rel)));
        add(tag, "imagesrcset", true);
        break;
      }
      case "img":
      case "source":
        add(tag, "src", true);
        add(tag, "srcset", true);
        break;
      case "script":
      case "iframe":
      case "frame":
      case "embed":
      case "track":
      case "audio":
        add(tag, "src", true);
        break;
      case "video":
        add(tag, "src", true);
        add(tag, "poster", true);
        break;
      case "input":
        if ((tag.attrs.get("type") ?? "").toLowerCase() === "image") add(tag, "src", true);
        break;
      case "object":
        add(tag, "data", true);
        break;
      case "use":
      case "image":
        add(tag, "href", true);
        add(tag, "xlink:href", true);
        break;
      case "form":
        add(tag, "action", false);
        break;
    }
  }
  return refs;
};

const LOCAL_BASE = "http://site.invalid";

/** Caches the fragment targets (ids) of each HTML file. */
export class FragmentIndex {
  private readonly cache = new Map<string, Set<string>>();
  idsOf(file: string): Set<string> {
    let ids = this.cache.get(file);
    if (!ids) {
      ids = fragmentTargets(scanHtml(readFileSync(file, "utf8")));
      this.cache.set(file, ids);
    }
    return ids;
  }
}

export interface LinkCheckOptions {
  /** the public origin the site is built for (astro `site`): absolute links to it are checked as local */
  siteOrigin: string;
  fragments?: FragmentIndex;
}

/**
 * Link check of one page: local references must resolve to files (folders with their trailing
 * slash), #fragments must exist in the target page, and nothing the browser fetches may come from
 * another origin. Links (<a href>) to other sites are allowed and not followed.
 */
export const checkPageLinks = (root: string, page: SitePage, options: LinkCheckOptions): Problem[] => {
  const problems: Problem[] = [];
  const fragments = options.fragments ?? new FragmentIndex();
  const tags = scanHtml(readFileSync(page.file, "utf8"));
  const ownIds = fragmentTargets(tags);
  for (const ref of referencesOf(tags)) {
    const report = (rule: string, message: string): void => {
      problems.push({ page: page.url, line: ref.tag.line, element: ref.tag.source, rule, message });
    };
    const value = ref.value;
    if (value === "") {
      report("link-empty", `empty ${ref.attr}`);
      continue;
    }
    if (/^javascript:/i.test(value)) {
      report("no-javascript", `${ref.attr}="${value}" runs JavaScript`);
      continue;
    }
    if (/^(data|blob|mailto|tel|sms):/i.test(value)) continue;
    let url: URL;
    try {
      url = new URL(value, LOCAL_BASE + page.url);
    } catch {
      report("link-invalid", `${ref.attr}="${value}" is not a valid URL`);
      continue;
    }
    const local = url.origin === LOCAL_BASE || url.origin === options.siteOrigin;
    if (!local) {
      if (ref.fetched) report("foreign-resource", `${ref.attr}="${value}" loads a resource from another origin`);
      continue;
    }
    if (value.startsWith("#")) {
      const id = safeDecode(value.slice(1));
      if (id !== "" && id !== "top" && !ownIds.has(id))
        report("link-fragment", `#${id} does not exist on this page (no element with id="${id}")`);
      continue;
    }
    const target = resolveUrlPath(root, url.pathname);
    if (!target.ok) {
      report("link-broken", `${ref.attr}="${value}" → ${url.pathname} does not resolve: ${target.why}`);
      continue;
    }
    const id = safeDecode(url.hash.slice(1));
    if (id !== "" && id !== "top" && target.file.endsWith(".html") && !fragments.idsOf(target.file).has(id))
      report("link-fragment", `${ref.attr}="${value}": ${url.pathname} has no element with id="${id}"`);
  }
  return problems;
};

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/**
 * url(...) and @import in every CSS file of the site: local ones must exist, none may come from
 * another origin (no web fonts from elsewhere).
 */
export const checkCssFiles = (root: string, options: LinkCheckOptions): Problem[] => {
  const problems: Problem[] = [];
  for (const file of listFiles(root).filter((f) => f.endsWith(".css"))) {
    const fileUrl = urlForFile(root, file);
    const css = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const refs = [
      ...[...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2] ?? ""),
      ...[...css.matchAll(/@import\s+(["'])([^"']+)\1/gi)].map((m) => m[2] ?? ""),
    ];
    for (const value of refs) {
      if (value === "" || value.startsWith("#") || /^data:/i.test(value)) continue;
      const url = new URL(value, LOCAL_BASE + fileUrl);
      const report = (rule: string, message: string): void => {
        problems.push({ page: fileUrl, rule, message, element: `url(${value})` });
      };
      if (url.origin !== LOCAL_BASE && url.origin !== options.siteOrigin) {
        report("foreign-resource", `loads ${value} from another origin`);
        continue;
      }
      const target = resolveUrlPath(root, url.pathname);
      if (!target.ok) report("link-broken", `${url.pathname} does not resolve: ${target.why}`);
    }
  }
  return problems;
};

/**
 * A page may load JavaScript only if it has an interactive part: a chart (<canvas>) or an element
 * marked data-interactive / data-chart. Until such a component exists, that means no page.
 */
export const isInteractive = (tags: readonly Tag[]): boolean =>
  tags.some((tag) => tag.name === "canvas" || tag.attrs.has("data-interactive") || tag.attrs.has("data-chart"));

const DATA_SCRIPT_TYPES = new Set(["application/json", "application/ld+json"]);

/** Every way a page brings in JavaScript: <script> (not JSON data blocks), modulepreload, on* handlers. */
export const javascriptOf = (tags: readonly Tag[]): Problem[] => {
  const found: Problem[] = [];
  for (const tag of tags) {
    const add = (message: string): void => {
      found.push({ page: "", line: tag.line, element: tag.source, rule: "no-javascript", message });
    };
    if (tag.name === "script" && !DATA_SCRIPT_TYPES.has((tag.attrs.get("type") ?? "").toLowerCase().trim())) {
      add(tag.attrs.has("src") ? `loads script ${tag.attrs.get("src")}` : "has an inline <script>");
    }
    if (tag.name === "link") {
      const rel = (tag.attrs.get("rel") ?? "").toLowerCase();
      if (/\bmodulepreload\b/.test(rel) || (/\bpreload\b/.test(rel) && tag.attrs.get("as") === "script"))
        add(`preloads script ${tag.attrs.get("href") ?? ""}`);
    }
    for (const attr of tag.attrs.keys()) if (/^on[a-z]+$/.test(attr)) add(`has an inline event handler ${attr}=`);
  }
  return found;
};

/** Pages without an interactive part load no JavaScript at all. */
export const checkNoJavascript = (page: SitePage): Problem[] => {
  const tags = scanHtml(readFileSync(page.file, "utf8"));
  if (isInteractive(tags)) return [];
  return javascriptOf(tags).map((problem) => ({
    ...problem,
    page: page.url,
    message: `${problem.message}, but the page has no interactive part (no <canvas>, no [data-interactive])`,
  }));
};

/**
 * html-validate: the recommended rules plus the document rules (doctype, heading levels, labels,
 * references). require-sri is off: every resource is same-origin (checked above), where SRI adds nothing.
 * One refinement (see onlyCustomProperties): a style attribute that only sets CSS custom properties
 * (`--name: value`, how Astro's define:vars and data-driven sizes reach the stylesheet) is allowed;
 * any real inline property is still an error.
 */
export const HTML_VALIDATE_CONFIG: ConfigData = {
  root: true,
  extends: ["html-validate:recommended", "html-validate:document"],
  rules: { "require-sri": "off" },
};

let validator: HtmlValidate | undefined;

/** A no-inline-style message for a style attribute whose declarations are all `--custom: value`. */
const onlyCustomProperties = (html: string, message: Message): boolean => {
  if (message.ruleId !== "no-inline-style") return false;
  const attribute = /^style\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(html.slice(message.offset, message.offset + 2000));
  if (!attribute) return false;
  const declarations = decodeHTML(attribute[1] ?? attribute[2] ?? "")
    .split(";")
    .map((declaration) => declaration.trim())
    .filter(Boolean);
  return declarations.length > 0 && declarations.every((declaration) => /^--[\w-]+\s*:/.test(declaration));
};

export const checkHtmlValidate = async (page: SitePage): Promise<Problem[]> => {
  validator ??= new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
  const html = readFileSync(page.file, "utf8");
  const report = await validator.validateString(html, page.file);
  // Built pages are often one long line: show the source at the spot, not just line and column.
  const snippet = (offset: number, size: number): string => {
    const end = html[offset] === "<" ? html.indexOf(">", offset) + 1 : offset + Math.max(size, 80);
    const text = html.slice(offset, Math.min(end <= offset ? html.length : end, offset + 200));
    return text.replace(/\s+/g, " ");
  };
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => !onlyCustomProperties(html, message))
      .map((message) => ({
        page: page.url,
        line: message.line,
        rule: `html-validate:${message.ruleId}`,
        message: `${message.message} (column ${message.column})`,
        element: `${message.selector ?? ""}  ${snippet(message.offset, message.size)}`.trim(),
      })),
  );
};

/**
 * sitemap.xml (<loc>, xhtml:link href) and robots.txt (Sitemap:) name absolute URLs of the site:
 * each must be on the site's public origin and resolve to a file of the build.
 */
export const checkSitemapAndRobots = (root: string, options: LinkCheckOptions): Problem[] => {
  const problems: Problem[] = [];
  const check = (file: string, urls: readonly string[]): void => {
    for (const value of urls) {
      const report = (message: string): void => {
        problems.push({ page: `/${file}`, rule: "sitemap-url", message, element: value });
      };
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        report("not an absolute URL");
        continue;
      }
      if (url.origin !== options.siteOrigin) {
        report(`not on the site's origin ${options.siteOrigin}`);
        continue;
      }
      const target = resolveUrlPath(root, url.pathname);
      if (!target.ok) report(`${url.pathname} does not resolve: ${target.why}`);
    }
  };
  const sitemap = join(root, "sitemap.xml");
  if (existsSync(sitemap)) {
    const xml = readFileSync(sitemap, "utf8");
    check("sitemap.xml", [
      ...[...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => decodeXML(m[1] ?? "")),
      ...[...xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]+)"/g)].map((m) => decodeXML(m[1] ?? "")),
    ]);
  }
  const robots = join(root, "robots.txt");
  if (existsSync(robots))
    check(
      "robots.txt",
      [...readFileSync(robots, "utf8").matchAll(/^\s*sitemap:\s*(\S+)/gim)].map((m) => m[1] ?? ""),
    );
  return problems;
};
