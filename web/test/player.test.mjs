import assert from "node:assert/strict";
import { test } from "node:test";
import { KeyframePlayer } from "../src/player.js";

const frames = (n) => Array.from({ length: n }, () => ({ arkit: null, flame: {} }));

test("a req_id starts once the buffer holds enough keyframes; keyframe i shows at anchor + i/25", () => {
  const starts = [];
  const p = new KeyframePlayer({ bufferKeyframes: 4, startDelayS: 0.05, onStart: (r, a) => starts.push([r, a]) });
  assert.equal(p.add("a", frames(3), false, 10), true);
  assert.equal(starts.length, 0);
  assert.equal(p.frameAt(10), null);
  p.add("a", frames(2), false, 10.1);
  assert.deepEqual(starts, [["a", 10.15]]);
  assert.equal(p.frameAt(10.14), null);
  assert.equal(p.frameAt(10.15).index, 0);
  assert.equal(p.frameAt(10.15 + 2 / 25 + 0.001).index, 2);
  assert.equal(p.frameAt(10.15 + 2 / 25 + 0.001).time, 2 / 25);
  assert.equal(p.buffered, 3);
});

test("late keyframes hold the last pose and count as underruns", () => {
  const p = new KeyframePlayer({ bufferKeyframes: 2, startDelayS: 0 });
  p.add("a", frames(2), false, 0);
  assert.equal(p.frameAt(0.05).index, 1);
  assert.equal(p.frameAt(0.1).index, 1);
  assert.equal(p.frameAt(0.13).index, 1);
  assert.equal(p.underruns, 2);
  p.add("a", frames(3), false, 0.14);
  assert.equal(p.frameAt(0.17).index, 4);
});

test("an ended req_id gives way to the next, which starts after it", () => {
  const starts = [];
  const p = new KeyframePlayer({ bufferKeyframes: 2, startDelayS: 0, onStart: (r, a) => starts.push([r, a]) });
  p.add("a", frames(3), true, 0);
  p.add("b", frames(2), false, 0.01);
  assert.deepEqual(starts, [["a", 0], ["b", 3 / 25]]);
  assert.equal(p.frameAt(0.09).reqId, "a");
  assert.equal(p.frameAt(0.13).reqId, "b");
  assert.equal(p.frameAt(0.13).index, 0);
});

test("the buffer is bounded and clear() drops everything", () => {
  const p = new KeyframePlayer({ bufferKeyframes: 2, maxKeyframes: 5 });
  assert.equal(p.add("a", frames(4), false, 0), true);
  assert.equal(p.add("a", frames(2), false, 0), false);
  assert.equal(p.buffered, 4);
  p.clear();
  assert.equal(p.buffered, 0);
});

test("every keyframe is passed once as the clock moves, shown or skipped", () => {
  const passed = [];
  const p = new KeyframePlayer({ bufferKeyframes: 2, startDelayS: 0, onPass: (r, k) => passed.push(`${r}${k.index}`) });
  p.add("a", frames(5), true, 0);
  p.frameAt(0.01);
  p.frameAt(0.13); // skips keyframes 1 and 2
  assert.deepEqual(passed, ["a0", "a1", "a2"]);
  p.frameAt(0.5); // past the end
  assert.deepEqual(passed, ["a0", "a1", "a2", "a3", "a4"]);
});
