// What the browser tests share: web/dist served on a local port, Debian's chromium (headless,
// no browser downloaded), a page opened with settings in its local storage and waited for until
// its first frame has set the tab's title, and failing with a message.
//
// Environment: RM_BIN (the native binary, default target/debug/retail-maturity),
// CHROMIUM (default /usr/bin/chromium).

import { chromium } from "playwright-core";
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "..", "..");
export const out = join(here, "out");
export const bin = process.env.RM_BIN || join(root, "target", "debug", "retail-maturity");
const dist = join(root, "web", "dist");
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
};

export function fail(message) {
  console.error(`web test: FAILED: ${message}`);
  process.exit(1);
}

/** Serves web/dist and starts chromium; `stop()` ends both. */
export async function start() {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, "http://localhost").pathname;
    const file = join(dist, path === "/" ? "index.html" : path.slice(1));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] || "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--enable-unsafe-swiftshader",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
      "--no-first-run",
    ],
  });
  await mkdir(out, { recursive: true });
  const stop = async () => {
    await browser.close();
    server.close();
  };
  return { url, browser, stop };
}

/**
 * A page of the app with these settings in its local storage (none: a first visit), in a
 * context of these options (viewport, deviceScaleFactor, isMobile, hasTouch…), at `address`
 * (default: the app's), waited for until its first frame.
 */
export async function open(env, settings, options = {}, address = env.url) {
  const context = await env.browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    ...options,
  });
  if (settings) {
    await context.addInitScript((s) => {
      localStorage.setItem("retail-maturity/settings.json", s);
    }, JSON.stringify(settings));
  }
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const started = Date.now();
  await page.goto(address);
  await page.waitForFunction(() => document.title.includes("/ 100"), null, { timeout: 30000 });
  const firstFrame = Date.now() - started;
  if (errors.length) fail(`errors in the page: ${errors.join("; ")}`);
  return { context, page, firstFrame, errors };
}

/** Fails when the page reported an error (a panic shows as one), then closes it. */
export async function done({ context, errors }) {
  if (errors.length) fail(`errors in the page: ${errors.join("; ")}`);
  await context.close();
}

/** The score in the tab's title ("… 46.4 / 100 …"), as a number. */
export function scoreOf(title) {
  const m = title.match(/(\d+[.,]\d) \/ 100/);
  return m ? Number(m[1].replace(",", ".")) : NaN;
}

/**
 * The centre, in CSS pixels, of the mirror's element of this role whose name starts with
 * `name` (the accessibility overlay lies exactly over what the canvas draws); none: null.
 */
export async function centreOf(page, role, name) {
  return page.evaluate(
    ([role, name]) => {
      const all = [...document.querySelectorAll(`#a11y [role="${role}"]`)];
      const el = all.find((e) => {
        const label = e.getAttribute("aria-label") || e.textContent || "";
        return label.trim().startsWith(name);
      });
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
    },
    [role, name],
  );
}
