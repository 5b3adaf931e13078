import assert from "node:assert/strict";
import { test } from "node:test";
import { SpatiusError, fromClose, fromHttp } from "../src/errors.js";
import { BY_CLOSE_CODE, SPEC_CLOSE_CODES, describe, reconnectDelayS } from "../src/demo/messages.js";

test("close codes of the spec map to SDK codes", () => {
  assert.equal(fromClose(4001, "credits exhausted").code, "insufficientBalance");
  assert.equal(fromClose(4002, "maximum session duration").code, "sessionTimeout");
  assert.equal(fromClose(4003, "concurrency limit reached: 1 sessions").code, "concurrentLimitExceeded");
  assert.equal(fromClose(4010, "session token expired").code, "sessionTokenExpired");
  assert.equal(fromClose(4010, "invalid session token").code, "sessionTokenInvalid");
  assert.equal(fromClose(4010, "").code, "sessionTokenInvalid");
  assert.equal(fromClose(4503, "driven server request failed: gateway shutting down").code, "upstreamError");
  assert.equal(fromClose(1002, "unsupported sample rate: 12345").code, "unsupportedSampleRate");
  assert.equal(fromClose(1002, "expected ClientConfigureSession message").code, "protocolError");
  assert.equal(fromClose(1000, "no audio input for 30 s").code, "idleTimeout");
  assert.equal(fromClose(1006, "").code, "websocketClosedAbnormally");
  assert.equal(fromClose(1000, ""), null);
  assert.equal(fromClose(1001, ""), null);
});

test("only 4002, 4003 and 45xx (and a dropped connection) are retryable", () => {
  for (const code of [4002, 4003, 4503, 1006]) assert.equal(fromClose(code, "").retryable, true, code);
  for (const code of [4001, 4010, 1002, 1008]) assert.equal(fromClose(code, "x").retryable, false, code);
});

test("refused HTTP requests map as the spec's clients read them", () => {
  const body = (title) => JSON.stringify({ errors: [{ status: 0, code: "4010", title, detail: title }] });
  assert.equal(fromHttp(401, body("session token expired")).code, "sessionTokenExpired");
  assert.equal(fromHttp(400, body("invalid session token")).code, "sessionTokenInvalid");
  assert.equal(fromHttp(400, body("app id mismatch")).code, "appIDMismatch");
  assert.equal(fromHttp(402, body("session denied")).code, "billingRequired");
  assert.equal(fromHttp(404, body("app id unrecognized")).code, "appIDUnrecognized");
  assert.equal(fromHttp(404, body("avatar not found")).code, "avatarIDUnrecognized");
  assert.equal(fromHttp(429, body("rate limit exceeded")).code, "rateLimited");
  assert.equal(fromHttp(503, "oops").code, "serverError");
  assert.equal(fromHttp(413, "too big").code, "invalidRequest");
  assert.equal(fromHttp(401, body("invalid api key")).code, "invalidApiKey");
  assert.equal(fromHttp(503, "").retryable, true);
  assert.equal(fromHttp(401, "").retryable, false);
});

test("the page has its own sentence for every close code of the spec", () => {
  for (const code of [1000, 1002, 1006, 1008, 1009, 1011, 4001, 4002, 4003, 4010, 4503]) {
    assert.ok(SPEC_CLOSE_CODES.includes(code), code);
  }
  const sentences = new Set(Object.values(BY_CLOSE_CODE));
  assert.equal(sentences.size, SPEC_CLOSE_CODES.length);
  for (const code of SPEC_CLOSE_CODES) {
    const text = describe(new SpatiusError("x", "", { closeCode: code }));
    assert.equal(text, BY_CLOSE_CODE[code]);
  }
  assert.match(describe(fromClose(4003, "concurrency limit reached")), /as many sessions/);
  assert.match(describe(fromHttp(403, "{}")), /refused this page/);
  assert.match(describe(new Error("boom")), /boom/);
});

test("reconnect backoff doubles from 0.5 s up to 8 s", () => {
  assert.deepEqual([0, 1, 2, 3, 4, 5].map(reconnectDelayS), [0.5, 1, 2, 4, 8, 8]);
});
