"""Transmission channels and codecs that keep phone timing true: telephone band, G.711
mu-law, G.722, Opus, MP3 and AMR-NB.

A ``Channel`` is an optional telephone band (16 kHz -> 8 kHz, 300-3400 Hz band-pass,
8 kHz -> 16 kHz) followed by an optional codec round trip through ffmpeg (PyAV): G.711 mu-law
at 8 kHz, G.722 at 16 kHz, Opus (libopus, 16 kHz in, decoded at 48 kHz and brought back),
MP3 (libmp3lame at 16 kHz) and AMR-NB (libopencore_amrnb at 8 kHz, the GSM/3G mobile codec,
which ``random_channel`` never draws: a channel training never hears, for evaluation).
Resampling and the band-pass act on the whole signal's spectrum, so they add no delay; a codec
adds its encoder's priming and filter delay, which ``codec_delay`` measures once per codec and
bit rate on a fixed speech-like calibration signal and ``transmit`` removes: the output has the
input's length and stays sample-aligned with it, so the clean phone labels still hold.
Everything is deterministic: ``random_channel`` draws a channel from a seeded generator and the
codecs themselves are deterministic.

Three users: the training pipeline (``maybe_transmit``, applied to each utterance after
forced alignment, so the labels come from the clean audio), the corpus builder (a degraded
corpus directory, ``BuildConfig.channel_probability`` > 0) and the channel-degraded evaluation
sets of ``training.evaluate`` (``EVAL_CHANNELS``, fixed channels applied to clean sets' audio).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from spatius_motion.training.corpus.utterance import SAMPLE_RATE_HZ, Utterance, fit_length

NARROWBAND_HZ = 8000
"""Sample rate of the telephone network and of G.711."""
OPUS_DECODE_HZ = 48000
"""Rate ffmpeg's Opus decoders return, whatever rate was encoded."""
TELEPHONE_BAND_HZ = (300.0, 3400.0)
"""Pass band of a telephone line (ITU-T G.712)."""
BAND_TAPER_HZ = 100.0
"""Width of the raised-cosine edges of the band-pass, outside the pass band."""
G722_BITRATE = 64000
"""G.722's bit rate (bit/s) in ffmpeg's encoder (mode 1: 64 kbit/s)."""
OPUS_BITRATES = (6000, 8000, 10000, 12000, 16000)
"""Opus bit rates (bit/s) ``random_channel`` draws from."""
MP3_BITRATES = (16000, 24000, 32000)
"""MP3 bit rates (bit/s) ``random_channel`` draws from."""
AMR_BITRATE = 12200
"""AMR-NB's highest mode (bit/s), GSM's enhanced full rate."""
MAX_DELAY_SAMPLES = 4000
"""Largest codec delay (16 kHz samples, 250 ms) ``codec_delay`` looks for."""
CALIBRATION_SEED = 20261203
CALIBRATION_S = 2.0

_CODEC_RATE_HZ = {
    "pcm_mulaw": NARROWBAND_HZ,
    "g722": SAMPLE_RATE_HZ,
    "libopus": SAMPLE_RATE_HZ,
    "libmp3lame": SAMPLE_RATE_HZ,
    "libopencore_amrnb": NARROWBAND_HZ,
}
"""Rate each codec encodes at."""
_ENCODE_FORMAT = {"pcm_mulaw": "s16", "g722": "s16", "libopus": "s16", "libmp3lame": "s16p", "libopencore_amrnb": "s16"}
_DECODER = {"libmp3lame": "mp3float", "libopencore_amrnb": "amrnb"}
_ENCODER_OPTIONS = {"libopus": {"application": "voip"}}
"""Opus in its speech mode, as telephony and voice messages use it."""


@dataclass(frozen=True)
class Channel:
    """An optional telephone band then an optional codec (ffmpeg encoder name) at a bit rate
    (bit/s; 0 for codecs with a fixed rate)."""

    telephone: bool = False
    codec: str | None = None
    bitrate: int = 0

    @property
    def label(self) -> str:
        """Short name recorded in an utterance's ``style``, e.g. ``phone+g722`` or ``opus-8k``."""
        names = {
            "pcm_mulaw": "mulaw",
            "g722": "g722",
            "libopus": "opus",
            "libmp3lame": "mp3",
            "libopencore_amrnb": "amr",
        }
        parts = ["phone"] if self.telephone else []
        if self.codec is not None:
            rate = f"-{self.bitrate // 1000}k" if self.codec in ("libopus", "libmp3lame", "libopencore_amrnb") else ""
            parts.append(names[self.codec] + rate)
        return "+".join(parts) or "clean"


EVAL_CHANNELS: dict[str, Channel] = {
    "phone": Channel(telephone=True, codec="g722", bitrate=G722_BITRATE),
    "opus8": Channel(codec="libopus", bitrate=8000),
    "mp3-16": Channel(codec="libmp3lame", bitrate=16000),
    "amr12": Channel(telephone=True, codec="libopencore_amrnb", bitrate=AMR_BITRATE),
}
"""The fixed channels of the degraded evaluation sets (``<set>-<key>``): a telephone line into a
G.722 voicemail system, Opus at 8 kbit/s (a voice message), MP3 at 16 kbit/s, and a mobile call
(AMR-NB 12.2 kbit/s), the one codec the training augmentation never uses."""


def _fast_length(n: int, multiple: int = 1) -> int:
    """The smallest ``multiple * 2**k`` >= ``n``: a length the FFT handles fast whatever
    prime factors ``n`` has."""
    k = -(-max(n, 1) // multiple)
    return multiple * (1 << (k - 1).bit_length())


def resample(audio: np.ndarray, from_hz: int, to_hz: int) -> np.ndarray:
    """``audio`` at ``to_hz``, by truncating or zero-padding its spectrum: zero phase (no
    delay), an ideal low-pass at the lower Nyquist rate, ``round(n * to_hz / from_hz)`` samples.
    The signal is zero-padded to a fast FFT length first (which also keeps its end from
    wrapping round onto its start)."""
    n = len(audio)
    m = int(round(n * to_hz / from_hz))
    if n == 0 or m == 0:
        return np.zeros(m, np.float32)
    divisor = math.gcd(from_hz, to_hz)
    size = _fast_length(n, from_hz // divisor)
    out_size = size * to_hz // from_hz
    spectrum = np.fft.rfft(audio.astype(np.float64), size)
    out = np.zeros(out_size // 2 + 1, np.complex128)
    keep = min(len(spectrum), len(out))
    out[:keep] = spectrum[:keep]
    return (np.fft.irfft(out, out_size)[:m] * (out_size / size)).astype(np.float32)


def band_pass(audio: np.ndarray, rate_hz: int, low_hz: float, high_hz: float, taper_hz: float) -> np.ndarray:
    """Zero-phase band-pass: unit gain in [low_hz, high_hz], raised-cosine edges ``taper_hz``
    wide outside it, zero beyond (on the signal zero-padded to a fast FFT length)."""
    if len(audio) == 0:
        return audio.astype(np.float32)
    size = _fast_length(len(audio))
    freqs = np.fft.rfftfreq(size, 1.0 / rate_hz)
    below = np.clip((freqs - (low_hz - taper_hz)) / taper_hz, 0.0, 1.0)
    above = np.clip(((high_hz + taper_hz) - freqs) / taper_hz, 0.0, 1.0)
    gain = (0.5 - 0.5 * np.cos(np.pi * below)) * (0.5 - 0.5 * np.cos(np.pi * above))
    filtered = np.fft.irfft(np.fft.rfft(audio.astype(np.float64), size) * gain, size)
    return filtered[: len(audio)].astype(np.float32)


def telephone_band(audio: np.ndarray) -> np.ndarray:
    """16 kHz audio through a telephone line's sampling and pass band, back at 16 kHz."""
    narrow = band_pass(resample(audio, SAMPLE_RATE_HZ, NARROWBAND_HZ), NARROWBAND_HZ, *TELEPHONE_BAND_HZ, BAND_TAPER_HZ)
    return fit_length(resample(narrow, NARROWBAND_HZ, SAMPLE_RATE_HZ), len(audio))


def codec_round_trip(audio: np.ndarray, codec: str, bitrate: int = 0) -> np.ndarray:
    """16 kHz ``audio`` encoded with ffmpeg's ``codec`` and decoded again, at 16 kHz, with
    the codec's delay and padding left in (``transmit`` removes them)."""
    import av

    rate = _CODEC_RATE_HZ[codec]
    pcm = np.clip(resample(audio, SAMPLE_RATE_HZ, rate) if rate != SAMPLE_RATE_HZ else audio, -1.0, 1.0)
    encoder = av.CodecContext.create(codec, "w")
    encoder.sample_rate, encoder.layout, encoder.format = rate, "mono", _ENCODE_FORMAT[codec]
    encoder.time_base = Fraction(1, rate)
    if bitrate:
        encoder.bit_rate = bitrate
    encoder.options = _ENCODER_OPTIONS.get(codec, {})
    encoder.open()
    decoder = av.CodecContext.create(_DECODER.get(codec, codec), "r")
    decoder.sample_rate, decoder.layout = rate, "mono"
    if encoder.extradata:
        decoder.extradata = encoder.extradata
    frame_size = encoder.frame_size or 1024
    samples = np.round(pcm * 32767.0).astype(np.int16)
    samples = np.concatenate([samples, np.zeros(-len(samples) % frame_size, np.int16)])
    packets = []
    for start in range(0, len(samples), frame_size):
        frame = av.AudioFrame.from_ndarray(
            samples[None, start : start + frame_size], format=_ENCODE_FORMAT[codec], layout="mono"
        )
        frame.sample_rate, frame.pts = rate, start
        packets += encoder.encode(frame)
    packets += encoder.encode(None)
    decoded, out_rate = [], rate
    for packet in [*packets, None]:
        for frame in decoder.decode(packet):
            out_rate = frame.sample_rate
            values = frame.to_ndarray().reshape(-1)
            decoded.append(values.astype(np.float32) / 32768.0 if values.dtype == np.int16 else values)
    out = np.concatenate(decoded).astype(np.float32) if decoded else np.zeros(0, np.float32)
    return resample(out, out_rate, SAMPLE_RATE_HZ) if out_rate != SAMPLE_RATE_HZ else out


def calibration_signal() -> np.ndarray:
    """A fixed 2 s speech-like signal: telephone-band noise in 4 Hz syllable-rate bursts."""
    n = int(CALIBRATION_S * SAMPLE_RATE_HZ)
    noise = np.random.default_rng(CALIBRATION_SEED).standard_normal(n).astype(np.float32)
    t = np.arange(n) / SAMPLE_RATE_HZ
    envelope = np.maximum(np.sin(2.0 * np.pi * 4.0 * t), 0.0) ** 2
    voiced = band_pass(noise, SAMPLE_RATE_HZ, 400.0, 3000.0, 200.0) * envelope
    return (0.3 * voiced / (np.max(np.abs(voiced)) + 1e-12)).astype(np.float32)


def lag_samples(reference: np.ndarray, delayed: np.ndarray, max_lag: int) -> int:
    """The lag in [-max_lag, max_lag] (samples) maximising the cross-correlation of
    ``delayed`` against ``reference``: positive when ``delayed`` is late."""
    size = 1 << (len(reference) + len(delayed) + 2 * max_lag).bit_length()
    xcorr = np.fft.irfft(np.fft.rfft(delayed, size) * np.conj(np.fft.rfft(reference, size)), size)
    lags = np.concatenate([np.arange(0, max_lag + 1), np.arange(-max_lag, 0)])
    values = np.concatenate([xcorr[: max_lag + 1], xcorr[-max_lag:]])
    return int(lags[int(np.argmax(values))])


@functools.lru_cache(maxsize=None)
def codec_delay(codec: str, bitrate: int = 0) -> int:
    """Samples (16 kHz) by which ``codec_round_trip`` output lags its input, measured on
    ``calibration_signal`` (cached per codec and bit rate)."""
    reference = calibration_signal()
    return lag_samples(reference, codec_round_trip(reference, codec, bitrate), MAX_DELAY_SAMPLES)


def transmit(audio: np.ndarray, channel: Channel) -> np.ndarray:
    """16 kHz ``audio`` through ``channel``: same length, sample-aligned with the input."""
    n = len(audio)
    out = telephone_band(audio) if channel.telephone else audio.astype(np.float32)
    if channel.codec is None or n == 0:
        return out
    delay = codec_delay(channel.codec, channel.bitrate)
    flush = np.zeros(max(delay, 0) + SAMPLE_RATE_HZ // 10, np.float32)
    decoded = codec_round_trip(np.concatenate([out, flush]), channel.codec, channel.bitrate)
    if delay < 0:
        decoded = np.concatenate([np.zeros(-delay, np.float32), decoded])
    return fit_length(decoded[max(delay, 0) :], n)


def random_channel(rng: np.random.Generator) -> Channel:
    """One of five channel kinds, equally likely: a telephone line (linear PCM), a telephone
    line with G.711 mu-law, G.722 (after a telephone line half the time), Opus at 6-16 kbit/s,
    MP3 at 16-32 kbit/s."""
    kind = int(rng.integers(5))
    if kind == 0:
        return Channel(telephone=True)
    if kind == 1:
        return Channel(telephone=True, codec="pcm_mulaw")
    if kind == 2:
        return Channel(telephone=bool(rng.random() < 0.5), codec="g722", bitrate=G722_BITRATE)
    if kind == 3:
        return Channel(codec="libopus", bitrate=int(rng.choice(OPUS_BITRATES)))
    return Channel(codec="libmp3lame", bitrate=int(rng.choice(MP3_BITRATES)))


def random_transmit(utterance: Utterance, rng: np.random.Generator) -> Utterance:
    """``utterance`` through ``random_channel(rng)``; phones unchanged, the channel appended
    to ``style`` (e.g. ``channel=opus-8k``)."""
    channel = random_channel(rng)
    style = ",".join(filter(None, [utterance.style, f"channel={channel.label}"]))
    return utterance.replace(audio=transmit(utterance.audio, channel), style=style)


TRAINING_CHANNEL_SEED = 20261204
"""First word of each ``maybe_transmit`` generator's seed ``[seed, index]``."""


def maybe_transmit(
    utterance: Utterance, index: int, probability: float, seed: int = TRAINING_CHANNEL_SEED
) -> Utterance:
    """``utterance`` (the ``index``-th of a corpus) through ``random_transmit`` with probability
    ``probability``, else unchanged. Each utterance draws from a generator of its own
    (``[seed, index]``), so its channel does not depend on which others are processed."""
    rng = np.random.default_rng([seed, index])
    return random_transmit(utterance, rng) if rng.random() < probability else utterance
