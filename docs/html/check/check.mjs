// check.mjs - open every page of the web edition in headless Chromium, as a
// reader would, and fail on what a reader would trip on.
//
//   node check.mjs HTML_DIR SHOTS_DIR [CHROMIUM]
//
// Every page is opened from file:// at 1280 and at 400 px wide. A page
// fails on: a console error or an uncaught exception; a request that
// failed (a missing figure, a stylesheet); an image that did not load or
// has no size; a MathML element drawn with zero size; the page scrolling
// sideways. After all pages: every internal link must point at a page
// that exists and an id that page has. Screenshots of the index, one
// chapter and the ledger at both widths go to SHOTS_DIR.
//
// Chromium is Debian's (/usr/bin/chromium), driven through playwright-core,
// the driver without bundled browsers: it waits for the page's load event
// and reports console messages and failed requests, which a bare
// `chromium --headless --screenshot` cannot.
import { chromium } from "playwright-core";
import { readdirSync, mkdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [htmlDir, shotsDir, exe = "/usr/bin/chromium"] = process.argv.slice(2);
if (!htmlDir || !shotsDir) {
  console.error("usage: node check.mjs HTML_DIR SHOTS_DIR [CHROMIUM]");
  process.exit(2);
}
const WIDTHS = [1280, 400];
const SHOTS = ["index", "07-sigmoid", "ledger"];

const dir = resolve(htmlDir);
const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
if (pages.length === 0) {
  console.error(`check.mjs: ${dir}: no pages (run make html first)`);
  process.exit(2);
}
mkdirSync(shotsDir, { recursive: true });

const problems = [];
const ids = new Map();   // page -> Set of ids
const links = [];        // { from, href }

const browser = await chromium.launch({
  executablePath: exe,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  for (const width of WIDTHS) {
    const context = await browser.newContext({
      viewport: { width, height: 900 },
      deviceScaleFactor: 1,
    });
    for (const name of pages) {
      const page = await context.newPage();
      const where = `${name} at ${width} px`;
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(`${where}: console error: ${m.text()}`);
      });
      page.on("pageerror", (e) => problems.push(`${where}: exception: ${e.message}`));
      page.on("requestfailed", (r) =>
        problems.push(`${where}: could not load ${r.url()}: ${r.failure()?.errorText}`));
      await page.goto(pathToFileURL(join(dir, name)).href, { waitUntil: "load" });
      const r = await page.evaluate(() => {
        const out = { images: [], maths: 0, mathTotal: 0, ids: [], links: [] };
        for (const img of document.images) {
          const b = img.getBoundingClientRect();
          if (!img.complete || img.naturalWidth === 0 || b.width === 0 || b.height === 0)
            out.images.push(img.getAttribute("src"));
        }
        for (const m of document.querySelectorAll("math")) {
          out.mathTotal++;
          const b = m.getBoundingClientRect();
          if (b.width === 0 || b.height === 0) out.maths++;
        }
        for (const e of document.querySelectorAll("[id]")) out.ids.push(e.id);
        for (const a of document.querySelectorAll("a[href]")) out.links.push(a.getAttribute("href"));
        const doc = document.documentElement;
        out.scroll = doc.scrollWidth - doc.clientWidth;
        return out;
      });
      for (const src of r.images) problems.push(`${where}: image did not load or has no size: ${src}`);
      if (r.maths > 0) problems.push(`${where}: ${r.maths} of ${r.mathTotal} formulas drawn with zero size`);
      if (r.scroll > 0) problems.push(`${where}: the page scrolls sideways by ${r.scroll} px`);
      if (width === WIDTHS[0]) {
        ids.set(name, new Set(r.ids));
        for (const href of r.links) links.push({ from: name, href });
      }
      const stem = name.replace(/\.html$/, "");
      if (SHOTS.includes(stem)) {
        await page.screenshot({ path: join(shotsDir, `${stem}-${width}.png`), fullPage: false });
      }
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
}

// Internal links: a page of ours and, after '#', an id it has.
for (const { from, href } of links) {
  if (/^[a-z]+:/i.test(href)) {
    if (!/^https?:|^mailto:/i.test(href)) problems.push(`${from}: link of unknown kind: ${href}`);
    continue;
  }
  const [file, anchor] = href.split("#");
  const target = file === "" ? from : file;
  if (!existsSync(join(dir, target))) {
    problems.push(`${from}: link to a missing page: ${href}`);
  } else if (anchor && !(ids.get(target)?.has(decodeURIComponent(anchor)))) {
    problems.push(`${from}: link to a missing anchor: ${href}`);
  }
}

const checked = `${pages.length} pages at ${WIDTHS.join(" and ")} px, ${links.length} links`;
if (problems.length > 0) {
  for (const p of problems) console.error(`check-html: ${p}`);
  console.error(`check-html: ${problems.length} problems (${checked})`);
  process.exit(1);
}
console.log(`check-html: ok (${checked}); screenshots in ${shotsDir}`);
