// The page on phones and a tablet, as their users hold them: emulated at their real size and
// pixel ratio, with touch. Checks the canvas is sharp (its pixels are its CSS size times the
// ratio), taps a level where it is drawn and sees the title's score change, walks the 15
// families with the stepper, takes screenshots (web/test/out/); then the answers sent as a
// link: a link made by the documented encoding opens its answers, "Copy a link to my answers"
// gives a link that opens the same answers, and "Send my answers" hands the file to the share
// sheet where the browser has one, else downloads it.

import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { deflateRawSync } from "node:zlib";
import { join } from "node:path";
import { bin, centreOf, done, fail, open, out, root, scoreOf, start } from "./common.mjs";

const env = await start();
const settings = { lang: "en", welcomed: true };
const devices = [
  ["phone-390x844@3", { width: 390, height: 844 }, 3],
  ["phone-412x915@2.625", { width: 412, height: 915 }, 2.625],
  ["tablet-820x1180@2", { width: 820, height: 1180 }, 2],
];

/** The lowest CSS y the user sees of the page's content: above the status line, if any. */
async function visibleBottom(page) {
  return page.evaluate(() => {
    const s = document.querySelector('#a11y [role="status"]');
    const r = s && s.getBoundingClientRect();
    return r && r.height > 0 ? r.top : window.innerHeight;
  });
}

/** A finger's drag from (x, y) up by `dy` CSS px, as touch events (the way a phone scrolls). */
async function swipeUp(page, x, y, dy) {
  const cdp = await page.context().newCDPSession(page);
  const point = (py) => [{ x, y: py, id: 1 }];
  // Each event in a frame of its own, as a finger moves (egui sees a press, then a drag).
  const frame = () =>
    page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(y) });
  await frame();
  for (let i = 1; i <= 10; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(y - (dy * i) / 10) });
    await frame();
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await frame();
  await cdp.detach();
}

/**
 * Taps the mirror's element of `role` named `name`, where the canvas draws it, after swiping
 * the page until all of it is in sight (a tap under the status line would not reach it).
 */
async function tap(page, role, name) {
  let c = await centreOf(page, role, name);
  for (let swipes = 0; c && c.y + c.h / 2 > (await visibleBottom(page)); swipes++) {
    if (swipes === 8) fail(`${role} ${name} stays out of sight after 8 swipes`);
    const size = page.viewportSize();
    await swipeUp(page, size.width / 2, size.height * 0.6, size.height * 0.25);
    // The mirror follows the next frame.
    const before = c.y;
    await page.waitForFunction(
      ([role, name, y]) => {
        const el = [...document.querySelectorAll(`#a11y [role="${role}"]`)].find((e) =>
          (e.getAttribute("aria-label") || e.textContent || "").trim().startsWith(name));
        return el && Math.abs(el.getBoundingClientRect().top + el.getBoundingClientRect().height / 2 - y) > 1;
      },
      [role, name, before],
      { timeout: 10000 },
    );
    c = await centreOf(page, role, name);
  }
  if (!c) fail(`no ${role} named ${name}`);
  await page.touchscreen.tap(c.x, c.y);
  return c;
}

for (const [name, viewport, ratio] of devices) {
  const opened = await open(env, settings, {
    viewport,
    deviceScaleFactor: ratio,
    isMobile: true,
    hasTouch: true,
  });
  const { page } = opened;
  const canvas = await page.evaluate(() => {
    const c = document.getElementById("app");
    return { w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight, dpr: devicePixelRatio };
  });
  const sharp = Math.abs(canvas.w - Math.round(canvas.cw * canvas.dpr)) <= 1;
  if (!sharp) fail(`${name}: the canvas has ${canvas.w} pixels for ${canvas.cw} CSS px at ${canvas.dpr}`);
  // A level, tapped where it is drawn: the title's score changes.
  const before = await page.title();
  const target = await tap(page, "radio", "3 · Click and collect");
  if (target.h < 44 - 0.5) fail(`${name}: a level is ${target.h} CSS px high (under 44)`);
  await page.waitForFunction((t) => document.title !== t, before, { timeout: 10000 });
  const after = await page.title();
  if (scoreOf(after) !== 4) fail(`${name}: title after tapping level 3: ${after}`);
  console.log(`${name}: sharp (${canvas.w}×${canvas.h}), tapped level 3: "${after}"`);
  await page.screenshot({ path: join(out, `${name}-questions.png`) });
  // The stepper walks the 15 families.
  for (let i = 2; i <= 15; i++) {
    await tap(page, "button", "Next");
    await page.waitForFunction(
      (i) => [...document.querySelectorAll("#a11y [role=combobox]")].some((e) =>
        (e.textContent || "").startsWith(`${i}/15`)),
      i,
      { timeout: 10000 },
    );
  }
  console.log(`${name}: the stepper walked the 15 families`);
  await page.screenshot({ path: join(out, `${name}-family-15.png`) });
  // A phone shows the results on a page of their own; a tablet beside the questions.
  if (await centreOf(page, "button", "Results")) await tap(page, "button", "Results");
  await page.waitForFunction(() => document.querySelector("#a11y [role=img]"), null, {
    timeout: 10000,
  });
  await page.screenshot({ path: join(out, `${name}-results.png`) });
  await done(opened);
}

// A link carrying answers, made as README documents it, opens them (and leaves the address).
const file = join(root, "data", "examples", "maison-dupont-2026.json");
const json = await readFile(file);
const link = `${env.url}#answers=1.${deflateRawSync(json).toString("base64url")}`;
const expected = JSON.parse(
  execFileSync(bin, ["score", "--json", "--lang", "en", file], { encoding: "utf8" }),
).overall_score;
{
  const opened = await open(env, settings, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, link);
  const { page } = opened;
  const title = await page.title();
  if (Math.abs(scoreOf(title) - expected) > 0.051) fail(`the link opened "${title}", not ${expected}`);
  const address = page.url();
  if (address.includes("answers=")) fail(`the answers stay in the address bar: ${address}`);
  console.log(`a link of ${link.length} characters opened "${title}"`);
  await page.screenshot({ path: join(out, "phone-from-a-link.png") });
  await done(opened);
}

// Copy a link to my answers (File menu), then open what was copied.
{
  const opened = await open(env, settings, {}, link);
  const { context, page } = opened;
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.evaluate(() => document.querySelector('#a11y [aria-label="File"]').click());
  await page.waitForSelector('#a11y [aria-label="Copy a link to my answers"]', { timeout: 10000 });
  await page.evaluate(() =>
    document.querySelector('#a11y [aria-label="Copy a link to my answers"]').click());
  // The clipboard is read once a frame until the link is there (waitForFunction takes no
  // promise: an async predicate would be true at once).
  let copied = "";
  for (let frames = 0; !copied.includes("#answers=1."); frames++) {
    if (frames === 600) fail(`nothing copied after 600 frames: "${copied}"`);
    copied = await page.evaluate(async () => {
      await new Promise((r) => requestAnimationFrame(r));
      return navigator.clipboard.readText();
    });
  }
  await done(opened);
  const again = await open(env, settings, {}, copied);
  const title = await again.page.title();
  if (Math.abs(scoreOf(title) - expected) > 0.051) fail(`the copied link opened "${title}"`);
  console.log(`copied a link of ${copied.length} characters; it opens "${title}"`);
  await done(again);
}

// Send my answers: the share sheet with the file where there is one (stubbed here, as
// headless Chromium has none), else a download.
for (const share of [true, false]) {
  const opened = await open(env, settings, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, link);
  const { context, page } = opened;
  if (share) {
    await page.evaluate(() => {
      window.__shared = [];
      navigator.canShare = (d) => Array.isArray(d.files) && d.files.length === 1;
      navigator.share = (d) => {
        window.__shared.push({ name: d.files[0].name, type: d.files[0].type, size: d.files[0].size });
        return Promise.resolve();
      };
    });
  }
  await page.evaluate(() => document.querySelector('#a11y [role="menuitem"][aria-label="Menu"]').click());
  await page.waitForSelector('#a11y [aria-label="File"]', { timeout: 10000 });
  await page.evaluate(() => document.querySelector('#a11y [aria-label="File"]').click());
  await page.waitForSelector('#a11y [aria-label="Send my answers"]', { timeout: 10000 });
  const click = () =>
    page.evaluate(() => document.querySelector('#a11y [aria-label="Send my answers"]').click());
  if (share) {
    await click();
    await page.waitForFunction(() => window.__shared.length === 1, null, { timeout: 10000 });
    const sent = await page.evaluate(() => window.__shared[0]);
    if (!sent.name.endsWith(".json") || sent.size < 100) fail(`shared ${JSON.stringify(sent)}`);
    console.log(`Send my answers: the share sheet got ${sent.name} (${sent.size} bytes)`);
  } else {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 10000 }), click()]);
    const saved = join(out, `sent-${download.suggestedFilename()}`);
    await download.saveAs(saved);
    execFileSync(bin, ["validate", "--lang", "en", saved]);
    console.log(`Send my answers, no share sheet: downloaded ${download.suggestedFilename()}, valid`);
  }
  await context.close();
}

await env.stop();
console.log(`web devices test: ok (screenshots in ${out})`);
