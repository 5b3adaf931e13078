import assert from "node:assert/strict";
import { test } from "node:test";
import { driveningress } from "../src/generated/spatius_pb.js";
import { ARKIT_NAMES, arkitByName, decodeServer, encodeAudio, encodeConfigure, encodeInterrupt, newReqId } from "../src/protocol.js";
import { flameRow } from "../src/rig.js";

const pb = driveningress.v2;

test("ClientConfigureSession asks for 16 kHz PCM and ARKit weights", () => {
  const m = pb.Message.decode(encodeConfigure({ sampleRate: 16000 }));
  assert.equal(m.type, pb.MessageType.MESSAGE_CLIENT_CONFIGURE_SESSION);
  assert.equal(m.clientConfigureSession.sampleRate, 16000);
  assert.equal(m.clientConfigureSession.audioFormat, pb.AudioFormat.AUDIO_FORMAT_PCM_S16LE);
  assert.deepEqual({ ...m.clientConfigureSession.extraParams }, { arkit: "1" });
});

test("audio and interrupt envelopes carry the req_id", () => {
  const m = pb.Message.decode(encodeAudio("r1", Int16Array.of(1, -1), true));
  assert.equal(m.type, pb.MessageType.MESSAGE_CLIENT_AUDIO_INPUT);
  assert.equal(m.clientAudioInput.reqId, "r1");
  assert.equal(m.clientAudioInput.end, true);
  assert.deepEqual(Array.from(m.clientAudioInput.audio), [1, 0, 255, 255]);
  const i = pb.Message.decode(encodeInterrupt("r1"));
  assert.equal(i.clientInterrupt.reqId, "r1");
});

test("animation frames decode into keyframes with FLAME fields and ARKit weights", () => {
  const flame = { translation: [0, 0, 1], rotation: [0.1, 0, 0], neckPose: [0, 0.2, 0], jawPose: [0.3, 0, 0],
    eyePose: [1, 2, 3, 4, 5, 6], eyeLid: [0.5, 0.25], expression: Array.from({ length: 100 }, (_, i) => i / 100),
    arkit: Array.from({ length: 52 }, (_, i) => i / 64) };
  const bytes = pb.Message.encode({ type: pb.MessageType.MESSAGE_SERVER_RESPONSE_ANIMATION,
    serverResponseAnimation: { connectionId: "c", reqId: "r", end: true, animation: { keyframes: [flame, flame] } } }).finish();
  const m = decodeServer(bytes);
  assert.equal(m.kind, "animation");
  assert.equal(m.reqId, "r");
  assert.equal(m.end, true);
  assert.equal(m.keyframes.length, 2);
  assert.equal(m.keyframes[0].arkit.length, 52);
  const row = flameRow(m.keyframes[0].flame);
  assert.equal(row.length, 120);
  assert.ok(Math.abs(row[3] - 0.1) < 1e-6 && Math.abs(row[9] - 0.3) < 1e-6 && Math.abs(row[18] - 0.5) < 1e-6);
  assert.ok(Math.abs(row[119] - 0.99) < 1e-6);
  assert.equal(arkitByName(m.keyframes[0].arkit).jawOpen, ARKIT_NAMES.indexOf("jawOpen") / 64);
});

test("confirm and error frames decode", () => {
  const confirm = pb.Message.encode({ type: 2, serverConfirmSession: { connectionId: "abc" } }).finish();
  assert.deepEqual(decodeServer(confirm), { kind: "confirm", connectionId: "abc" });
  const error = pb.Message.encode({ type: 4, serverError: { code: 4003, message: "concurrency limit reached" } }).finish();
  assert.deepEqual(decodeServer(error), { kind: "error", code: 4003, message: "concurrency limit reached", reqId: "" });
});

test("req_ids look like the SDKs'", () => {
  assert.match(newReqId(new Date(Date.UTC(2026, 11, 3, 7, 8, 9))), /^20261203070809_[A-Za-z0-9_-]{12}$/);
});
