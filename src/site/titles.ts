/**
 * <title> text: the page's own name first (what a browser tab shows), then context while it
 * fits. Long titles are cut by browsers and search engines anyway; 70 characters keeps the
 * context readable and html-validate's long-title rule satisfied.
 */
import type { DepartmentYear } from "../budget";
import type { Locale, Translate } from "../i18n";
import { documentTitle, type LocalText } from "./localize";

export const MAX_TITLE_LENGTH = 70;

const SEPARATOR = " – ";

/**
 * Typographic apostrophes: a straight one is written as an entity (&#39;) in the page, which
 * counts five times against the length a validator measures.
 */
const typographic = (text: string): string => text.replaceAll("'", "’");

export const composeTitle = (parts: readonly string[], max = MAX_TITLE_LENGTH): string => {
  const [first = "", ...rest] = parts.filter((p) => p.trim() !== "").map(typographic);
  let title = first.length > max ? `${first.slice(0, max - 1)}…` : first;
  for (const part of rest) {
    const room = max - title.length - SEPARATOR.length;
    if (part.length <= room) title += `${SEPARATOR}${part}`;
    // A part cut to a stub says nothing; cut it only if a useful piece of it fits.
    else if (room >= 12) {
      title += `${SEPARATOR}${part.slice(0, room - 1)}…`;
      break;
    } else break;
  }
  return title;
};

/**
 * A department-year home's own title: the document's title, or where an English page would show it
 * untranslated, the kind of budget and its year (<title> cannot mark a Chinese fallback lang="zh-CN").
 */
export const departmentYearTitle = (dy: DepartmentYear, locale: Locale, t: Translate): LocalText => {
  const title = documentTitle(dy, locale);
  return title.fallback ? { text: t("department.eyebrow", { year: dy.year }), lang: locale, fallback: false } : title;
};
