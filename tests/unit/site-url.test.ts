/** SITE_URL: unset is a warning naming the example address; not a web address stops the build. */
import { describe, expect, it } from "vitest";
import { checkSiteUrl, EXAMPLE_SITE } from "../../src/cli/site-url";

describe("SITE_URL", () => {
  it("warns, in Chinese or English, while unset or blank, naming the example address it will use", () => {
    for (const value of [undefined, "", "  "]) {
      const zh = checkSiteUrl(value, "zh");
      expect(zh.ok && zh.warning).toContain(`未设置 SITE_URL`);
      expect(zh.ok && zh.warning).toContain(EXAMPLE_SITE);
      const en = checkSiteUrl(value, "en");
      expect(en.ok && en.warning).toContain("SITE_URL is not set");
    }
  });

  it("accepts a full http(s) address silently", () => {
    expect(checkSiteUrl("https://czj.huadu.gov.cn", "zh")).toEqual({ ok: true });
    expect(checkSiteUrl("http://192.168.1.20:8080/", "en")).toEqual({ ok: true });
  });

  it("refuses what is not a web address, quoting it", () => {
    for (const value of ["czj.huadu.gov.cn", "ftp://czj.huadu.gov.cn", "https://", "file:///srv/site"]) {
      const verdict = checkSiteUrl(value, "zh");
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.error).toContain(`“${value}”`);
    }
  });
});

describe("SITE_URL for a build to publish (npm run build -- --publish)", () => {
  it("is required: unset or blank stops the build, saying how to set it", () => {
    for (const value of [undefined, " "]) {
      const zh = checkSiteUrl(value, "zh", true);
      expect(zh.ok).toBe(false);
      expect(!zh.ok && zh.error).toContain("SITE_URL=https://czj.example.gov.cn npm run build -- --publish");
      const en = checkSiteUrl(value, "en", true);
      expect(!en.ok && en.error).toContain("needs the site's address in SITE_URL");
    }
    expect(checkSiteUrl("https://czj.huadu.gov.cn", "zh", true)).toEqual({ ok: true });
  });
});
