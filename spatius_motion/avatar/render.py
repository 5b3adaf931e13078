"""Offline pictures of the head: ``spatius-motion render IN.wav --out OUT.mp4|OUT.gif``.

The audio (any file PyAV decodes; mono-mixed) runs through the shard's engine in process
(``workers.offline.run_request``: the shipped model unless ``--model``), and keyframe ``i`` becomes
video frame ``i`` at ``messages.KEYFRAME_RATE_HZ`` (25 fps), drawn by ``scene.HeadScene`` from the
same head.glb and rig a browser client uses. An .mp4 is H.264 (yuv420p) with the audio muxed as
AAC at the file's own rate; a .gif has no audio and one global 256-colour palette (k-means over
the frames' pixels). Inputs longer than ``--max-seconds`` (a GIF: ``GIF_MAX_SECONDS``) are
refused before any work, so memory stays bounded. Exit status 0 on success, 2 for an input or
output the command cannot use (a missing file, no audio stream, an unknown extension).
"""

from __future__ import annotations

import argparse
import sys
import time
from fractions import Fraction
from pathlib import Path
from typing import Callable, Iterator

import av
import numpy as np

from spatius_motion.avatar.head import DEFAULT_PATH as HEAD_GLB
from spatius_motion.avatar.scene import HeadScene
from spatius_motion.settings import Settings
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.offline import run_request

FORMATS = (".mp4", ".gif")
GIF_MAX_SECONDS = 30.0
"""Longest input a GIF is rendered for (every frame is held in memory for its palette)."""
PALETTE_SAMPLES = 60_000
"""Pixels sampled from the frames to fit the GIF palette."""
PROGRESS_EVERY = 125
"""Frames between progress lines on stderr (5 s of video)."""


class Audio:
    """A decoded file: s16le mono PCM at the model's rate, and float32 mono at its own rate."""

    def __init__(self, pcm: bytes, samples: np.ndarray, rate_hz: int) -> None:
        self.pcm = pcm
        self.samples = samples
        self.rate_hz = rate_hz


def read_audio(path: Path, model_rate_hz: int, max_seconds: float) -> Audio:
    """Decodes the first audio stream of ``path``; ``ValueError`` when there is none, it cannot
    be decoded, or it is longer than ``max_seconds``."""
    try:
        container = av.open(str(path))
    except av.FFmpegError as error:
        raise ValueError(f"{path}: not an audio file ({error})") from None
    with container:
        if not container.streams.audio:
            raise ValueError(f"{path}: no audio stream")
        stream = container.streams.audio[0]
        rate = stream.codec_context.sample_rate
        if stream.duration is not None and stream.time_base is not None:
            if float(stream.duration * stream.time_base) > max_seconds:
                raise ValueError(f"{path}: longer than {max_seconds:g} s")
        to_mux = av.AudioResampler(format="flt", layout="mono", rate=rate)
        samples: list[np.ndarray] = []
        total = 0
        try:
            for frame in container.decode(stream):
                total += frame.samples
                if total > max_seconds * rate:
                    raise ValueError(f"{path}: longer than {max_seconds:g} s")
                samples += [f.to_ndarray().reshape(-1) for f in to_mux.resample(frame)]
        except av.FFmpegError as error:
            raise ValueError(f"{path}: cannot decode its audio ({error})") from None
        samples += [f.to_ndarray().reshape(-1) for f in to_mux.resample(None)]
    if not samples:
        raise ValueError(f"{path}: no audio samples")
    mono = np.concatenate(samples).astype(np.float32)
    whole = av.AudioFrame.from_ndarray(mono[None, :], format="flt", layout="mono")
    whole.sample_rate = rate
    to_model = av.AudioResampler(format="s16", layout="mono", rate=model_rate_hz)
    pcm = [f.to_ndarray().tobytes() for f in to_model.resample(whole)]
    pcm += [f.to_ndarray().tobytes() for f in to_model.resample(None)]
    return Audio(b"".join(pcm), mono, rate)


def render_frames(
    scene: HeadScene,
    flame: np.ndarray,
    arkit: np.ndarray | None,
    size: int,
    supersample: int,
    progress: Callable[[int], None] | None = None,
) -> Iterator[np.ndarray]:
    """Frame ``i`` (uint8 [size, size, 3]) for keyframe ``i``; ``arkit`` None renders what a
    client that did not ask for ARKit weights sees (the FLAME fallback of the rig)."""
    for i in range(len(flame)):
        yield scene.frame(flame[i], None if arkit is None else arkit[i], size, supersample)
        if progress is not None:
            progress(i + 1)


def write_mp4(path: Path, frames: Iterator[np.ndarray], size: int, audio: Audio) -> int:
    """Writes H.264 video at 25 fps (frame i at i / 25 s) and the AAC audio; returns frames written."""
    count = 0
    with av.open(str(path), "w") as container:
        video = container.add_stream("libx264", rate=KEYFRAME_RATE_HZ)
        video.width = video.height = size
        video.pix_fmt = "yuv420p"
        video.options = {"crf": "20", "preset": "medium"}
        sound = container.add_stream("aac", rate=audio.rate_hz, layout="mono")
        for image in frames:
            frame = av.VideoFrame.from_ndarray(image, format="rgb24")
            frame.pts = count
            frame.time_base = Fraction(1, KEYFRAME_RATE_HZ)
            container.mux(video.encode(frame))
            count += 1
        container.mux(video.encode(None))
        block = audio.rate_hz  # one second per frame handed to the encoder (it re-blocks to 1024)
        for start in range(0, len(audio.samples), block):
            chunk = audio.samples[start : start + block]
            piece = av.AudioFrame.from_ndarray(chunk[None, :], format="flt", layout="mono")
            piece.sample_rate = audio.rate_hz
            piece.pts = start
            piece.time_base = Fraction(1, audio.rate_hz)
            container.mux(sound.encode(piece))
        container.mux(sound.encode(None))
    return count


def fit_palette(frames: list[np.ndarray], colours: int = 256, rounds: int = 10) -> np.ndarray:
    """A uint8 [colours, 3] palette: k-means over pixels sampled evenly from ``frames``."""
    pixels = np.concatenate([f.reshape(-1, 3) for f in frames]).astype(np.float32)
    step = max(1, len(pixels) // PALETTE_SAMPLES)
    sample = pixels[::step]
    unique = np.unique(sample, axis=0)
    if len(unique) <= colours:
        out = np.zeros((colours, 3), np.float32)
        out[: len(unique)] = unique
        return out.astype(np.uint8)
    centres = unique[np.linspace(0, len(unique) - 1, colours).astype(int)]
    for _ in range(rounds):
        nearest = _nearest(sample, centres)
        sums = np.zeros_like(centres)
        np.add.at(sums, nearest, sample)
        counts = np.bincount(nearest, minlength=colours)[:, None]
        centres = np.where(counts > 0, sums / np.maximum(counts, 1), centres)
    return np.round(centres).astype(np.uint8)


def _nearest(pixels: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Index of the nearest centre for each pixel (squared RGB distance), in blocks."""
    out = np.empty(len(pixels), np.int64)
    c2 = (centres * centres).sum(axis=1)
    for start in range(0, len(pixels), 16384):
        p = pixels[start : start + 16384]
        out[start : start + len(p)] = np.argmin(c2[None, :] - 2.0 * p @ centres.T, axis=1)
    return out


def write_gif(path: Path, frames: Iterator[np.ndarray], size: int) -> int:
    """Writes a looping GIF at 25 fps (40 ms per frame) with one global palette; returns frames."""
    held = list(frames)
    palette = fit_palette(held)
    grid = np.arange(32, dtype=np.float32) * (255.0 / 31.0)
    cube = np.stack(np.meshgrid(grid, grid, grid, indexing="ij"), -1).reshape(-1, 3)
    lookup = _nearest(cube, palette.astype(np.float32)).astype(np.uint8)
    argb = np.zeros((256, 4), np.uint8)
    argb[:, 0] = 255
    argb[:, 1:] = palette
    with av.open(str(path), "w", format="gif") as container:
        stream = container.add_stream("gif", rate=KEYFRAME_RATE_HZ)
        stream.width = stream.height = size
        stream.pix_fmt = "pal8"
        for i, image in enumerate(held):
            q = (image.astype(np.uint16) * 31 + 127) // 255
            index = lookup[(q[..., 0] * 32 + q[..., 1]) * 32 + q[..., 2]]
            paletted = (np.ascontiguousarray(index), argb)
            frame = av.VideoFrame.from_ndarray(paletted, format="pal8")  # type: ignore[arg-type]  # pal8 takes a pair
            frame.pts = i
            frame.time_base = Fraction(1, KEYFRAME_RATE_HZ)
            container.mux(stream.encode(frame))
        container.mux(stream.encode(None))
    return len(held)


def render_file(
    wav: Path,
    out: Path,
    model_path: str,
    size: int = 320,
    supersample: int = 1,
    seed: int = 0,
    arkit: bool = True,
    max_seconds: float = 600.0,
    log: Callable[[str], None] | None = None,
) -> dict[str, float]:
    """Renders ``wav`` to ``out`` (.mp4 or .gif); returns frames, seconds and render timing."""
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{out}: unsupported output type {suffix or '(none)'}; use one of {', '.join(FORMATS)}")
    if not wav.is_file():
        raise ValueError(f"{wav}: no such file")
    if not out.parent.is_dir():
        raise ValueError(f"{out.parent}: no such directory")
    if suffix == ".gif":
        max_seconds = min(max_seconds, GIF_MAX_SECONDS)
    model = MotionModel(model_path)
    audio = read_audio(wav, model.sample_rate_hz, max_seconds)
    weights, flame = run_request(model, audio.pcm, seed)
    scene = HeadScene(HEAD_GLB.read_bytes())
    total = len(flame)

    def progress(done: int) -> None:
        if log is not None and (done % PROGRESS_EVERY == 0 or done == total):
            log(f"render: {done}/{total} frames")

    started = time.perf_counter()
    frames = render_frames(scene, flame, weights if arkit else None, size, supersample, progress)
    try:
        count = write_mp4(out, frames, size, audio) if suffix == ".mp4" else write_gif(out, frames, size)
    except BaseException:
        out.unlink(missing_ok=True)  # no half-written file left behind (an error or Ctrl-C)
        raise
    elapsed = time.perf_counter() - started
    return {
        "frames": count,
        "video_s": count / KEYFRAME_RATE_HZ,
        "audio_s": len(audio.samples) / audio.rate_hz,
        "render_s": elapsed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="spatius-motion render", description=__doc__.split("\n\n")[0])
    parser.add_argument("audio", type=Path, help="input audio file (WAV, or anything PyAV decodes)")
    parser.add_argument("--out", type=Path, required=True, help="output .mp4 (with audio) or .gif")
    parser.add_argument("--model", default=None, help="ONNX model (default: SPATIUS_MODEL_PATH, the shipped one)")
    parser.add_argument("--size", type=int, default=320, help="frame width and height, pixels (16-2048)")
    parser.add_argument("--supersample", type=int, default=1, help="anti-aliasing factor (1-4)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the procedural eye/head motion")
    parser.add_argument(
        "--no-arkit", action="store_true", help="drive the head from FLAME only, as a client without ARKit"
    )
    parser.add_argument("--max-seconds", type=float, default=600.0, help="refuse longer inputs, seconds")
    args = parser.parse_args(argv)
    if not 16 <= args.size <= 2048 or args.size % 2:
        parser.error("--size must be an even number of pixels from 16 to 2048")
    if not 1 <= args.supersample <= 4:
        parser.error("--supersample must be 1 to 4")
    model_path = args.model or Settings.load().model_path
    if not Path(model_path).is_file():
        print(f"spatius-motion render: {model_path}: no such model file", file=sys.stderr)
        return 2
    try:
        report = render_file(
            args.audio,
            args.out,
            model_path,
            args.size,
            args.supersample,
            args.seed,
            not args.no_arkit,
            args.max_seconds,
            log=lambda line: print(line, file=sys.stderr, flush=True),
        )
    except ValueError as error:
        print(f"spatius-motion render: {error}", file=sys.stderr)
        return 2
    speed = report["video_s"] / report["render_s"] if report["render_s"] > 0 else float("inf")
    print(
        f"{args.out}: {report['frames']:.0f} frames at {KEYFRAME_RATE_HZ} fps, {report['audio_s']:.2f} s audio,"
        f" rendered in {report['render_s']:.1f} s ({speed:.2f}x real time)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
