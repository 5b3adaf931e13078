"""Transmission channels: timing kept per codec, telephone band, determinism, utterance style."""

from __future__ import annotations

import numpy as np
import pytest

from spatius_motion.training.corpus import Utterance, channel
from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ

MAX_LAG_SAMPLES = 16
"""1 ms at 16 kHz: the alignment every channel must keep."""

CODECS = [
    pytest.param(channel.Channel(telephone=True), id="telephone"),
    pytest.param(channel.Channel(telephone=True, codec="pcm_mulaw"), id="mulaw-8k"),
    pytest.param(channel.Channel(codec="g722", bitrate=channel.G722_BITRATE), id="g722"),
    *(pytest.param(channel.Channel(codec="libopus", bitrate=b), id=f"opus-{b}") for b in channel.OPUS_BITRATES),
    *(pytest.param(channel.Channel(codec="libmp3lame", bitrate=b), id=f"mp3-{b}") for b in channel.MP3_BITRATES),
    *(pytest.param(c, id=f"eval-{key}") for key, c in channel.EVAL_CHANNELS.items()),
]


def _chirp(seconds: float = 3.0) -> np.ndarray:
    """A 200-3000 Hz chirp with a syllable-rate envelope: inside every channel's pass band,
    and unlike the noise ``codec_delay`` calibrates on."""
    t = np.arange(int(seconds * SAMPLE_RATE_HZ)) / SAMPLE_RATE_HZ
    phase = 2.0 * np.pi * (200.0 * t + 2800.0 / (2.0 * seconds) * t**2)
    envelope = 0.5 + 0.5 * np.sin(2.0 * np.pi * 3.0 * t) ** 2
    return (0.3 * envelope * np.sin(phase)).astype(np.float32)


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(x.astype(np.float64) ** 2)))


@pytest.mark.parametrize("chan", CODECS)
def test_every_channel_keeps_length_and_timing_to_a_millisecond(chan):
    x = _chirp()
    y = channel.transmit(x, chan)
    assert len(y) == len(x) and y.dtype == np.float32
    assert abs(channel.lag_samples(x, y, 2000)) <= MAX_LAG_SAMPLES
    assert _rms(y) > 0.3 * _rms(x)  # the signal came through, not silence
    odd = channel.transmit(x[:12345], chan)
    assert len(odd) == 12345


def test_g722_has_a_delay_of_its_own_that_transmit_removes():
    raw = channel.codec_round_trip(_chirp(), "g722", channel.G722_BITRATE)
    assert channel.lag_samples(_chirp(), raw, 2000) > MAX_LAG_SAMPLES
    assert channel.codec_delay("g722", channel.G722_BITRATE) > MAX_LAG_SAMPLES


def test_lag_samples_finds_a_known_shift_either_way():
    x = _chirp(1.0)
    late = np.concatenate([np.zeros(37, np.float32), x])[: len(x)]
    early = np.concatenate([x[25:], np.zeros(25, np.float32)])
    assert channel.lag_samples(x, late, 100) == 37
    assert channel.lag_samples(x, early, 100) == -25


def test_telephone_band_keeps_speech_band_and_removes_the_rest():
    t = np.arange(SAMPLE_RATE_HZ) / SAMPLE_RATE_HZ

    def tone(hz):
        return (0.3 * np.sin(2.0 * np.pi * hz * t)).astype(np.float32)

    assert _rms(channel.telephone_band(tone(1000.0))) == pytest.approx(_rms(tone(1000.0)), rel=0.01)
    assert _rms(channel.telephone_band(tone(100.0))) < 0.01 * _rms(tone(100.0))
    assert _rms(channel.telephone_band(tone(5000.0))) < 0.01 * _rms(tone(5000.0))


@pytest.mark.parametrize("n", [16000, 16001, 12347])
def test_resampling_round_trip_returns_a_band_limited_signal(n):
    # faded in and out, so it stays band-limited with the zero padding resample adds
    faded = _chirp(1.0 + n / SAMPLE_RATE_HZ)[:n] * np.hanning(n).astype(np.float32)
    x = channel.band_pass(faded, SAMPLE_RATE_HZ, 300.0, 3000.0, 200.0)
    narrow = channel.resample(x, SAMPLE_RATE_HZ, channel.NARROWBAND_HZ)
    assert len(narrow) == round(n / 2)
    back = channel.resample(narrow, channel.NARROWBAND_HZ, SAMPLE_RATE_HZ)
    assert len(back) == 2 * len(narrow)
    assert np.max(np.abs(back[:n] - x[: len(back)])) < 1e-3


def test_resampling_by_three_keeps_a_tone_and_its_timing():
    t = np.arange(4800) / 48000
    tone = (0.3 * np.sin(2.0 * np.pi * 1000.0 * t)).astype(np.float32)
    down = channel.resample(tone, 48000, SAMPLE_RATE_HZ)
    expected = 0.3 * np.sin(2.0 * np.pi * 1000.0 * np.arange(1600) / SAMPLE_RATE_HZ)
    assert len(down) == 1600
    assert np.max(np.abs(down[100:-100] - expected[100:-100])) < 0.01


def test_random_channels_are_seeded_and_cover_every_kind():
    draws = [channel.random_channel(np.random.default_rng(s)) for s in range(200)]
    assert draws == [channel.random_channel(np.random.default_rng(s)) for s in range(200)]
    labels = {d.label for d in draws}
    assert {"phone", "phone+mulaw", "g722", "phone+g722"} <= labels
    assert {f"opus-{b // 1000}k" for b in channel.OPUS_BITRATES} <= labels
    assert {f"mp3-{b // 1000}k" for b in channel.MP3_BITRATES} <= labels
    assert not any("amr" in label for label in labels)  # the held-out codec


def test_random_transmit_keeps_phones_and_records_the_channel():
    u = Utterance(
        audio=_chirp(1.0), phones=[("SIL", 0.0, 0.3), ("M", 0.3, 1.0)], voice="t:t", engine="t", text="m", style="eq"
    )
    a = channel.random_transmit(u, np.random.default_rng(3))
    b = channel.random_transmit(u, np.random.default_rng(3))
    assert np.array_equal(a.audio, b.audio) and a.style == b.style
    label = channel.random_channel(np.random.default_rng(3)).label
    assert a.style == f"eq,channel={label}"
    assert a.phones == u.phones and len(a.audio) == len(u.audio)
    assert not np.array_equal(a.audio, u.audio)


def test_maybe_transmit_draws_each_utterance_on_its_own():
    u = Utterance(audio=_chirp(0.3), phones=[("AA", 0.0, 0.3)], voice="t:t", engine="t", text="a", style="")
    half = [channel.maybe_transmit(u, i, 0.5) for i in range(40)]
    changed = [i for i, v in enumerate(half) if "channel=" in v.style]
    assert 8 <= len(changed) <= 32  # about half (binomial, 40 draws)
    for i, v in enumerate(half):
        assert v.phones == u.phones and len(v.audio) == len(u.audio)
        assert np.array_equal(v.audio, u.audio) == (i not in changed)
    again = channel.maybe_transmit(u, changed[-1], 0.5)  # alone, out of order: the same draw
    assert np.array_equal(again.audio, half[changed[-1]].audio) and again.style == half[changed[-1]].style
    assert all(channel.maybe_transmit(u, i, 0.0) is u for i in range(10))
    assert all("channel=" in channel.maybe_transmit(u, i, 1.0).style for i in range(10))
