import assert from "node:assert/strict";
import { test } from "node:test";
import { Chunker, Resampler, floatToInt16, int16ToFloat, parseWav } from "../src/audio.js";

const sine = (hz, rate, n) => Float32Array.from({ length: n }, (_, i) => 0.5 * Math.sin((2 * Math.PI * hz * i) / rate));
const rms = (x, from = 0, to = x.length) => Math.sqrt(x.slice(from, to).reduce((s, v) => s + v * v, 0) / (to - from));
const concat = (parts) => {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
};

test("48 kHz -> 16 kHz keeps a 1 kHz tone and its length", () => {
  const r = new Resampler(48000, 16000);
  const out = concat([r.push(sine(1000, 48000, 48000)), r.flush()]);
  assert.equal(out.length, 16000);
  const level = rms(out, 1000, 15000);
  assert.ok(Math.abs(level - 0.5 / Math.SQRT2) < 0.01, `rms ${level}`);
  const expected = sine(1000, 16000, 16000);
  let err = 0;
  for (let i = 1000; i < 15000; i++) err = Math.max(err, Math.abs(out[i] - expected[i]));
  assert.ok(err < 0.02, `max error ${err}`);
});

test("48 kHz -> 16 kHz removes a 10 kHz tone instead of folding it to 6 kHz", () => {
  const r = new Resampler(48000, 16000);
  const out = concat([r.push(sine(10000, 48000, 48000)), r.flush()]);
  assert.ok(rms(out, 1000, 15000) < 0.005, `rms ${rms(out, 1000, 15000)}`);
});

test("chunked input gives the same output as one call", () => {
  const input = sine(440, 44100, 44100);
  const whole = new Resampler(44100, 16000);
  const a = concat([whole.push(input), whole.flush()]);
  const pieces = new Resampler(44100, 16000);
  const parts = [];
  for (let i = 0; i < input.length; i += 128) parts.push(pieces.push(input.subarray(i, i + 128)));
  parts.push(pieces.flush());
  const b = concat(parts);
  assert.equal(a.length, b.length);
  for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i] - b[i]) < 1e-6);
});

test("equal rates pass through", () => {
  const input = sine(300, 16000, 1000);
  assert.deepEqual(new Resampler(16000, 16000).push(input), input);
});

test("float <-> int16 clips and round-trips", () => {
  assert.deepEqual(Array.from(floatToInt16(Float32Array.of(-2, -1, 0, 0.5, 1, 2))), [-32768, -32768, 0, 16384, 32767, 32767]);
  const back = int16ToFloat(Int16Array.of(-32768, 0, 16384));
  assert.deepEqual(Array.from(back), [-1, 0, 0.5]);
});

test("the chunker hands out whole 100 ms chunks and drains the rest", () => {
  const c = new Chunker(1600);
  assert.equal(c.push(new Int16Array(1000)).length, 0);
  const chunks = c.push(Int16Array.from({ length: 2500 }, (_, i) => i));
  assert.equal(chunks.length, 2);
  assert.equal(chunks[0].length, 1600);
  assert.equal(chunks[0][1000], 0);
  assert.equal(chunks[1][0], 600);
  assert.equal(c.drain().length, 300);
  assert.equal(c.drain().length, 0);
});

function wav(samples, rate, { channels = 1, bits = 16 } = {}) {
  const data = Buffer.alloc(samples.length * 2);
  samples.forEach((s, i) => data.writeInt16LE(s, 2 * i));
  const header = Buffer.alloc(44);
  header.write("RIFF", 0); header.writeUInt32LE(36 + data.length, 4); header.write("WAVE", 8);
  header.write("fmt ", 12); header.writeUInt32LE(16, 16); header.writeUInt16LE(1, 20); header.writeUInt16LE(channels, 22);
  header.writeUInt32LE(rate, 24); header.writeUInt32LE(rate * 2 * channels, 28); header.writeUInt16LE(2 * channels, 32);
  header.writeUInt16LE(bits, 34); header.write("data", 36); header.writeUInt32LE(data.length, 40);
  return new Uint8Array(Buffer.concat([header, data]));
}

test("parseWav reads mono 16-bit PCM and refuses other layouts", () => {
  const parsed = parseWav(wav([1, -2, 300], 22050));
  assert.equal(parsed.sampleRate, 22050);
  assert.deepEqual(Array.from(parsed.samples), [1, -2, 300]);
  assert.throws(() => parseWav(wav([1, 2], 16000, { channels: 2 })), /mono 16-bit/);
  assert.throws(() => parseWav(new Uint8Array(20)), /not a WAV/);
});
