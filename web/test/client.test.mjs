// SpatiusSession's rules with a scripted socket in place of the network.
import assert from "node:assert/strict";
import { test } from "node:test";
import { SpatiusSession, sessionUrl } from "../src/client.js";
import { driveningress } from "../src/generated/spatius_pb.js";

const pb = driveningress.v2;
const encode = (m) => Uint8Array.from(pb.Message.encode(m).finish()).buffer; // a copy: Buffer views share a pool
const confirm = () => encode({ type: 2, serverConfirmSession: { connectionId: "conn-1" } });
const serverError = (code, message, reqId = "") => encode({ type: 4, serverError: { code, message, reqId } });
const animation = (reqId, n, end = false) => encode({ type: 5, serverResponseAnimation: { reqId, end,
  animation: { keyframes: Array.from({ length: n }, () => ({ jawPose: [0.1, 0, 0], arkit: new Array(52).fill(0.5) })) } } });

class ScriptedSocket {
  static last = null;
  constructor(url) {
    this.url = url;
    this.sent = [];
    this.readyState = 0;
    ScriptedSocket.last = this;
  }
  send(bytes) { this.sent.push(pb.Message.decode(bytes)); }
  close(code = 1000) { this.closedWith = code; this.readyState = 3; }
  open() { this.readyState = 1; this.onopen?.(); }
  receive(data) { this.onmessage?.({ data }); }
  serverClose(code, reason = "") { this.readyState = 3; return this.onclose?.({ code, reason }); }
}

const options = (extra = {}) => ({ ingressUrl: "http://127.0.0.1:8080/v2/driveningress", appId: "app", avatarId: "av",
  sessionToken: "st_x", WebSocket: ScriptedSocket, ...extra });

async function opened(extra) {
  const session = new SpatiusSession(options(extra));
  const connecting = session.connect();
  ScriptedSocket.last.open();
  ScriptedSocket.last.receive(confirm());
  assert.equal(await connecting, "conn-1");
  return session;
}

test("the URL carries query auth and the first frame configures 16 kHz PCM with ARKit", async () => {
  assert.equal(sessionUrl("https://h/v2/driveningress/", { avatarId: "a b", appId: "p", sessionToken: "t" }),
    "wss://h/v2/driveningress/websocket?id=a+b&appId=p&sessionKey=t");
  const session = await opened();
  const [first] = ScriptedSocket.last.sent;
  assert.equal(first.clientConfigureSession.sampleRate, 16000);
  assert.equal(first.clientConfigureSession.extraParams.arkit, "1");
  assert.equal(session.state, "open");
});

test("keyframes are numbered per req_id across messages; end starts the count anew", async () => {
  const session = await opened();
  const got = [];
  session.addEventListener("animation", ({ detail }) => got.push(detail));
  const reqId = session.sendAudio(new Int16Array(1600));
  ScriptedSocket.last.receive(animation(reqId, 3));
  ScriptedSocket.last.receive(animation(reqId, 2, true));
  assert.deepEqual(got.flatMap((d) => d.keyframes.map((k) => k.index)), [0, 1, 2, 3, 4]);
  assert.equal(got[1].keyframes[1].time, 4 / 25);
  assert.equal(got[1].end, true);
  assert.equal(got[0].keyframes[0].arkit.length, 52);
});

test("one req_id until end, then a new one; interrupt names the latest and drops its late frames", async () => {
  const session = await opened();
  const first = session.sendAudio(new Int16Array(10));
  assert.equal(session.sendAudio(new Int16Array(10), { end: true }), first);
  const second = session.sendAudio(new Int16Array(10));
  assert.notEqual(second, first);
  const got = [];
  session.addEventListener("animation", ({ detail }) => got.push(detail.reqId));
  assert.equal(session.interrupt(), second);
  assert.equal(ScriptedSocket.last.sent.at(-1).clientInterrupt.reqId, second);
  ScriptedSocket.last.receive(animation(second, 2));
  ScriptedSocket.last.receive(animation(first, 1, true));
  assert.deepEqual(got, [first]);
  assert.notEqual(session.sendAudio(new Int16Array(10)), second);
});

test("a ServerError during the handshake rejects connect with its SDK code (no error event)", async () => {
  const session = new SpatiusSession(options());
  const events = [];
  session.addEventListener("error", ({ detail }) => events.push(detail));
  const connecting = session.connect();
  ScriptedSocket.last.open();
  ScriptedSocket.last.receive(serverError(4003, "concurrency limit reached: 1 sessions"));
  await assert.rejects(connecting, { code: "concurrentLimitExceeded", closeCode: 4003, retryable: true });
  assert.deepEqual(events, []);
});

test("a server close after a ServerError reports that error once, retryable for 4503", async () => {
  const session = await opened();
  const errors = [];
  const closes = [];
  session.addEventListener("error", ({ detail }) => errors.push(detail));
  session.addEventListener("close", ({ detail }) => closes.push(detail));
  ScriptedSocket.last.receive(serverError(4503, "driven server request failed: gateway shutting down"));
  await ScriptedSocket.last.serverClose(4503, "driven server request failed");
  assert.equal(errors.length, 1);
  assert.equal(closes.length, 1);
  assert.equal(closes[0].error, errors[0]);
  assert.equal(closes[0].error.code, "upstreamError");
  assert.equal(closes[0].error.retryable, true);
  assert.equal(session.state, "closed");
  assert.throws(() => session.sendAudio(new Int16Array(1)), { code: "connectionClosed" });
});

test("a closing socket takes no more audio before its close event", async () => {
  const session = await opened();
  session.sendAudio(new Int16Array(4));
  const sent = ScriptedSocket.last.sent.length;
  ScriptedSocket.last.readyState = 2; // the server's close frame arrived; "close" has not fired yet
  assert.throws(() => session.sendAudio(new Int16Array(4)), { code: "connectionClosed" });
  assert.equal(session.interrupt(), null);
  assert.equal(ScriptedSocket.last.sent.length, sent);
});

test("a normal close carries no error", async () => {
  const session = await opened();
  const closes = [];
  session.addEventListener("close", ({ detail }) => closes.push(detail));
  await ScriptedSocket.last.serverClose(1000, "");
  assert.deepEqual(closes, [{ code: 1000, reason: "", error: null }]);
});

test("a socket that never opens is diagnosed through the ingress check", async () => {
  const asked = [];
  const fetchImpl = async (url) => {
    asked.push(url);
    return new Response(JSON.stringify({ errors: [{ status: 401, code: "4010", title: "session token expired" }] }), { status: 401 });
  };
  const session = new SpatiusSession(options({ fetchImpl }));
  const connecting = session.connect();
  ScriptedSocket.last.onerror();
  await assert.rejects(connecting, { code: "sessionTokenExpired", httpStatus: 401 });
  assert.deepEqual(asked, ["http://127.0.0.1:8080/v2/driveningress/websocket?id=av&appId=app&sessionKey=st_x"]);
});

test("no ingress check answer means websocketError; no first frame in time means connectionFailed", async () => {
  const unreachable = new SpatiusSession(options({ fetchImpl: async () => { throw new Error("refused"); } }));
  const failing = unreachable.connect();
  await ScriptedSocket.last.serverClose(1006);
  await assert.rejects(failing, { code: "websocketError" });
  const silent = new SpatiusSession(options({ handshakeTimeoutMs: 20 }));
  const waiting = silent.connect();
  ScriptedSocket.last.open();
  await assert.rejects(waiting, { code: "connectionFailed", retryable: true });
  assert.equal(ScriptedSocket.last.closedWith, 1000);
});
