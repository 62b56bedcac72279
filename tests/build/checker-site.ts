/**
 * A small hand-made site with known defects, for testing the checkers themselves: the file checks
 * (tests/build/site-check.test.ts) and the static server and browser checker
 * (tests/browser/checkers.test.ts) must each flag what they are there to flag, and pass a clean page.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const SITE_ORIGIN = "https://budget.example.gov.cn";

const page = (title: string, body: string, head = ""): string => `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="/style.css">${head}
  </head>
  <body>
    <main>
      <h1>${title}</h1>
${body}
    </main>
  </body>
</html>
`;

export const FILES: Record<string, string> = {
  "index.html": page(
    "首页",
    `      <p id="intro">预算 <a href="/about/">关于</a> <a href="/about/#team">团队</a> <a href="#intro">本页</a>
        <a href="about/">相对</a> <a href="/data/t.csv">CSV</a> <a href="https://www.gov.cn/">政府网</a>
        <a href="mailto:a@example.gov.cn">邮件</a> <a href="/%E8%AF%B4%E6%98%8E/">说明</a></p>`,
    `\n    <link rel="canonical" href="${SITE_ORIGIN}/">`,
  ),
  "about/index.html": page("关于", `      <p id="team" style="--level: 2; --h:10px">团队</p>`),
  "说明/index.html": page("说明", `      <p>说明</p>`),
  "404.html": page("未找到", `      <p><a href="/">返回首页</a></p>`),
  "data/t.csv": "code,amount\n201,1.00\n",
  "data/t.json": '{"rows":[]}\n',
  "img/ok.svg": '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n',
  "style.css":
    'body{background:url(/img/ok.svg)}\n.x{background:url("../img/missing.png")}\n@import url(https://fonts.example.com/f.css);\n',
  "chart/index.html": page(
    "图表",
    `      <canvas width="10" height="10" aria-label="图表"></canvas>`,
    `\n    <script type="module" src="/chart.js"></script>`,
  ),
  "chart.js": "export {};\n",
  "sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>${SITE_ORIGIN}/</loc></url><url><loc>${SITE_ORIGIN}/gone/</loc></url><url><loc>https://elsewhere.example/</loc></url></urlset>\n`,
  "robots.txt": `Sitemap: ${SITE_ORIGIN}/sitemap.xml\n`,
  "bad/index.html": page(
    "坏页",
    `      <p id="dup">
        <a href="/missing/">a</a> <a href="/about">b</a> <a href="/about/#nope">c</a> <a href="#nowhere">d</a>
        <a href="javascript:void(0)">e</a> <button type="button" onclick="go()">f</button>
        <img src="https://cdn.example.com/logo.png" alt="logo">
      </p>
      <p id="dup" style="--level: 2; color: red">again</p>`,
    `\n    <script src="https://cdn.example.com/x.js"></script>\n    <script>window.x = 1;</script>` +
      `\n    <link rel="alternate" hreflang="en" href="${SITE_ORIGIN}/en/bad/">`,
  ),
  "browser-bad/index.html": `<!DOCTYPE html>
<html>
  <head><meta charset="utf-8"><title>broken</title></head>
  <body>
    <img src="/missing.png" alt="missing">
    <img src="https://cdn.example.com/logo.png">
    <div style="width: 600px">wide</div>
    <script>console.error("boom");</script>
  </body>
</html>
`,
};

/** Writes the site into a new temporary folder; its path. */
export const writeCheckerSite = (): string => {
  const root = mkdtempSync(join(tmpdir(), "budget-checkers-"));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
};
