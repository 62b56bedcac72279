/** The build's size line: every file counted raw and as a server would gzip it, the largest page named. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { formatSiteSize, siteSize } from "../../src/cli/site-size";

const site = mkdtempSync(join(tmpdir(), "site-size-"));
afterAll(() => rmSync(site, { recursive: true, force: true }));

const page = "<!doctype html><title>表1</title>" + "<tr><td>一般公共服务支出</td><td>1,234.56</td></tr>".repeat(400);
const small = "<!doctype html><title>首页</title>";
const image = Buffer.from([0x89, 0x50, 0x4e, 0x47, ...Array.from({ length: 300 }, (_, i) => i % 256)]);
mkdirSync(join(site, "2025", "huadu-zwfw"), { recursive: true });
writeFileSync(join(site, "index.html"), small);
writeFileSync(join(site, "2025", "huadu-zwfw", "table01.html"), page);
writeFileSync(join(site, "logo.png"), image);

describe("siteSize", () => {
  const size = siteSize(site);

  it("counts every file, raw and gzipped (images as they are)", () => {
    const html = [page, small].map((text) => Buffer.byteLength(text));
    expect(size.files).toBe(3);
    expect(size.raw).toBe(html[0]! + html[1]! + image.length);
    expect(size.gzipped).toBe(gzipSync(page).length + gzipSync(small).length + image.length);
    expect(size.gzipped).toBeLessThan(size.raw / 5);
  });

  it("names the largest page, and says in both languages to turn compression on", () => {
    expect(size.largestPage?.path).toBe(join("2025", "huadu-zwfw", "table01.html"));
    expect(formatSiteSize(size, true)).toMatch(
      /^✔ 网站大小：3 个文件，.*[KM]B，gzip 压缩后 .*[KM]B；最大的页面 .*table01\.html/,
    );
    expect(formatSiteSize(size, true)).toContain("请在服务器上开启压缩");
    expect(formatSiteSize(size, false)).toContain("turn compression on in the server");
  });
});
