// AudioWorklet processor of the demo's microphone capture: mixes the input to mono, resamples
// it from the context rate to `targetRate` and posts s16le chunks of `chunkMs` (Int16Array,
// transferred) to the page. A "flush" message posts the partial chunk left and then "flushed".
import { Chunker, Resampler, floatToInt16 } from "./audio.js";

class SpatiusCapture extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const { targetRate = 16000, chunkMs = 100 } = options.processorOptions ?? {};
    this.resampler = new Resampler(sampleRate, targetRate); // sampleRate: the worklet scope's global
    this.chunker = new Chunker(Math.round((targetRate * chunkMs) / 1000));
    this.port.onmessage = (event) => {
      if (event.data !== "flush") return;
      const rest = this.chunker.drain();
      if (rest.length) this.port.postMessage(rest, [rest.buffer]);
      this.port.postMessage("flushed");
    };
  }

  process(inputs) {
    const channels = inputs[0];
    if (channels && channels.length) {
      let mono = channels[0];
      if (channels.length > 1) {
        mono = new Float32Array(mono.length);
        for (const channel of channels) for (let i = 0; i < mono.length; i++) mono[i] += channel[i] / channels.length;
      }
      for (const chunk of this.chunker.push(floatToInt16(this.resampler.push(mono)))) {
        this.port.postMessage(chunk, [chunk.buffer]);
      }
    }
    return true;
  }
}

registerProcessor("spatius-capture", SpatiusCapture);
