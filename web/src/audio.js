// Audio helpers of the browser client: a streaming resampler, float -> s16le conversion, a
// 100 ms chunker and a WAV reader. No I/O; used by the capture worklet and the page.

/** Audio per ClientAudioInput message (ms), as the official demos send it. */
export const CHUNK_MS = 100;

/**
 * Streaming band-limited resampler (windowed sinc, Blackman window) for mono float audio.
 * `push(Float32Array)` returns the output samples its input completes; state carries over, so
 * a stream cut into any chunks gives the same output as one call. `flush()` returns the tail.
 */
export class Resampler {
  constructor(inRate, outRate, { zeroCrossings = 16 } = {}) {
    this.inRate = inRate;
    this.outRate = outRate;
    this.step = inRate / outRate; // input samples per output sample
    this.cutoff = Math.min(1, outRate / inRate) * 0.92; // fraction of the input Nyquist kept
    this.half = Math.ceil(zeroCrossings / this.cutoff); // kernel half-width (input samples)
    this.table = kernelTable(this.cutoff, this.half);
    this.buffer = new Float32Array(this.half); // leading silence as history
    this.bufferStart = -this.half; // input index of buffer[0]
    this.next = 0; // input position (fractional) of the next output sample
  }

  kernel(x) {
    const at = Math.abs(x) * TABLE_STEPS;
    const i = Math.floor(at);
    const f = at - i;
    const t = this.table;
    return i + 1 < t.length ? t[i] + (t[i + 1] - t[i]) * f : 0;
  }

  push(input) {
    if (this.inRate === this.outRate) return Float32Array.from(input);
    const joined = new Float32Array(this.buffer.length + input.length);
    joined.set(this.buffer);
    joined.set(input, this.buffer.length);
    const end = this.bufferStart + joined.length; // first input index not yet seen
    const out = [];
    while (this.next + this.half < end) {
      const center = this.next;
      const last = Math.floor(center + this.half);
      let sum = 0;
      for (let n = Math.ceil(center - this.half); n <= last; n++) {
        const i = n - this.bufferStart;
        if (i >= 0) sum += joined[i] * this.kernel(n - center);
      }
      out.push(sum);
      this.next += this.step;
    }
    const keepFrom = Math.max(0, Math.floor(this.next - this.half) - this.bufferStart);
    this.buffer = joined.slice(keepFrom);
    this.bufferStart += keepFrom;
    return Float32Array.from(out);
  }

  /** The output still owed for the input pushed so far (its tail, as if silence followed). */
  flush() {
    const end = this.bufferStart + this.buffer.length;
    const owed = Math.max(0, Math.ceil((end - this.next) / this.step));
    return this.push(new Float32Array(2 * this.half + 2)).slice(0, owed);
  }
}

const TABLE_STEPS = 64;

/** The windowed-sinc kernel (Blackman window) sampled every 1/TABLE_STEPS input samples over [0, half]. */
function kernelTable(cutoff, half) {
  const table = new Float32Array(half * TABLE_STEPS + 2);
  for (let k = 0; k < table.length; k++) {
    const x = k / TABLE_STEPS;
    if (x >= half) break;
    const w = 0.42 + 0.5 * Math.cos((Math.PI * x) / half) + 0.08 * Math.cos((2 * Math.PI * x) / half);
    table[k] = (x === 0 ? cutoff : Math.sin(Math.PI * cutoff * x) / (Math.PI * x)) * w;
  }
  return table;
}

/** Float samples in [-1, 1] as s16le Int16Array (clipped). */
export function floatToInt16(samples) {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    out[i] = s < 0 ? Math.round(s * 32768) : Math.round(s * 32767);
  }
  return out;
}

/** Int16 samples as floats in [-1, 1). */
export function int16ToFloat(samples) {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i] / 32768;
  return out;
}

/** Collects Int16 samples and hands out whole chunks of `size` samples. Bounded by the caller's cadence. */
export class Chunker {
  constructor(size) {
    this.size = size;
    this.pending = new Int16Array(size);
    this.filled = 0;
  }

  /** The whole chunks `samples` completes (each a new Int16Array of `size`). */
  push(samples) {
    const chunks = [];
    let offset = 0;
    while (offset < samples.length) {
      const n = Math.min(this.size - this.filled, samples.length - offset);
      this.pending.set(samples.subarray(offset, offset + n), this.filled);
      this.filled += n;
      offset += n;
      if (this.filled === this.size) {
        chunks.push(this.pending);
        this.pending = new Int16Array(this.size);
        this.filled = 0;
      }
    }
    return chunks;
  }

  /** The partial chunk collected so far (possibly empty), and a fresh start. */
  drain() {
    const rest = this.pending.slice(0, this.filled);
    this.filled = 0;
    return rest;
  }
}

/**
 * A mono 16-bit PCM WAV file's samples and rate: {sampleRate, samples: Int16Array}.
 * Throws on anything else (other encodings, several channels, a broken header).
 */
export function parseWav(bytes) {
  const data = bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const tag = (at) => String.fromCharCode(...data.subarray(at, at + 4));
  if (data.length < 12 || tag(0) !== "RIFF" || tag(8) !== "WAVE") throw new Error("not a WAV file");
  let format = null;
  for (let at = 12; at + 8 <= data.length; ) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = at + 8;
    if (id === "fmt ") {
      format = { encoding: view.getUint16(body, true), channels: view.getUint16(body + 2, true),
        sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === "data") {
      if (!format || format.encoding !== 1 || format.channels !== 1 || format.bits !== 16) {
        throw new Error("only mono 16-bit PCM WAV is supported");
      }
      const length = Math.min(size, data.length - body) >> 1;
      const samples = new Int16Array(length);
      for (let i = 0; i < length; i++) samples[i] = view.getInt16(body + 2 * i, true);
      return { sampleRate: format.sampleRate, samples };
    }
    at = body + size + (size & 1);
  }
  throw new Error("WAV file without data");
}
