"""CPU cost of the offline head renderer per frame, against the 40 ms a 25 fps frame lasts.

The keyframes are the shipped model's, through the shard's engine, for a real-speech clip (the
held-out LibriVox clip of the README's GIF; synthetic noise when pocketsphinx-testdata is
absent). For each size and supersampling factor it reports the median process CPU per frame
(one BLAS thread) of drawing alone (``HeadScene.frame``) and of drawing plus H.264 encoding,
and the real-time factor: 40 ms divided by that CPU time (above 1 = faster than real time on
one core). The budget is the baseline, so the ratio needs no other reference.

    python -m bench.bench_render [--sizes 160,320,480] [--supersample 1,2] [--frames 60]
"""

from __future__ import annotations

import argparse
import io
import statistics
import time
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
from threadpoolctl import threadpool_limits

from spatius_motion.avatar.head import DEFAULT_PATH
from spatius_motion.avatar.render import read_audio
from spatius_motion.avatar.scene import HeadScene
from spatius_motion.settings import DEFAULT_MODEL_PATH
from spatius_motion.workers.messages import KEYFRAME_RATE_HZ
from spatius_motion.workers.model import MotionModel
from spatius_motion.workers.offline import run_request

CLIP = Path("/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0890.wav")
FRAME_MS = 1000.0 / KEYFRAME_RATE_HZ


def keyframes(model: MotionModel) -> tuple[np.ndarray, np.ndarray, str]:
    if CLIP.is_file():
        pcm = read_audio(CLIP, model.sample_rate_hz, 60.0).pcm
        source = CLIP.name
    else:
        rng = np.random.default_rng(0)
        pcm = (rng.standard_normal(5 * model.sample_rate_hz) * 3000).astype("<i2").tobytes()
        source = "noise (pocketsphinx-testdata missing)"
    arkit, flame = run_request(model, pcm)
    return arkit, flame, source


def cpu_ms_per_frame(run, frames: int, repeats: int = 3) -> float:
    """Median over ``repeats`` of process CPU milliseconds per frame of ``run(frames)``."""
    samples = []
    for _ in range(repeats):
        started = time.process_time()
        run(frames)
        samples.append((time.process_time() - started) * 1000.0 / frames)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="160,320,480")
    parser.add_argument("--supersample", default="1,2")
    parser.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    model = MotionModel(DEFAULT_MODEL_PATH)
    arkit, flame, source = keyframes(model)
    scene = HeadScene(DEFAULT_PATH.read_bytes())
    count = min(args.frames, len(flame))
    print(f"keyframes: {len(flame)} from {source}; timing {count} frames, median of 3, 1 BLAS thread")
    print(f"{'size':>5} {'ss':>3} {'draw ms':>8} {'x real time':>12} {'draw+h264 ms':>13} {'x real time':>12}")
    with threadpool_limits(1):
        for size in (int(s) for s in args.sizes.split(",")):
            for ss in (int(s) for s in args.supersample.split(",")):

                def draw(n: int, size: int = size, ss: int = ss) -> None:
                    for i in range(n):
                        scene.frame(flame[i], arkit[i], size, ss)

                def encode(n: int, size: int = size, ss: int = ss) -> None:
                    with av.open(io.BytesIO(), "w", format="mp4") as container:
                        video = container.add_stream("libx264", rate=KEYFRAME_RATE_HZ)
                        video.width = video.height = size
                        video.pix_fmt = "yuv420p"
                        video.options = {"crf": "20", "preset": "medium", "threads": "1"}
                        for i in range(n):
                            frame = av.VideoFrame.from_ndarray(
                                scene.frame(flame[i], arkit[i], size, ss), format="rgb24"
                            )
                            frame.pts = i
                            frame.time_base = Fraction(1, KEYFRAME_RATE_HZ)
                            container.mux(video.encode(frame))
                        container.mux(video.encode(None))

                drawn = cpu_ms_per_frame(draw, count)
                both = cpu_ms_per_frame(encode, count)
                print(
                    f"{size:>5} {ss:>3} {drawn:>8.1f} {FRAME_MS / drawn:>12.2f} {both:>13.1f} {FRAME_MS / both:>12.2f}"
                )


if __name__ == "__main__":
    main()
