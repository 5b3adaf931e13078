// The /demo page: a session per start, audio from the microphone (AudioWorklet capture,
// resampled to 16 kHz) or the bundled sample, keyframes through the jitter buffer onto the head
// by the AudioContext clock. Test hooks: window.spatiusDemo (docs/direct-mode.md).
import { CHUNK_MS, Resampler, floatToInt16, int16ToFloat, parseWav } from "../audio.js";
import { SpatiusSession, fetchDemoToken } from "../client.js";
import { SpatiusError } from "../errors.js";
import { KeyframePlayer } from "../player.js";
import { ARKIT_NAMES, arkitByName } from "../protocol.js";
import { flameRow, pose } from "../rig.js";
import { RECONNECT_ATTEMPTS, describe, reconnectDelayS } from "./messages.js";
import { HeadView } from "./scene.js";

const RATE_HZ = 16000;
const CHUNK_SAMPLES = (RATE_HZ * CHUNK_MS) / 1000;
const PREBUFFER_CHUNKS = 2; // sample chunks sent at once before pacing at real time
const MAX_HISTORY = 3000; // rendered keyframes kept for the hooks (2 min)
const MAX_ERRORS = 100;
const MAX_REQ_IDS = 64; // req_ids whose start time is kept (for the keyframes' lag)
const JAW_OPEN = ARKIT_NAMES.indexOf("jawOpen");

const $ = (id) => document.getElementById(id);

const hooks = {
  state: "loading",
  keyframes: 0,
  lastArkit: {},
  errors: [],
  underruns: 0,
  firstKeyframeMs: null,
  history: [], // {reqId, index, t, jawOpen, lagS} per keyframe played by the clock
  get buffered() {
    return demo.player ? demo.player.buffered : 0; // keyframes held by the jitter buffer
  },
  get audioPlaying() {
    return Boolean(demo.playback); // the sample's audio is scheduled or playing
  },
  start: (source) => demo.start(source),
  stop: () => demo.stop(),
  interrupt: () => demo.interrupt(),
};
window.spatiusDemo = hooks;

class Demo {
  constructor() {
    this.view = new HeadView($("view"));
    this.run = 0;
    this.session = null;
    this.player = null;
    this.source = null;
    this.ctx = null;
    this.rig = null;
    this.reqStarts = new Map(); // req_id -> performance.now() (ms) when its first audio was captured
  }

  async init() {
    try {
      this.rig = await this.view.load("head.glb");
      this.setState("idle");
    } catch (error) {
      this.report(new SpatiusError("failedToDownloadAvatarAssets", `the head could not be loaded: ${error.message}`));
      this.setState("error");
    }
    requestAnimationFrame(() => this.frame());
  }

  setState(state, status) {
    hooks.state = state;
    $("stat-state").textContent = state;
    const running = !["idle", "loading", "error", "closed"].includes(state);
    $("interrupt").disabled = !running;
    $("stop").disabled = !running;
    if (status !== undefined) $("status").textContent = status;
  }

  report(error) {
    hooks.errors.push({ code: error.code ?? "error", closeCode: error.closeCode ?? 0, httpStatus: error.httpStatus ?? 0,
      message: describe(error) });
    if (hooks.errors.length > MAX_ERRORS) hooks.errors.shift();
    $("alert").textContent = describe(error);
  }

  /** Start a session with audio from "mic" or "sample"; a running one is stopped first. */
  async start(source) {
    if (source !== "mic" && source !== "sample") throw new TypeError('source must be "mic" or "sample"');
    if (!this.rig) throw new Error("the head is not loaded");
    this.stop();
    const run = ++this.run;
    $("alert").textContent = "";
    hooks.firstKeyframeMs = null;
    $("stat-latency").textContent = "-";
    this.source = source;
    this.attempt = 0;
    this.ctx = this.ctx ?? new AudioContext();
    await this.ctx.resume();
    await this.open(run);
  }

  async open(run) {
    this.setState("connecting", "Connecting...");
    try {
      const token = await fetchDemoToken(location.origin);
      if (run !== this.run) return;
      const session = new SpatiusSession({ ingressUrl: new URL("/v2/driveningress", location.href).href, ...token,
        sampleRate: RATE_HZ, arkit: true });
      session.addEventListener("animation", (event) => this.onAnimation(event.detail));
      session.addEventListener("error", (event) => this.report(event.detail));
      session.addEventListener("close", (event) => this.onClose(session, run, event.detail));
      await session.connect();
      if (run !== this.run) return session.close();
      this.session = session;
      this.attempt = 0;
      this.player = new KeyframePlayer({
        onStart: (reqId, anchor) => this.onPlaybackStart(reqId, anchor),
        onPass: (reqId, k) => this.played(reqId, k),
      });
      this.shown = null;
      if (this.source === "mic") await this.startMic(run);
      else await this.startSample(run);
    } catch (error) {
      if (run !== this.run) return;
      this.stopSources();
      if (this.session) {
        const session = this.session;
        this.session = null; // its close event is ours, not news
        session.close(1000);
      }
      this.report(error);
      // A 4503, or any retryable failure while already reconnecting, goes on with the backoff.
      if (error.retryable && (error.closeCode === 4503 || this.attempt > 0)) return this.reconnect(run);
      this.setState("closed", "Not connected.");
    }
  }

  onClose(session, run, { error }) {
    if (session !== this.session || run !== this.run) return;
    this.session = null;
    this.stopSources();
    this.player?.clear();
    if (!error) return this.setState("closed", "The session ended.");
    if (error !== session.serverError) this.report(error); // a ServerError was reported as it came
    if (error.closeCode === 4503) return this.reconnect(run);
    this.setState("closed", "The session ended.");
  }

  reconnect(run) {
    if (this.attempt >= RECONNECT_ATTEMPTS) return this.setState("closed", "The server stayed unavailable; press Start to try again.");
    const delay = reconnectDelayS(this.attempt++);
    this.setState("reconnecting", `Server unavailable; reconnecting in ${delay} s (attempt ${this.attempt} of ${RECONNECT_ATTEMPTS}).`);
    this.reconnectTimer = setTimeout(() => run === this.run && this.open(run), delay * 1000);
  }

  async startMic(run) {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: true } });
    } catch (error) {
      this.report(new SpatiusError("microphoneUnavailable", error.message));
      this.source = "sample";
      return this.startSample(run);
    }
    if (run !== this.run) return stream.getTracks().forEach((t) => t.stop());
    if (!this.workletLoaded) {
      await this.ctx.audioWorklet.addModule("capture-worklet.js");
      this.workletLoaded = true;
    }
    const input = this.ctx.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(this.ctx, "spatius-capture", { processorOptions: { targetRate: RATE_HZ, chunkMs: CHUNK_MS } });
    const mute = this.ctx.createGain();
    mute.gain.value = 0; // the worklet is pulled by the graph; the microphone is not played back
    input.connect(node).connect(mute).connect(this.ctx.destination);
    node.port.onmessage = (event) => event.data instanceof Int16Array && this.send(event.data, false);
    this.capture = { stream, input, node, mute };
    this.setState("streaming", "Listening: speak and watch the head.");
  }

  async startSample(run) {
    if (!this.sample) {
      const response = await fetch("sample.wav");
      const { sampleRate, samples } = parseWav(await response.arrayBuffer());
      this.sample = sampleRate === RATE_HZ ? samples : resample(samples, sampleRate, RATE_HZ);
    }
    if (run !== this.run) return;
    const pcm = this.sample;
    const buffer = this.ctx.createBuffer(1, pcm.length, RATE_HZ);
    buffer.copyToChannel(int16ToFloat(pcm), 0);
    this.sampleBuffer = buffer;
    const total = Math.ceil(pcm.length / CHUNK_SAMPLES);
    const began = performance.now();
    let k = 0;
    const next = () => {
      this.pacer = null;
      if (run !== this.run || !this.session) return;
      const end = k === total - 1;
      this.send(pcm.subarray(k * CHUNK_SAMPLES, (k + 1) * CHUNK_SAMPLES), end);
      k++;
      if (!end) this.pacer = setTimeout(next, Math.max(0, began + (k - PREBUFFER_CHUNKS) * CHUNK_MS - performance.now()));
    };
    next();
    this.setState("playing", "Playing the sample.");
  }

  send(pcm, end) {
    if (!this.session) return;
    try {
      const reqId = this.session.sendAudio(pcm, { end });
      if (!this.reqStarts.has(reqId)) {
        this.reqStarts.set(reqId, performance.now() - (this.source === "mic" ? CHUNK_MS : 0));
        if (this.reqStarts.size > MAX_REQ_IDS) this.reqStarts.delete(this.reqStarts.keys().next().value);
        this.sampleReqId = this.source === "sample" ? reqId : null;
      }
    } catch {
      /* the session closed meanwhile; its close event explains why */
    }
  }

  onAnimation({ reqId, end, keyframes }) {
    if (!this.player) return;
    const now = performance.now();
    if (hooks.firstKeyframeMs === null && keyframes.length && this.reqStarts.has(reqId)) {
      hooks.firstKeyframeMs = Math.round(now - this.reqStarts.get(reqId) - (this.source === "mic" ? CHUNK_MS : 0));
      $("stat-latency").textContent = `${hooks.firstKeyframeMs} ms`;
    }
    const started = this.reqStarts.get(reqId) ?? now;
    for (const k of keyframes) k.lagS = (now - started) / 1000 - k.time;
    hooks.keyframes += keyframes.length;
    if (!this.player.add(reqId, keyframes, end, this.ctx.currentTime) && !this.overflowReported) {
      this.overflowReported = true;
      this.report(new SpatiusError("bufferFull", "keyframes arrive faster than they play; some were dropped"));
    }
  }

  /** Log a keyframe whose time has passed (each once, whether the renderer showed it or not). */
  played(reqId, k) {
    const jawOpen = k.arkit ? k.arkit[JAW_OPEN] : pose(flameRow(k.flame), null, this.rig).weights[JAW_OPEN];
    hooks.history.push({ reqId, index: k.index, t: k.time, jawOpen, lagS: k.lagS });
    if (hooks.history.length > MAX_HISTORY) hooks.history.shift();
  }

  onPlaybackStart(reqId, anchor) {
    if (reqId !== this.sampleReqId || !this.sampleBuffer) return;
    const node = this.ctx.createBufferSource();
    node.buffer = this.sampleBuffer;
    node.connect(this.ctx.destination);
    node.start(anchor);
    node.onended = () => {
      if (this.playback === node && hooks.state === "playing") {
        this.stop();
        this.setState("idle", "The sample has played. Choose the microphone or the sample.");
      }
    };
    this.playback = node;
  }

  interrupt() {
    if (!this.session) return;
    this.session.interrupt();
    this.player?.clear();
    if (this.source === "sample") {
      this.stopSources();
      this.setState("interrupted", "Interrupted. Choose the microphone or the sample.");
    }
  }

  stopSources() {
    clearTimeout(this.pacer);
    clearTimeout(this.reconnectTimer);
    if (this.playback) {
      const node = this.playback;
      this.playback = null;
      try { node.stop(); } catch { /* not started yet */ }
    }
    if (this.capture) {
      const { stream, input, node, mute } = this.capture;
      this.capture = null;
      node.port.onmessage = null;
      input.disconnect();
      node.disconnect();
      mute.disconnect();
      stream.getTracks().forEach((t) => t.stop());
    }
  }

  stop() {
    this.run++;
    this.stopSources();
    this.player?.clear();
    if (this.session) {
      const session = this.session;
      this.session = null;
      session.close(1000);
    }
    if (hooks.state !== "loading" && hooks.state !== "error") this.setState("idle", "Stopped.");
  }

  frame() {
    requestAnimationFrame(() => this.frame());
    if (this.player && this.ctx && this.rig) {
      const shown = this.player.frameAt(this.ctx.currentTime);
      if (shown && shown !== this.shown) {
        this.shown = shown;
        const rigPose = pose(flameRow(shown.flame), shown.arkit, this.rig);
        this.view.apply(rigPose);
        hooks.lastArkit = arkitByName(shown.arkit ?? rigPose.weights);
        $("stat-jaw").value = hooks.lastArkit.jawOpen ?? 0;
      }
      hooks.underruns = this.player.underruns;
    }
    if (this.rig) this.view.render();
    $("stat-keyframes").textContent = hooks.keyframes;
    $("stat-buffered").textContent = this.player ? this.player.buffered : 0;
    $("stat-underruns").textContent = hooks.underruns;
  }
}

function resample(samples, from, to) {
  const r = new Resampler(from, to);
  const f = int16ToFloat(samples);
  const a = r.push(f);
  const b = r.flush();
  const out = new Float32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return floatToInt16(out);
}

const demo = new Demo();
const start = (source) => demo.start(source).catch((error) => demo.report(error));
$("mic").addEventListener("click", () => start("mic"));
$("sample").addEventListener("click", () => start("sample"));
$("interrupt").addEventListener("click", () => demo.interrupt());
$("stop").addEventListener("click", () => demo.stop());
document.addEventListener("keydown", (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest?.("input, textarea, select")) return;
  const action = { m: () => start("mic"), s: () => start("sample"), i: () => demo.interrupt(), Escape: () => demo.stop() }[event.key];
  if (action) {
    event.preventDefault();
    action();
  }
});
demo.init();
