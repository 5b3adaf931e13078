// The client against a real server. tests/integration/test_web.py starts one (development
// credentials and the demo on) and runs this suite with:
//   SPATIUS_WEB_BASE_URL       http://127.0.0.1:<port>
//   SPATIUS_WEB_LIMITED        JSON {appId, avatarId, sessionToken} of an app allowed 1 session
//   SPATIUS_WEB_SAMPLE_KEYFRAMES  the keyframes the server owes the sample (the contract's rule)
// Without them the suite is skipped. Node 20 needs --experimental-websocket.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { parseWav } from "../src/audio.js";
import { SpatiusSession, fetchDemoToken } from "../src/client.js";
import { ARKIT_NAMES, KEYFRAME_RATE_HZ } from "../src/protocol.js";

const BASE = process.env.SPATIUS_WEB_BASE_URL;
const skip = BASE ? false : "SPATIUS_WEB_BASE_URL is not set (tests/integration/test_web.py sets it)";
const ingressUrl = BASE && new URL("/v2/driveningress", BASE).href;
const SAMPLE = new URL("../../spatius_motion/gateway/demo_static/sample.wav", import.meta.url);

async function open(credentials, options = {}) {
  const session = new SpatiusSession({ ingressUrl, ...credentials, ...options });
  await session.connect();
  return session;
}

function collect(session) {
  const got = { keyframes: [], ends: 0, errors: [] };
  got.done = new Promise((resolve) => {
    session.addEventListener("animation", ({ detail }) => {
      got.keyframes.push(...detail.keyframes.map((k) => ({ ...k, reqId: detail.reqId })));
      if (detail.end) { got.ends++; resolve(); }
    });
  });
  session.addEventListener("error", ({ detail }) => got.errors.push(detail));
  return got;
}

test("the sample streams in 100 ms chunks and comes back as timed ARKit keyframes", { skip }, async () => {
  const credentials = await fetchDemoToken(BASE);
  assert.ok(credentials.sessionToken && credentials.appId && credentials.avatarId);
  assert.equal("apiKey" in credentials, false);
  const session = await open(credentials);
  assert.ok(session.connectionId);
  const got = collect(session);
  const { samples, sampleRate } = parseWav(readFileSync(fileURLToPath(SAMPLE)));
  assert.equal(sampleRate, 16000);
  let reqId;
  for (let at = 0; at < samples.length; at += 1600) {
    reqId = session.sendAudio(samples.subarray(at, at + 1600), { end: at + 1600 >= samples.length });
  }
  await got.done;
  session.close();
  assert.deepEqual(got.errors, []);
  assert.equal(got.ends, 1);
  assert.equal(got.keyframes.length, Number(process.env.SPATIUS_WEB_SAMPLE_KEYFRAMES));
  got.keyframes.forEach((k, i) => {
    assert.equal(k.reqId, reqId);
    assert.equal(k.index, i);
    assert.equal(k.time, i / KEYFRAME_RATE_HZ);
    assert.equal(k.arkit.length, ARKIT_NAMES.length);
    assert.equal(k.flame.expression.length, 100);
  });
  const jaw = got.keyframes.map((k) => k.arkit[ARKIT_NAMES.indexOf("jawOpen")]);
  assert.ok(Math.max(...jaw) > 0.2, `jawOpen peaks at ${Math.max(...jaw)}`);
});

test("a refused upgrade reports the SDK code the server's HTTP answer stands for", { skip }, async () => {
  const credentials = await fetchDemoToken(BASE);
  await assert.rejects(open({ ...credentials, sessionToken: "st_not-a-token" }), { code: "sessionTokenInvalid", httpStatus: 400 });
  await assert.rejects(open({ ...credentials, avatarId: "no-such-avatar" }), { code: "avatarIDUnrecognized", httpStatus: 404 });
});

test("an unsupported sample rate is refused during the handshake", { skip }, async () => {
  const credentials = await fetchDemoToken(BASE);
  await assert.rejects(open(credentials, { sampleRate: 12345 }), { code: "unsupportedSampleRate" });
});

test("a second session over the plan's limit gets concurrentLimitExceeded (4003)", { skip }, async () => {
  const limited = JSON.parse(process.env.SPATIUS_WEB_LIMITED);
  const first = await open(limited);
  try {
    await assert.rejects(open(limited), { code: "concurrentLimitExceeded", closeCode: 4003, retryable: true });
  } finally {
    first.close();
  }
});

test("after an interrupt no frame of the interrupted req_id is delivered", { skip }, async () => {
  const session = await open(await fetchDemoToken(BASE));
  const got = collect(session);
  const reqId = session.sendAudio(new Int16Array(16000 * 3));
  assert.equal(session.interrupt(), reqId);
  const delivered = got.keyframes.length;
  const next = session.sendAudio(new Int16Array(1600), { end: true });
  assert.notEqual(next, reqId);
  await got.done;
  session.close();
  assert.equal(got.keyframes.slice(delivered).filter((k) => k.reqId === reqId).length, 0);
  assert.ok(got.keyframes.some((k) => k.reqId === next));
});

test("the token helper refuses a foreign Origin", { skip }, async () => {
  const response = await fetch(new URL("/demo/session-token", BASE), { method: "POST", headers: { Origin: "http://evil.example" } });
  assert.equal(response.status, 403);
  assert.match(await response.text(), /foreign Origin/);
});
