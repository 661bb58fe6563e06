// The page to a browser screen reader: Chromium's accessibility tree (CDP
// Accessibility.getFullAXTree) holds the families, the level radio buttons with their names and
// checked states, the score; a level is answered through it (focus, then Space, as a screen
// reader user does); axe-core finds no critical or serious violation; the mirror's cost per
// frame is printed (window.__ariaStats) for BENCHMARKS.md.

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { done, fail, open, root, scoreOf, start } from "./common.mjs";

const env = await start();
const opened = await open(env, { lang: "en", welcomed: true });
const { page, context } = opened;
const cdp = await context.newCDPSession(page);

async function axTree() {
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  return nodes.filter((n) => !n.ignored);
}
const value = (n, key) => n[key]?.value ?? "";
const prop = (n, name) => (n.properties || []).find((p) => p.name === name)?.value?.value;

let nodes = await axTree();
const page_lang = await page.evaluate(() => document.documentElement.lang);
if (page_lang !== "en") fail(`the page's language is "${page_lang}"`);
const families = nodes.filter((n) => /^\d+\. /.test(value(n, "name")) && value(n, "role") === "button");
if (families.length !== 15) fail(`15 families in the AX tree, found ${families.length}`);
const radios = nodes.filter((n) => value(n, "role") === "radio");
const levels = radios.filter((n) => /^[0-5] · /.test(value(n, "name")));
if (levels.length < 6) fail(`the level radios: ${levels.length}`);
const checked = radios.filter((n) => prop(n, "checked") === "true").map((n) => value(n, "name"));
const groups = nodes.filter((n) => value(n, "role") === "radiogroup").map((n) => value(n, "name"));
if (!groups.some((g) => g.startsWith("E-commerce: Reached level"))) fail(`radio groups: ${groups}`);
const score = nodes.find((n) => /\/ 100$/.test(value(n, "name")));
if (!score) fail("no score in the AX tree");
console.log(
  `AX tree: ${nodes.length} nodes, 15 families, ${radios.length} radios (checked: ${checked.join(", ")}), ` +
    `groups ${groups.length}, score "${value(score, "name")}"`,
);

// Answer through the tree: focus the radio of level 3, press Space.
const before = await page.title();
const { backendDOMNodeId } = levels.find((n) => value(n, "name").startsWith("3 · "));
const { object } = await cdp.send("DOM.resolveNode", { backendNodeId: backendDOMNodeId });
await cdp.send("Runtime.callFunctionOn", {
  objectId: object.objectId,
  functionDeclaration: "function() { this.focus(); }",
});
await page.keyboard.press("Space");
await page.waitForFunction((t) => document.title !== t, before, { timeout: 10000 });
const after = await page.title();
if (scoreOf(after) !== 4) fail(`after Space on level 3: ${after}`);
nodes = await axTree();
const now = nodes.find((n) => value(n, "role") === "radio" && value(n, "name").startsWith("3 · "));
if (prop(now, "checked") !== "true") fail("level 3 is not checked in the AX tree after answering");
console.log(`answered through the AX tree: "${before}" -> "${after}"`);

// axe-core: no critical or serious violation.
const axe = await readFile(join(root, "web", "node_modules", "axe-core", "axe.min.js"), "utf8");
await page.addScriptTag({ content: axe });
const result = await page.evaluate(async () => {
  // eslint-disable-next-line no-undef
  const r = await axe.run(document, { resultTypes: ["violations"] });
  return r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.length,
    help: v.help,
    where: v.nodes.slice(0, 3).map((n) => `${n.html.slice(0, 160)} — ${n.failureSummary || ""}`),
  }));
});
for (const v of result) {
  console.log(`axe: ${v.impact} ${v.id} (${v.nodes}): ${v.help}`);
  for (const w of v.where) console.log(`  at ${w.replace(/\s+/g, " ")}`);
}
const bad = result.filter((v) => v.impact === "critical" || v.impact === "serious");
if (bad.length) fail(`axe-core: ${bad.map((v) => `${v.impact} ${v.id}`).join(", ")}`);
console.log(`axe-core: no critical or serious violation (${result.length} others)`);

// The mirror's cost, measured (not asserted: a speed goal lives in BENCHMARKS.md, and this
// machine's noise would make a timing test flaky): keys that change answers and families, one
// frame each, and the mirror's own time in each (window.__ariaStats.lastMs).
await page.focus("#app");
const samples = [];
const keys = ["4", "ArrowDown", "2", "PageDown", "5", "PageDown", "1", "PageUp"];
for (let i = 0; i < 48; i++) {
  const frames = await page.evaluate(() => window.__ariaStats.frames);
  await page.keyboard.press(keys[i % keys.length]);
  await page.waitForFunction((n) => window.__ariaStats.frames > n, frames, { timeout: 10000 });
  samples.push(await page.evaluate(() => window.__ariaStats.lastMs));
}
const stats = await page.evaluate(() => window.__ariaStats);
samples.sort((a, b) => a - b);
const median = samples[samples.length >> 1];
const p90 = samples[Math.floor(samples.length * 0.9)];
console.log(
  `ARIA mirror: ${stats.nodes} elements; first frame ${stats.firstMs.toFixed(1)} ms; ` +
    `${samples.length} frames with a key: median ${median.toFixed(3)} ms, 90th percentile ` +
    `${p90.toFixed(3)} ms, worst ${samples[samples.length - 1].toFixed(3)} ms (budget 0.5 ms: BENCHMARKS.md)`,
);
await done(opened);
await env.stop();
console.log("web a11y test: ok");
