/**
 * sitemap.xml with both languages: each page once per language, each entry naming its
 * alternates (https://developers.google.com/search/docs/specialty/international/localized-versions).
 */
import { LOCALES, type Locale } from "../i18n";
import { escapeMarkup } from "./escape-markup";
import { localizePath } from "./paths";

const HREFLANG: Record<Locale, string> = { "zh-CN": "zh-CN", en: "en" };

export const sitemapXml = (site: URL, routes: readonly string[]): string => {
  const url = (route: string, locale: Locale): string => new URL(localizePath(route, locale), site).href;
  const entries = routes.flatMap((route) =>
    LOCALES.map((locale) => {
      const alternates = LOCALES.map(
        (other) =>
          `    <xhtml:link rel="alternate" hreflang="${HREFLANG[other]}" href="${escapeMarkup(url(route, other))}"/>`,
      );
      return [
        "  <url>",
        `    <loc>${escapeMarkup(url(route, locale))}</loc>`,
        ...alternates,
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeMarkup(url(route, "zh-CN"))}"/>`,
        "  </url>",
      ].join("\n");
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    "</urlset>",
    "",
  ].join("\n");
};
