"""AudioDecoder: PCM and Ogg Opus streams, any slicing, to mono s16le at the model rate."""

from __future__ import annotations

import io
import struct

import av
import numpy as np
import pytest
import soxr

from spatius_motion import errors
from spatius_motion.gateway import audio
from spatius_motion.gateway.audio import OGG_OPUS, PCM_S16LE, AudioDecoder, OggPageReader, ogg_crc32
from spatius_motion.settings import SUPPORTED_SAMPLE_RATES_HZ

TARGET_HZ = 16000
SDK_OPUS_RATES_HZ = (8000, 12000, 16000, 24000, 48000)


# --- signals and helpers ------------------------------------------------------------------
def speechlike(rate_hz: int, seconds: float, seed: int = 0) -> np.ndarray:
    """A voiced, amplitude-modulated harmonic signal with a gliding pitch, as float in [-1, 1]."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(rate_hz * seconds)) / rate_hz
    pitch = 140.0 + 30.0 * np.sin(2 * np.pi * 1.3 * t)
    phase = 2 * np.pi * np.cumsum(pitch) / rate_hz
    voiced = sum(np.sin(k * phase) / k for k in range(1, 8))
    envelope = 0.5 + 0.5 * np.sin(2 * np.pi * 3.0 * t) ** 2
    return 0.25 * envelope * voiced + 0.01 * rng.standard_normal(t.size)


def to_s16(signal: np.ndarray) -> bytes:
    return np.clip(np.rint(signal * 32767), -32768, 32767).astype("<i2").tobytes()


def as_samples(pcm: bytes) -> np.ndarray:
    return np.frombuffer(pcm, dtype="<i2").astype(np.float64)


def decode(decoder: AudioDecoder, data: bytes, sizes) -> bytes:
    """Feed ``data`` in slices whose lengths come from ``sizes`` (cycled), then finish."""
    out = bytearray()
    position = 0
    index = 0
    while position < len(data):
        size = sizes[index % len(sizes)]
        out += decoder.feed(data[position : position + size])
        position += size
        index += 1
    out += decoder.feed(b"")
    out += decoder.finish()
    return bytes(out)


def random_sizes(seed: int, low: int, high: int, count: int = 512) -> list[int]:
    return [int(n) for n in np.random.default_rng(seed).integers(low, high + 1, count)]


def best_alignment(output: np.ndarray, reference: np.ndarray, max_lag: int) -> tuple[int, float]:
    """The lag (output sample i ~ reference sample i + lag) with the highest correlation."""
    best = (0, -1.0)
    for lag in range(-max_lag, max_lag + 1):
        a = output[max(-lag, 0) :]
        b = reference[max(lag, 0) :]
        n = min(a.size, b.size)
        r = float(np.corrcoef(a[:n], b[:n])[0, 1])
        if r > best[1]:
            best = (lag, r)
    return best


def envelope(samples: np.ndarray, frames: int, hop: int = 160) -> np.ndarray:
    """RMS per ``hop`` samples (10 ms at 16 kHz) over the first ``frames`` hops."""
    return np.sqrt(np.mean(samples[: frames * hop].reshape(frames, hop) ** 2, axis=1))


def dominant_hz(samples: np.ndarray, rate_hz: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(samples.size)))
    return float(np.fft.rfftfreq(samples.size, 1.0 / rate_hz)[np.argmax(spectrum)])


def sdk_ogg_opus(pcm: bytes, rate_hz: int, chunk_bytes: int = 3200) -> bytes:
    """Encode with the official SDK's streaming encoder, as a client sends it."""
    encoder_module = pytest.importorskip("spatius.audio_encoder")
    try:
        import opuslib_next  # noqa: F401  (needs the system libopus: Debian libopus0)
    except Exception as exc:  # opuslib_next raises a bare Exception when libopus is missing
        pytest.skip(f"opuslib_next unusable: {exc}")
    encoder = encoder_module.OggOpusStreamEncoder(
        sample_rate=rate_hz,
        bitrate=0,
        frame_duration_ms=20,
        application="voip",
        collect_encoded_output=False,
    )
    out = bytearray()
    for start in range(0, len(pcm), chunk_bytes):
        out += encoder.encode(pcm[start : start + chunk_bytes], end=False).payload
    out += encoder.encode(b"", end=True).payload
    return bytes(out)


def pyav_ogg_opus(planar: np.ndarray, layout: str) -> bytes:
    """A multichannel Ogg Opus file (channels x samples at 48 kHz) muxed by FFmpeg.

    FFmpeg puts several packets on a page and, past two channels, uses mapping family 1.
    """
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="ogg") as container:
        stream = container.add_stream("libopus", rate=48000, layout=layout)
        planar = planar.astype(np.float32)
        for start in range(0, planar.shape[1], 960):
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(planar[:, start : start + 960]), format="fltp", layout=layout
            )
            frame.sample_rate = 48000
            for packet in stream.encode(frame):
                container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return buffer.getvalue()


def split_pages(stream: bytes) -> list[bytearray]:
    pages = []
    position = 0
    while position < len(stream):
        segments = stream[position + 26]
        length = 27 + segments + sum(stream[position + 27 : position + 27 + segments])
        pages.append(bytearray(stream[position : position + length]))
        position += length
    return pages


def reseal(page: bytearray) -> bytearray:
    page[22:26] = b"\0\0\0\0"
    page[22:26] = struct.pack("<I", ogg_crc32(page))
    return page


def build_page(
    lacing: list[int], body: bytes, *, sequence: int, flags: int = 0, granule: int = 0, serial: int = 7
) -> bytes:
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, serial, sequence, 0, len(lacing))
    return bytes(reseal(bytearray(header + bytes(lacing) + body)))


def opus_head(channels: int = 1, pre_skip: int = 312) -> bytes:
    return b"OpusHead" + struct.pack("<BBHIhB", 1, channels, pre_skip, 48000, 0, 0)


# --- construction -----------------------------------------------------------------------
def test_rejects_unknown_format_and_rate():
    with pytest.raises(errors.UnsupportedFormat):
        AudioDecoder(2, 16000, TARGET_HZ)
    with pytest.raises(errors.UnsupportedSampleRate):
        AudioDecoder(PCM_S16LE, 11025, TARGET_HZ)
    with pytest.raises(errors.UnsupportedSampleRate):
        AudioDecoder(OGG_OPUS, 0, TARGET_HZ)


def test_chunk_over_limit_is_message_too_big():
    decoder = AudioDecoder(PCM_S16LE, 16000, TARGET_HZ, max_chunk_bytes=1000)
    assert len(decoder.feed(b"\0" * 1000)) == 1000
    with pytest.raises(errors.MessageTooBig):
        decoder.feed(b"\0" * 1001)


def test_feed_after_finish_is_a_programming_error():
    decoder = AudioDecoder(PCM_S16LE, 16000, TARGET_HZ)
    decoder.finish()
    with pytest.raises(RuntimeError):
        decoder.feed(b"\0\0")


# --- PCM --------------------------------------------------------------------------------
@pytest.mark.parametrize("rate_hz", SUPPORTED_SAMPLE_RATES_HZ)
@pytest.mark.parametrize("chunk", [1, 2, 3, 17, 321, 1600, 3201, 4000, "random"])
def test_pcm_length_matches_duration(rate_hz, chunk):
    seconds = 0.1 if chunk in (1, 2, 3) else 0.6
    pcm = to_s16(speechlike(rate_hz, seconds))
    sizes = random_sizes(rate_hz, 1, 4000) if chunk == "random" else [chunk]
    decoder = AudioDecoder(PCM_S16LE, rate_hz, TARGET_HZ)
    out = decode(decoder, pcm, sizes)
    assert len(out) % 2 == 0
    assert abs(len(out) / 2 - seconds * TARGET_HZ) <= 0.01 * seconds * TARGET_HZ
    assert decoder.input_seconds == pytest.approx(seconds, abs=1 / rate_hz)


def test_pcm_passthrough_is_bit_exact_across_odd_splits():
    pcm = to_s16(speechlike(16000, 0.5))
    decoder = AudioDecoder(PCM_S16LE, 16000, TARGET_HZ)
    assert decoder._resampler._stream is None
    assert decode(decoder, pcm, random_sizes(3, 1, 777)) == pcm


def test_pcm_resampling_barely_depends_on_slicing():
    pcm = to_s16(speechlike(44100, 0.5))
    whole = AudioDecoder(PCM_S16LE, 44100, TARGET_HZ)
    reference = as_samples(whole.feed(pcm) + whole.finish())
    sliced = as_samples(decode(AudioDecoder(PCM_S16LE, 44100, TARGET_HZ), pcm, random_sizes(4, 1, 4000)))
    assert sliced.size == reference.size
    assert np.abs(sliced - reference).max() <= 4


def test_pcm_dangling_byte_waits_for_next_chunk():
    decoder = AudioDecoder(PCM_S16LE, 16000, TARGET_HZ)
    assert decoder.feed(b"\x01\x02\x03") == b"\x01\x02"
    assert decoder.input_seconds == 1 / 16000
    assert decoder.feed(b"\x04") == b"\x03\x04"
    assert decoder.feed(b"\x05") == b""
    assert decoder.finish() == b""
    assert decoder.input_seconds == 2 / 16000


@pytest.mark.parametrize("rate_hz", SUPPORTED_SAMPLE_RATES_HZ)
def test_sine_keeps_its_frequency(rate_hz):
    t = np.arange(rate_hz) / rate_hz
    pcm = to_s16(0.5 * np.sin(2 * np.pi * 440.0 * t))
    out = as_samples(decode(AudioDecoder(PCM_S16LE, rate_hz, TARGET_HZ), pcm, [rate_hz // 5]))
    assert dominant_hz(out, TARGET_HZ) == pytest.approx(440.0, abs=1.0)
    assert np.sqrt(np.mean(out[800:-800] ** 2)) == pytest.approx(0.5 * 32767 / np.sqrt(2), rel=0.02)


@pytest.mark.parametrize("chunk_ms", [20, 100])
def test_resampler_tail_arrives_only_at_finish(chunk_ms):
    pcm = to_s16(speechlike(48000, 0.5))
    step = 48000 * 2 * chunk_ms // 1000
    decoder = AudioDecoder(PCM_S16LE, 48000, TARGET_HZ)
    streamed = sum(len(decoder.feed(pcm[i : i + step])) for i in range(0, len(pcm), step)) // 2
    tail = len(decoder.finish()) // 2
    assert streamed + tail == 8000
    assert 0 < tail <= 0.025 * TARGET_HZ


def test_target_rate_is_a_parameter():
    pcm = to_s16(speechlike(44100, 0.5))
    out = decode(AudioDecoder(PCM_S16LE, 44100, 24000), pcm, [4410])
    assert len(out) // 2 == pytest.approx(12000, rel=0.01)


# --- Ogg CRC and page reader ------------------------------------------------------------
def test_ogg_crc_matches_the_sdk_reference():
    encoder_module = pytest.importorskip("spatius.audio_encoder")
    reference = encoder_module.OggOpusStreamEncoder._ogg_crc
    rng = np.random.default_rng(5)
    for size in (0, 1, 27, 300, 1000):
        data = rng.integers(0, 256, size, dtype=np.uint8).tobytes()
        assert ogg_crc32(data) == reference(data)


def test_page_reader_reassembles_packets_spanning_pages():
    big = bytes(range(256)) * 3  # 768 bytes: lacing 255, 255, 255, 3
    pages = build_page([255, 255], big[:510], sequence=0, flags=0x02) + build_page(
        [255, 3, 5], big[510:] + b"tail!", sequence=1, flags=0x01 | 0x04, granule=9
    )
    reader = OggPageReader()
    out = [page for i in range(0, len(pages), 13) for page in reader.feed(pages[i : i + 13])]
    assert [page.packets for page in out] == [[], [big, b"tail!"]]
    assert out[1].granule_position == 9 and out[1].end_of_stream and reader.ended
    reader.close()


def test_page_reader_bounds_packet_size():
    reader = OggPageReader()
    body = b"\0" * (255 * 255)
    with pytest.raises(errors.AudioDecodeFailed, match="too large"):
        for sequence in range(3):
            reader.feed(build_page([255] * 255, body, sequence=sequence, flags=0x01 if sequence else 0x02))
            assert reader.pending_bytes <= audio.OGG_MAX_PACKET_BYTES


# --- Ogg Opus ---------------------------------------------------------------------------
@pytest.mark.parametrize("rate_hz", SDK_OPUS_RATES_HZ)
def test_sdk_ogg_opus_decodes_with_duration_and_waveform(rate_hz):
    """Measured: lag +2..+4 samples at 16 kHz (Opus' own delay is slightly under the SDK's
    fixed 312-sample pre-skip), waveform r 0.83-0.88, 10 ms envelope r 0.96-0.98."""
    seconds = 1.5
    signal = speechlike(rate_hz, seconds, seed=rate_hz)
    stream = sdk_ogg_opus(to_s16(signal), rate_hz)
    decoder = AudioDecoder(OGG_OPUS, rate_hz, TARGET_HZ)
    out = as_samples(decode(decoder, stream, random_sizes(rate_hz, 1, 400)))
    assert abs(out.size - seconds * TARGET_HZ) <= 0.01 * seconds * TARGET_HZ
    assert decoder.input_seconds == pytest.approx(seconds, abs=1e-3)
    reference = soxr.resample(signal * 32767, rate_hz, TARGET_HZ)
    lag, correlation = best_alignment(out, reference, max_lag=160)
    assert abs(lag) <= 6, "a skipped or missed pre-skip shows as a lag of ~104 samples"
    assert correlation > 0.75
    aligned_out, aligned_ref = out[max(-lag, 0) :], reference[max(lag, 0) :]
    frames = min(aligned_out.size, aligned_ref.size) // 160
    assert np.corrcoef(envelope(aligned_out, frames), envelope(aligned_ref, frames))[0, 1] > 0.9


@pytest.mark.parametrize("codec", ["libopus", "opus"])
def test_sdk_ogg_opus_at_48k_keeps_exact_sample_count(codec, monkeypatch):
    """Pre-skip trims the start and the end-of-stream granule trims the padding, with
    libopus (packed s16 output) and with FFmpeg's own decoder (planar float output)."""
    monkeypatch.setattr(audio, "_opus_codec_name", lambda: codec)
    signal = speechlike(48000, 1.013)
    stream = sdk_ogg_opus(to_s16(signal), 48000)
    out = as_samples(decode(AudioDecoder(OGG_OPUS, 48000, 48000), stream, random_sizes(9, 1, 4000)))
    assert out.size == signal.size
    lag, correlation = best_alignment(out, signal * 32767, max_lag=480)
    assert abs(lag) <= 18 and correlation > 0.75  # measured: lag 7 at 48 kHz


def test_larger_pre_skip_drops_more_leading_samples():
    signal = speechlike(48000, 1.0)
    pages = split_pages(sdk_ogg_opus(to_s16(signal), 48000))
    normal = as_samples(decode(AudioDecoder(OGG_OPUS, 48000, 48000), b"".join(pages), [500]))
    head = pages[0]
    body = 27 + head[26]
    struct.pack_into("<H", head, body + 10, 312 + 480)
    pages[0] = reseal(head)
    skipped = as_samples(decode(AudioDecoder(OGG_OPUS, 48000, 48000), b"".join(pages), [500]))
    assert skipped.size == normal.size - 480
    assert np.array_equal(skipped, normal[480:])


@pytest.mark.parametrize("layout, gains", [("stereo", (1.0, 0.5)), ("5.1", (1.0, 0.5, 1.0, 0.5, 1.0, 0.5))])
def test_ffmpeg_muxed_multichannel_ogg_opus_downmixes(layout, gains):
    t = np.arange(48000) / 48000
    tone = 0.4 * np.sin(2 * np.pi * 300 * t)
    stream = pyav_ogg_opus(np.outer(gains, tone), layout)
    pages = split_pages(stream)
    assert pages[0][27 + pages[0][26] + 9] == len(gains)
    assert any(page[26] > 1 for page in pages[2:]), "want pages holding several packets"
    decoder = AudioDecoder(OGG_OPUS, 48000, TARGET_HZ)
    out = as_samples(decode(decoder, stream, random_sizes(11, 1, 4000)))
    assert out.size == pytest.approx(TARGET_HZ, rel=0.01)
    assert dominant_hz(out, TARGET_HZ) == pytest.approx(300.0, abs=1.0)
    middle = out[2000:-2000]
    expected_rms = np.mean(gains) * 0.4 * 32768 / np.sqrt(2)
    assert np.sqrt(np.mean(middle**2)) == pytest.approx(expected_rms, rel=0.05)


def test_whole_stream_in_one_chunk_and_empty_final_chunk():
    stream = sdk_ogg_opus(to_s16(speechlike(16000, 0.5)), 16000)
    decoder = AudioDecoder(OGG_OPUS, 16000, TARGET_HZ)
    out = decoder.feed(stream) + decoder.feed(b"") + decoder.finish()
    assert len(out) // 2 == pytest.approx(8000, rel=0.01)


def test_ogg_opus_with_no_audio_at_all():
    decoder = AudioDecoder(OGG_OPUS, 16000, TARGET_HZ)
    assert decoder.feed(b"") == b""
    assert decoder.finish() == b""
    assert decoder.input_seconds == 0.0


def _corrupt(mutate) -> bytes:
    pages = split_pages(sdk_ogg_opus(to_s16(speechlike(16000, 0.5)), 16000))
    mutate(pages)
    return b"".join(pages)


def _flip_capture(pages):
    pages[3][0:4] = b"Oggs"


def _flip_body_byte(pages):
    pages[4][-1] ^= 0x40


def _drop_page(pages):
    del pages[5]


def _second_serial(pages):
    pages[4][14] ^= 1
    reseal(pages[4])


def _missing_head(pages):
    pages[0][27 + pages[0][26] : 27 + pages[0][26] + 8] = b"OpusXXXX"
    reseal(pages[0])


def _missing_tags(pages):
    pages[1][27 + pages[1][26] : 27 + pages[1][26] + 8] = b"OpusXXXX"
    reseal(pages[1])


def _three_channels_family_0(pages):
    pages[0][27 + pages[0][26] + 9] = 3
    reseal(pages[0])


def _not_ogg(pages):
    pages[:] = [bytearray(b"RIFF\x24\x00\x00\x00WAVEfmt " + bytes(100))]


@pytest.mark.parametrize(
    "mutate, reason",
    [
        (_flip_capture, "capture"),
        (_flip_body_byte, "CRC"),
        (_drop_page, "sequence"),
        (_second_serial, "multiplexed"),
        (_missing_head, "OpusHead"),
        (_missing_tags, "OpusTags"),
        (_three_channels_family_0, "channels"),
        (_not_ogg, "capture"),
    ],
)
def test_malformed_ogg_raises_audio_decode_failed(mutate, reason):
    stream = _corrupt(mutate)
    decoder = AudioDecoder(OGG_OPUS, 16000, TARGET_HZ)
    with pytest.raises(errors.AudioDecodeFailed, match=reason) as caught:
        decode(decoder, stream, random_sizes(1, 1, 300))
    assert not caught.value.fatal and caught.value.message.startswith("failed to decode audio")


def test_truncated_ogg_stream_fails_at_finish():
    stream = sdk_ogg_opus(to_s16(speechlike(16000, 0.5)), 16000)
    decoder = AudioDecoder(OGG_OPUS, 16000, TARGET_HZ)
    decoder.feed(stream[:-10])
    with pytest.raises(errors.AudioDecodeFailed, match="truncated"):
        decoder.finish()


def test_data_after_end_of_stream_fails():
    stream = sdk_ogg_opus(to_s16(speechlike(16000, 0.2)), 16000)
    decoder = AudioDecoder(OGG_OPUS, 16000, TARGET_HZ)
    decoder.feed(stream)
    with pytest.raises(errors.AudioDecodeFailed, match="end of stream"):
        decoder.feed(stream[:100])


def test_garbage_opus_packet_fails():
    packets = [
        build_page([19], opus_head(), sequence=0, flags=0x02),
        build_page([16], b"OpusTags" + bytes(8), sequence=1),
        build_page([3], b"\xff\xff\xff", sequence=2, granule=960),
    ]
    decoder = AudioDecoder(OGG_OPUS, 48000, TARGET_HZ)
    with pytest.raises(errors.AudioDecodeFailed, match="Opus packet"):
        decode(decoder, b"".join(packets), [4000])


def test_ogg_buffer_stays_bounded_byte_by_byte():
    stream = sdk_ogg_opus(to_s16(speechlike(16000, 0.3)), 16000)
    decoder = AudioDecoder(OGG_OPUS, 16000, TARGET_HZ)
    reader = decoder._opus._reader
    high_water = 0
    for i in range(len(stream)):
        decoder.feed(stream[i : i + 1])
        high_water = max(high_water, reader.pending_bytes)
    decoder.finish()
    assert 0 < high_water <= audio.OGG_MAX_PAGE_BYTES
