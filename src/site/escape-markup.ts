/**
 * Text made safe inside HTML or XML, as element text or a double-quoted attribute value: the
 * sitemap's URLs and the search records' pages are written as strings, not through Astro.
 */
export const escapeMarkup = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
