// The client's jitter buffer and keyframe clock. Keyframe i of a req_id shows at
// anchor + i / 25 s on the caller's clock (the AudioContext's, so audio and motion share it).
// A req_id's anchor is set once its buffer holds `bufferKeyframes` keyframes (or it ended with
// fewer): then its first keyframe shows `startDelayS` later, and audio started at the anchor
// plays in step. Late keyframes hold the last pose (counted as underruns). No I/O.
import { KEYFRAME_RATE_HZ } from "./protocol.js";

export class KeyframePlayer {
  /**
   * @param {object} o
   * @param {number} [o.bufferKeyframes] keyframes held before a req_id starts (4 = 160 ms)
   * @param {number} [o.maxKeyframes] most keyframes held in all; more are refused (`add` returns false)
   * @param {number} [o.startDelayS] time from the anchor decision to the first keyframe (s)
   * @param {(reqId: string, anchor: number) => void} [o.onStart] called when a req_id's anchor is set
   * @param {(reqId: string, keyframe: object) => void} [o.onPass] called once for each keyframe
   *   whose time has passed, shown or not (a renderer slower than 25 fps skips some)
   */
  constructor({ bufferKeyframes = 4, maxKeyframes = 1500, startDelayS = 0.05, onStart = () => {}, onPass = () => {} } = {}) {
    this.bufferKeyframes = bufferKeyframes;
    this.maxKeyframes = maxKeyframes;
    this.startDelayS = startDelayS;
    this.onStart = onStart;
    this.onPass = onPass;
    this.streams = []; // {reqId, anchor, base, frames: [], received, ended}
    this.held = 0;
    this.underruns = 0;
    this.current = null;
  }

  stream(reqId) {
    let s = this.streams.find((x) => x.reqId === reqId);
    if (!s) {
      s = { reqId, anchor: null, base: 0, frames: [], received: 0, ended: false, lastShown: -1 };
      this.streams.push(s);
    }
    return s;
  }

  /** Add a req_id's next keyframes (in order); false when the buffer is full and they were dropped. */
  add(reqId, keyframes, end, now) {
    const s = this.stream(reqId);
    if (this.held + keyframes.length > this.maxKeyframes) return false;
    for (const k of keyframes) s.frames.push({ index: s.received++, time: (s.received - 1) / KEYFRAME_RATE_HZ, ...k });
    this.held += keyframes.length;
    s.ended = s.ended || end;
    this.maybeStart(s, now);
    return true;
  }

  maybeStart(s, now) {
    if (s.anchor !== null || (s.frames.length < this.bufferKeyframes && !s.ended) || s.received === 0) return;
    const before = this.streams[this.streams.indexOf(s) - 1];
    const after = before && before.anchor !== null ? before.anchor + before.received / KEYFRAME_RATE_HZ : -Infinity;
    s.anchor = Math.max(now + this.startDelayS, after);
    this.onStart(s.reqId, s.anchor);
  }

  /** The keyframe to show at clock time `now` ({reqId, index, time, ...keyframe}), or null before any. */
  frameAt(now) {
    while (this.streams.length) {
      const s = this.streams[0];
      if (s.anchor === null || now < s.anchor) return this.current;
      const target = Math.floor((now - s.anchor) * KEYFRAME_RATE_HZ);
      while (s.frames.length && s.frames[0].index < target) {
        this.onPass(s.reqId, s.frames.shift());
        this.held--;
      }
      if (s.frames.length && s.frames[0].index === target) {
        this.current = { reqId: s.reqId, ...s.frames[0] };
        s.lastShown = target;
        return this.current;
      }
      if (s.ended && target >= s.received) {
        for (const frame of s.frames) this.onPass(s.reqId, frame);
        this.held -= s.frames.length;
        this.streams.shift();
        if (this.streams[0]) this.maybeStart(this.streams[0], now);
        continue;
      }
      if (target > s.lastShown) {
        s.lastShown = target;
        this.underruns++;
      }
      return this.current;
    }
    return this.current;
  }

  /** Keyframes held and not yet shown. */
  get buffered() {
    return this.held;
  }

  /** Drop everything (interrupt); the last shown pose stays until the next keyframe. */
  clear() {
    this.streams = [];
    this.held = 0;
  }
}
