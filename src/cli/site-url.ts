/**
 * SITE_URL, the site's public address: canonical links, hreflang, the sitemap and the data
 * package are absolute and point there. Unset, they point at an example address, which is fine
 * for a look at the site but wrong once published: the build says so. Set to something that is
 * not an http(s) address, the build stops before doing anything (Astro would fail with a trace).
 */
import { isWebAddress, type Lang } from "../budget";

export const EXAMPLE_SITE = "https://budget.example.gov.cn";

export type SiteUrlVerdict = { ok: true; warning?: string } | { ok: false; error: string };

/**
 * `publish`: the build is the one to put online (npm run build -- --publish), where an example
 * address in every canonical link is an error, not a warning.
 */
export const checkSiteUrl = (value: string | undefined, lang: Lang, publish = false): SiteUrlVerdict => {
  const zh = lang === "zh";
  if ((value === undefined || value.trim() === "") && publish)
    return {
      ok: false,
      error: zh
        ? `✘ 发布用的生成（--publish）必须设置网站的正式地址 SITE_URL，否则规范链接、站点地图和数据包都会指向示例地址。例如：SITE_URL=https://czj.example.gov.cn npm run build -- --publish`
        : `✘ A build for publishing (--publish) needs the site's address in SITE_URL, or canonical links, the sitemap and the data package point at an example address. E.g. SITE_URL=https://czj.example.gov.cn npm run build -- --publish`,
    };
  if (value === undefined || value.trim() === "")
    return {
      ok: true,
      warning: zh
        ? `⚠ 未设置 SITE_URL：网页中的规范链接、站点地图和数据包将指向示例地址 ${EXAMPLE_SITE}。正式发布前请设置网站地址，例如：SITE_URL=https://czj.example.gov.cn npm run build -- --publish`
        : `⚠ SITE_URL is not set: canonical links, the sitemap and the data package will point at the example address ${EXAMPLE_SITE}. Set the site's address before publishing, e.g. SITE_URL=https://czj.example.gov.cn npm run build -- --publish`,
    };
  if (!isWebAddress(value.trim()))
    return {
      ok: false,
      error: zh
        ? `✘ SITE_URL 不是网址：“${value}”。请写完整的网站地址，以 https:// 开头，例如 SITE_URL=https://czj.example.gov.cn`
        : `✘ SITE_URL is not a web address: "${value}". Give the site's full address starting with https://, e.g. SITE_URL=https://czj.example.gov.cn`,
    };
  return { ok: true };
};
