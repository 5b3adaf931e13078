// Drives the /demo page in Debian's Chromium (playwright-core, headless) and prints what the
// page's test hooks (window.spatiusDemo) reported as JSON; tests/integration/test_demo_page.py
// runs it against a server it started and judges the result.
//   node e2e/demo-page.mjs URL WAV SCREENSHOT PERIOD_S
// URL: the page; WAV: the fake microphone's file (speech then silence, played in a loop);
// SCREENSHOT: PNG path, taken while the mouth is open; PERIOD_S: the WAV's length (s).
// stdout: a line {"event": "streaming"} when phase 3 wants the server drained, then the report.
// Phase 1 (microphone granted): start("mic"), record keyframes until more than two periods of
// audio have been rendered, stop. Phase 2 (a context without the permission): start("mic")
// must fall back to the sample, which interrupt() then stops. Phase 3: a session cut by the server's drain (4503).
import { chromium } from "playwright-core";

const [url, wav, screenshot, periodArg] = process.argv.slice(2);
const period = Number(periodArg);
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    "--no-sandbox",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-audio-capture=${wav}`,
    "--autoplay-policy=no-user-gesture-required",
    "--use-angle=swiftshader",
    "--enable-unsafe-swiftshader",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-domain-reliability",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-breakpad",
  ],
});

async function openPage(context, consoleErrors) {
  const page = await context.newPage();
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => window.spatiusDemo && window.spatiusDemo.state !== "loading", null, { timeout: 30_000 });
  return page;
}

const report = { consoleErrors: [], fallback: {} };
try {
  const origin = new URL(url).origin;
  const context = await browser.newContext({ viewport: { width: 1000, height: 720 } });
  await context.grantPermissions(["microphone"], { origin });
  const page = await openPage(context, report.consoleErrors);
  report.initialState = await page.evaluate(() => window.spatiusDemo.state);
  report.accessibility = await page.evaluate(() => ({
    buttons: [...document.querySelectorAll("button")].map((b) => ({ text: b.textContent.trim(), tabIndex: b.tabIndex })),
    status: document.getElementById("status").getAttribute("role"),
    alert: document.getElementById("alert").getAttribute("role"),
    canvasLabel: document.getElementById("view").getAttribute("aria-label"),
  }));
  // Start with the keyboard, as a person without a mouse would: Tab to the microphone button, Enter.
  await page.keyboard.press("Tab");
  report.firstFocus = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => window.spatiusDemo.keyframes > 0, null, { timeout: 15_000 });
  report.stateWhileStreaming = await page.evaluate(() => window.spatiusDemo.state);
  await page.waitForFunction(() => (window.spatiusDemo.lastArkit.jawOpen ?? 0) > 0.25, null, { timeout: 15_000 });
  await page.screenshot({ path: screenshot });
  await page.waitForFunction((p) => {
    const h = window.spatiusDemo.history;
    return h.length > 0 && h[h.length - 1].t > 2 * p + 1;
  }, period, { timeout: 60_000, polling: 100 });
  report.mic = await page.evaluate(() => {
    const d = window.spatiusDemo;
    return { state: d.state, keyframes: d.keyframes, errors: d.errors, firstKeyframeMs: d.firstKeyframeMs,
      underruns: d.underruns, lastArkit: d.lastArkit, history: d.history };
  });
  await page.keyboard.press("Escape");
  report.stateAfterStop = await page.evaluate(() => window.spatiusDemo.state);
  await context.close();

  const denied = await browser.newContext();
  const page2 = await openPage(denied, report.consoleErrors);
  await page2.evaluate(() => window.spatiusDemo.start("mic"));
  await page2.waitForFunction(() => window.spatiusDemo.keyframes > 0, null, { timeout: 15_000 });
  await page2.waitForFunction(() => window.spatiusDemo.audioPlaying, null, { timeout: 15_000 });
  report.fallback = await page2.evaluate(() => ({ state: window.spatiusDemo.state, errors: window.spatiusDemo.errors,
    alert: document.getElementById("alert").textContent }));
  // Interrupt stops both: the sample's audio and the buffered motion.
  report.interrupted = await page2.evaluate(() => {
    window.spatiusDemo.interrupt();
    const d = window.spatiusDemo;
    return { state: d.state, buffered: d.buffered, audioPlaying: d.audioPlaying };
  });
  await page2.evaluate(() => window.spatiusDemo.stop());
  await denied.close();

  // Phase 3: the server drains (the test sends it SIGTERM on the "draining" line): the page says
  // why the session ended (4503) and reconnects with backoff.
  const third = await browser.newContext();
  await third.grantPermissions(["microphone"], { origin });
  const page3 = await openPage(third, report.consoleErrors);
  await page3.evaluate(() => window.spatiusDemo.start("mic"));
  await page3.waitForFunction(() => window.spatiusDemo.keyframes > 0, null, { timeout: 15_000 });
  process.stdout.write(JSON.stringify({ event: "streaming" }) + "\n");
  await page3.waitForFunction(() => window.spatiusDemo.state === "reconnecting", null, { timeout: 30_000 });
  report.drain = await page3.evaluate(() => ({ state: window.spatiusDemo.state, errors: window.spatiusDemo.errors,
    status: document.getElementById("status").textContent, alert: document.getElementById("alert").textContent }));
  await page3.evaluate(() => window.spatiusDemo.stop());
  await third.close();
} catch (error) {
  report.failure = String(error.stack ?? error);
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report) + "\n");
