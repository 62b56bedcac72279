/**
 * How big the built site is, as a server would send it: every file raw and gzipped (the build
 * prints both, so whoever puts the site online sees what compression saves), and the largest page.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { formatBytes } from "../budget";

export interface SiteSize {
  files: number;
  raw: number;
  gzipped: number;
  largestPage: { path: string; raw: number; gzipped: number } | undefined;
}

/** Text files a server compresses; images and fonts are compressed already. */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|csv|xml|txt|svg)$/;

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)],
  );

export const siteSize = (folder: string): SiteSize => {
  const size: SiteSize = { files: 0, raw: 0, gzipped: 0, largestPage: undefined };
  for (const file of filesUnder(folder)) {
    const bytes = readFileSync(file);
    const gzipped = COMPRESSIBLE.test(file) ? gzipSync(bytes).length : bytes.length;
    size.files++;
    size.raw += bytes.length;
    size.gzipped += gzipped;
    if (file.endsWith(".html") && bytes.length > (size.largestPage?.raw ?? -1)) {
      size.largestPage = { path: relative(folder, file), raw: bytes.length, gzipped };
    }
  }
  return size;
};

/** One line for the build's output. */
export const formatSiteSize = (size: SiteSize, zh: boolean): string => {
  const page = size.largestPage;
  const largest = page
    ? zh
      ? `；最大的页面 ${page.path}：${formatBytes(page.raw)}，压缩后 ${formatBytes(page.gzipped)}`
      : `; largest page ${page.path}: ${formatBytes(page.raw)}, ${formatBytes(page.gzipped)} gzipped`
    : "";
  return zh
    ? `✔ 网站大小：${size.files} 个文件，${formatBytes(size.raw)}，gzip 压缩后 ${formatBytes(size.gzipped)}${largest}（请在服务器上开启压缩，见 README“发布”）`
    : `✔ Site size: ${size.files} files, ${formatBytes(size.raw)}, ${formatBytes(size.gzipped)} gzipped${largest} (turn compression on in the server: README, Publishing)`;
};
