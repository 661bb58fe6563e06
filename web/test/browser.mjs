// The browser test of web/dist: Debian's chromium, headless, driven by playwright-core (no
// browser is downloaded). Serves web/dist on a local port, waits for the app's first frame,
// answers a level with the keyboard, checks the tab's title (unsaved mark, score), saves (a
// download), checks the downloaded file with the native `retail-maturity validate`, and takes
// screenshots (web/test/out/) at 1280×800 and 1024×700, light and dark, English and French.
//
// Environment: see common.mjs.

import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { bin, done, fail, open as openIn, out, start } from "./common.mjs";

const env = await start();
const open = (settings, size = { width: 1280, height: 800 }) =>
  openIn(env, settings, { viewport: size });

// A first visit: the welcome, in the browser's language (English here).
{
  const opened = await open(null);
  const { page, firstFrame } = opened;
  console.log(`first frame after ${firstFrame} ms (navigation to the title of the first frame)`);
  await page.waitForTimeout(300); // let the fonts settle before the picture (not a timing check)
  await page.screenshot({ path: join(out, "welcome-1280x800.png") });
  await done(opened);
}

// The journey: a level by keyboard, the score in the title, Save as a download, validated.
{
  const opened = await open({ lang: "en", welcomed: true });
  const { page, firstFrame } = opened;
  console.log(`first frame after ${firstFrame} ms (settings in local storage)`);
  const before = await page.title();
  if (!/(^|\s)0\.0 \/ 100/.test(before)) fail(`a blank assessment scores 0.0: ${before}`);
  await page.focus("#app");
  await page.keyboard.press("3");
  await page.waitForFunction((t) => document.title !== t, before, { timeout: 10000 });
  const after = await page.title();
  // E-Commerce at 3 of 5: 60 for one family of fifteen, 4.0 overall.
  if (!after.startsWith("* ") || !/(^|\s)4\.0 \/ 100/.test(after)) fail(`title after level 3: ${after}`);
  console.log(`title: "${before}" -> "${after}"`);
  const [download] = await Promise.all([
    page.waitForEvent("download", { timeout: 10000 }),
    page.keyboard.press("Control+s"),
  ]);
  const saved = join(out, download.suggestedFilename());
  await download.saveAs(saved);
  try {
    const v = execFileSync(bin, ["validate", "--lang", "en", saved], { encoding: "utf8" });
    console.log(`downloaded ${download.suggestedFilename()}: ${v.trim().split("\n")[0]}`);
  } catch (e) {
    fail(`the downloaded file does not validate: ${e.stdout || ""}${e.stderr || e}`);
  }
  const json = JSON.parse(await readFile(saved, "utf8"));
  const level = json.tracks.find((t) => t.track === "e-commerce").level;
  if (level !== 3) fail(`the downloaded file has e-commerce at ${level}, not 3`);
  await page.waitForFunction(() => !document.title.startsWith("* "), null, { timeout: 10000 });
  await page.screenshot({ path: join(out, "answered-1280x800.png") });
  // The autosave keeps unsaved work in local storage, offered back on the next visit.
  await page.keyboard.press("4");
  await page.waitForFunction(() => document.title.startsWith("* "), null, { timeout: 10000 });
  await page.waitForFunction(
    () => (localStorage.getItem("retail-maturity/autosave.json") || "").includes('"level": 4'),
    null,
    { timeout: 10000 },
  );
  console.log("the unsaved change is in the autosave (local storage)");
  await done(opened);
}

// How it looks: two sizes, both themes, both languages.
for (const [name, settings, size] of [
  ["en-light-1024x700", { lang: "en", welcomed: true }, { width: 1024, height: 700 }],
  ["fr-dark-1280x800", { lang: "fr", theme: "Dark", welcomed: true }, { width: 1280, height: 800 }],
  ["fr-light-1024x700", { lang: "fr", welcomed: true }, { width: 1024, height: 700 }],
  ["en-dark-1600x1000", { lang: "en", theme: "Dark", welcomed: true }, { width: 1600, height: 1000 }],
]) {
  const opened = await open(settings, size);
  const { page } = opened;
  await page.focus("#app");
  for (const key of ["4", "ArrowDown", "3", "ArrowDown", "2", "PageDown", "5"]) {
    await page.keyboard.press(key);
  }
  await page.waitForTimeout(300); // let the frame after the last key be painted
  await page.screenshot({ path: join(out, `${name}.png`) });
  await done(opened);
}

await env.stop();
console.log(`web test: ok (screenshots in ${out})`);
