"""``spatius-motion render``: real speech through the shipped model and engine to an .mp4 and a
.gif, checked by decoding them with PyAV; refusals exit 2 without a traceback."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import av
import numpy as np
import pytest

from spatius_motion.avatar import scene
from spatius_motion.avatar.head import HEAD_OFFSET
from spatius_motion.avatar.mouth import MOUTH_W, MOUTH_Y

pytestmark = pytest.mark.integration

CLIP = Path("/usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0880.wav")
"""Real read speech (Debian pocketsphinx-testdata, installed by scripts/ensure_system.sh)."""
RATE = 16000
SILENT_S, SPEECH_S = 0.6, 1.4
SIZE = 160


def run_render(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "spatius_motion.cli", "render", *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture(scope="module")
def two_seconds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """0.6 s of silence, then 1.4 s of the clip's speech: a 2.0 s 16 kHz mono WAV."""
    if not CLIP.is_file():
        pytest.fail(f"{CLIP} missing: run `make system` (pocketsphinx-testdata)")
    with wave.open(str(CLIP)) as clip:
        assert clip.getframerate() == RATE and clip.getnchannels() == 1
        speech = np.frombuffer(clip.readframes(clip.getnframes()), "<i2")
    loud = np.flatnonzero(np.abs(speech) > 0.1 * np.abs(speech).max())
    start = max(0, loud[0] - RATE // 20)
    pcm = np.concatenate([np.zeros(int(SILENT_S * RATE), "<i2"), speech[start : start + int(SPEECH_S * RATE)]])
    assert len(pcm) == 2 * RATE
    path = tmp_path_factory.mktemp("render") / "two.wav"
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(pcm.tobytes())
    return path


def mouth_box(size: int) -> tuple[slice, slice]:
    """Pixel rows and columns around the mouth of the unrotated head (the camera's mapping)."""
    scale = size / scene.VIEW_HEIGHT
    y = HEAD_OFFSET[1] + MOUTH_Y - scene.VIEW_CENTRE[1]
    top = int(size / 2 - (y + 0.015) * scale)
    bottom = int(size / 2 - (y - 0.04) * scale)
    half = int(1.6 * MOUTH_W * scale)
    return slice(top, bottom), slice(size // 2 - half, size // 2 + half)


def open_mouth_pixels(frame: np.ndarray, box: tuple[slice, slice]) -> int:
    """Pixels in ``box`` showing the mouth's dark interior or the teeth (not skin, not lips)."""
    rgb = frame[box].astype(int)
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    interior = (r < 75) & (g < 28) & (b < 28)
    teeth = (r > 150) & (g > 150) & (b > 140) & (np.abs(r - b) < 40)
    return int((interior | teeth).sum())


def test_mp4_has_a_frame_per_keyframe_the_audio_and_a_moving_mouth(two_seconds: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.mp4"
    done = run_render(str(two_seconds), "--out", str(out), "--size", str(SIZE))
    assert done.returncode == 0, done.stderr
    assert "50/50 frames" in done.stderr  # progress on stderr
    with av.open(str(out)) as container:
        video = container.streams.video[0]
        audio = container.streams.audio[0]
        assert video.average_rate == 25
        assert audio.codec_context.name == "aac" and audio.rate == RATE
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(video)]
    assert len(frames) == 50
    assert frames[0].shape == (SIZE, SIZE, 3)
    with av.open(str(out)) as container:
        pts = [float(f.time) for f in container.decode(video=0)]
    with av.open(str(out)) as container:
        decoded = sum(f.samples for f in container.decode(audio=0))
    assert pts == pytest.approx([i / 25 for i in range(50)], abs=1e-6)
    assert decoded / RATE == pytest.approx(2.0, abs=0.07)  # AAC pads up to one 1024-sample frame
    box = mouth_box(SIZE)
    silent = [open_mouth_pixels(f, box) for f in frames[3:12]]  # 0.12-0.48 s: silence
    voiced = [open_mouth_pixels(f, box) for f in frames[20:]]  # speech from 0.6 s
    assert max(silent) <= 2, silent
    assert max(voiced) >= 20, voiced


def test_gif_has_every_frame_at_40_ms(two_seconds: Path, tmp_path: Path) -> None:
    out = tmp_path / "two.gif"
    done = run_render(str(two_seconds), "--out", str(out), "--size", "96")
    assert done.returncode == 0, done.stderr
    with av.open(str(out)) as container:
        frames = list(container.decode(video=0))
    assert len(frames) == 50
    assert [round(float(f.time), 3) for f in frames] == [round(i * 0.04, 3) for i in range(50)]
    assert frames[0].width == frames[0].height == 96


def test_refusals_exit_2_and_say_why(two_seconds: Path, tmp_path: Path) -> None:
    missing = run_render(str(tmp_path / "nope.wav"), "--out", str(tmp_path / "x.mp4"))
    assert missing.returncode == 2 and "no such file" in missing.stderr
    wrong_type = run_render(str(two_seconds), "--out", str(tmp_path / "x.avi"))
    assert wrong_type.returncode == 2 and "unsupported output type" in wrong_type.stderr
    text = tmp_path / "text.wav"
    text.write_text("not audio at all\n" * 10)
    not_audio = run_render(str(text), "--out", str(tmp_path / "x.mp4"))
    assert not_audio.returncode == 2 and str(text) in not_audio.stderr
    too_long = run_render(str(two_seconds), "--out", str(tmp_path / "x.mp4"), "--max-seconds", "1")
    assert too_long.returncode == 2 and "longer than 1 s" in too_long.stderr
    no_dir = run_render(str(two_seconds), "--out", str(tmp_path / "absent" / "x.mp4"))
    assert no_dir.returncode == 2 and "no such directory" in no_dir.stderr
    for done in (missing, wrong_type, not_audio, too_long, no_dir):
        assert "Traceback" not in done.stderr
        assert not (tmp_path / "x.mp4").exists()
