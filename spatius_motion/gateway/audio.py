"""Per-req_id streaming audio decoding to the model's input: mono s16le PCM at the model rate.

One ``AudioDecoder`` serves one req_id. ``feed`` takes the client's audio bytes exactly as
they arrive (any slicing) and returns the decoded, resampled s16le bytes available now;
``finish`` (on the req_id's ``end``) returns the rest: the resampler's tail (about 21 ms at
48 kHz -> 16 kHz with 20 ms chunks) after checking that an Ogg stream did not stop
mid-page. The module does no I/O and keeps no global state.

Formats (the protobuf ``AudioFormat`` values):

- ``PCM_S16LE`` (0): mono signed 16-bit little-endian samples, no header, at one of
  ``SUPPORTED_SAMPLE_RATES_HZ``. A chunk may end mid-sample; the dangling byte waits for the
  next chunk.
- ``OGG_OPUS`` (1): one continuous Ogg stream (RFC 3533) carrying Opus (RFC 7845), sliced
  anywhere. Pages are parsed incrementally with their CRC checked; packets are decoded by
  libopus through PyAV at 48 kHz, downmixed to mono, trimmed by the OpusHead pre-skip at the
  start and by the end-of-stream page's granule position at the end, then resampled.

The Opus decoder is libopus inside PyAV's FFmpeg (FFmpeg's own ``opus`` decoder if a build
lacks it): it ships in the ``av`` wheel with no system library, handles channel mapping
families 0 and 1 and the OpusHead output gain from the header, and decodes a 20 ms packet at
48 kHz in about 45 us, against about 90 us for ``opuslib_next`` over Debian's libopus 1.3.1.
Measured per 100 ms chunk, one core of the 2-core reference machine: PCM 16 kHz pass-through
~2 us, PCM 48 kHz -> 16 kHz ~24 us, 44.1 kHz -> 16 kHz ~27 us, Ogg Opus 48 kHz -> 16 kHz
~320 us (mostly libopus; Ogg parsing with CRC ~24 us); opening an Opus decoder costs ~0.2-0.3 ms.
libopus returns each packet's samples at once, so an Opus stream leaves no decoder tail.

Resampling uses ``soxr.ResampleStream`` at its default ``HQ`` quality; when the input rate
equals the target rate the samples pass through untouched. Malformed input raises
``errors.AudioDecodeFailed`` (the req_id fails, the session lives); a single chunk over
``max_chunk_bytes`` raises ``errors.MessageTooBig``.

Buffers are bounded: PCM keeps at most one byte between chunks; Ogg keeps at most one
incomplete page (at most ``OGG_MAX_PAGE_BYTES``) plus one incomplete packet (at most
``OGG_MAX_PACKET_BYTES``) between chunks.

Size (over ~400 lines): one role, turning a req_id's client audio into model-rate PCM; the Ogg
page reader, the Opus decoder and the resampler share its bounds and error mapping.
"""

from __future__ import annotations

import struct
import zlib
from typing import Final, NamedTuple

import av
import numpy as np
import soxr

from spatius_motion import errors
from spatius_motion.settings import SUPPORTED_SAMPLE_RATES_HZ

PCM_S16LE: Final = 0
OGG_OPUS: Final = 1
AUDIO_FORMATS: Final = (PCM_S16LE, OGG_OPUS)

OPUS_RATE_HZ: Final = 48000
"""Rate of every Opus decode and of every Ogg Opus granule position and pre-skip."""
DEFAULT_MAX_CHUNK_BYTES: Final = 1 << 20
RESAMPLER_QUALITY: Final = "HQ"

OGG_HEADER_BYTES: Final = 27
OGG_MAX_PAGE_BYTES: Final = OGG_HEADER_BYTES + 255 + 255 * 255
"""Largest Ogg page: 27-byte header, 255 lacing values, 255 segments of 255 bytes (65,307 bytes)."""
OGG_MAX_PACKET_BYTES: Final = 1 << 17
"""Largest packet accepted (bytes); an Opus packet is at most 120 ms x 1275-byte frames (~61 kB)."""

_OGG_CAPTURE: Final = b"OggS"
_FLAG_CONTINUED: Final = 0x01
_FLAG_BOS: Final = 0x02
_FLAG_EOS: Final = 0x04
_OGG_HEADER = struct.Struct("<4sBBqIIIB")
_BIT_REVERSED: Final = bytes(int(f"{i:08b}"[::-1], 2) for i in range(256))


def ogg_crc32(data: bytes | bytearray | memoryview) -> int:
    """Ogg's page CRC (polynomial 0x04C11DB7, MSB first, initial value 0, no final xor).

    zlib computes the bit-reflected CRC-32 of the same polynomial in C; reflecting each
    input byte and then the 32-bit result turns it into Ogg's variant, with the register
    starting at 0 (zlib's ``value`` 0xFFFFFFFF cancels its pre-inversion) and no final xor.
    """
    reflected = zlib.crc32(bytes(data).translate(_BIT_REVERSED), 0xFFFFFFFF) ^ 0xFFFFFFFF
    return int.from_bytes(reflected.to_bytes(4, "little").translate(_BIT_REVERSED), "big")


class OggPage(NamedTuple):
    """The packets that complete on one page, with that page's granule position and flags."""

    packets: list[bytes]
    granule_position: int
    """Sample position (48 kHz for Opus) at the end of the last packet completed here; -1 if none."""
    end_of_stream: bool


class OggPageReader:
    """Incremental Ogg demuxer for one logical stream: bytes in any slicing, pages out.

    Checks the capture pattern, version, flags, CRC, serial number and page sequence;
    reassembles packets that span pages. Any violation raises ``AudioDecodeFailed``.
    """

    def __init__(self, max_packet_bytes: int = OGG_MAX_PACKET_BYTES) -> None:
        self._buffer = bytearray()
        self._partial = bytearray()
        self._has_partial = False
        self._serial: int | None = None
        self._next_sequence = 0
        self._ended = False
        self._max_packet_bytes = max_packet_bytes

    @property
    def pending_bytes(self) -> int:
        """Bytes held between calls: the incomplete page and the incomplete packet."""
        return len(self._buffer) + len(self._partial)

    @property
    def ended(self) -> bool:
        """True once the end-of-stream page has been read."""
        return self._ended

    def feed(self, data: bytes) -> list[OggPage]:
        """Add bytes; return every page completed by them, in stream order."""
        buffer = self._buffer
        buffer += data
        pages: list[OggPage] = []
        offset = 0
        while len(buffer) - offset >= OGG_HEADER_BYTES:
            page_length = self._page_length(buffer, offset)
            if page_length is None:
                break
            pages.append(self._read_page(memoryview(buffer)[offset : offset + page_length]))
            offset += page_length
        if offset:
            del buffer[:offset]
        return pages

    def close(self) -> None:
        """Check the stream did not stop mid-page or mid-packet."""
        if self._buffer:
            raise errors.AudioDecodeFailed("truncated Ogg page")
        if self._has_partial:
            raise errors.AudioDecodeFailed("truncated Ogg packet")

    def _page_length(self, buffer: bytearray, offset: int) -> int | None:
        """The whole page's length once its header and lacing table are in; None before."""
        if buffer[offset : offset + 4] != _OGG_CAPTURE:
            raise errors.AudioDecodeFailed("bad Ogg capture pattern")
        if self._ended:
            raise errors.AudioDecodeFailed("data after Ogg end of stream")
        segments = buffer[offset + OGG_HEADER_BYTES - 1]
        header_length = OGG_HEADER_BYTES + segments
        if len(buffer) - offset < header_length:
            return None
        body_length = sum(buffer[offset + OGG_HEADER_BYTES : offset + header_length])
        if len(buffer) - offset < header_length + body_length:
            return None
        return header_length + body_length

    def _read_page(self, page: memoryview) -> OggPage:
        _, version, flags, granule, serial, sequence, crc, segments = _OGG_HEADER.unpack_from(page)
        if version != 0:
            raise errors.AudioDecodeFailed("unsupported Ogg version")
        if flags & ~(_FLAG_CONTINUED | _FLAG_BOS | _FLAG_EOS):
            raise errors.AudioDecodeFailed("bad Ogg header flags")
        computed = ogg_crc32(bytes(page[:22]) + b"\0\0\0\0" + bytes(page[26:]))
        if computed != crc:
            raise errors.AudioDecodeFailed("bad Ogg page CRC")
        first = self._serial is None
        if bool(flags & _FLAG_BOS) != first:
            raise errors.AudioDecodeFailed("misplaced Ogg beginning-of-stream page")
        if first:
            self._serial = serial
        elif serial != self._serial:
            raise errors.AudioDecodeFailed("multiplexed Ogg streams are not supported")
        if sequence != self._next_sequence and not first:
            raise errors.AudioDecodeFailed("Ogg page sequence gap")
        self._next_sequence = (sequence + 1) & 0xFFFFFFFF
        if bool(flags & _FLAG_CONTINUED) != self._has_partial:
            raise errors.AudioDecodeFailed("Ogg packet continuation mismatch")

        packets: list[bytes] = []
        position = OGG_HEADER_BYTES + segments
        lacing = page[OGG_HEADER_BYTES:position]
        for size in lacing:
            if len(self._partial) + size > self._max_packet_bytes:
                raise errors.AudioDecodeFailed("Ogg packet too large")
            self._partial += page[position : position + size]
            position += size
            if size < 255:
                packets.append(bytes(self._partial))
                self._partial.clear()
        self._has_partial = bool(segments) and lacing[-1] == 255
        if flags & _FLAG_EOS:
            if self._has_partial:
                raise errors.AudioDecodeFailed("Ogg stream ends inside a packet")
            self._ended = True
        return OggPage(packets, granule, bool(flags & _FLAG_EOS))


class _Resampler:
    """Streaming mono int16 rate conversion; a pass-through when the rates are equal."""

    def __init__(self, input_rate_hz: int, output_rate_hz: int) -> None:
        self._stream = (
            None
            if input_rate_hz == output_rate_hz
            else soxr.ResampleStream(input_rate_hz, output_rate_hz, 1, dtype="int16", quality=RESAMPLER_QUALITY)
        )

    def process(self, samples: np.ndarray) -> bytes:
        if self._stream is None:
            return samples.tobytes()
        if not samples.size:
            return b""
        return self._stream.resample_chunk(samples).tobytes()

    def flush(self) -> bytes:
        if self._stream is None:
            return b""
        return self._stream.resample_chunk(np.zeros(0, dtype=np.int16), last=True).tobytes()


def _opus_codec_name() -> str:
    """libopus (the reference decoder) when PyAV's FFmpeg has it, else FFmpeg's own decoder."""
    return "libopus" if "libopus" in av.codecs_available else "opus"


class _OpusHead(NamedTuple):
    channels: int
    pre_skip: int
    extradata: bytes
    """The ID header with its pre-skip zeroed: the decoder applies gain and channel mapping,
    this module applies the pre-skip, so the result does not depend on FFmpeg's version."""


def _parse_opus_head(packet: bytes) -> _OpusHead:
    if len(packet) < 19 or packet[:8] != b"OpusHead":
        raise errors.AudioDecodeFailed("missing OpusHead")
    version, channels, pre_skip = packet[8], packet[9], struct.unpack_from("<H", packet, 10)[0]
    family = packet[18]
    if version >> 4:
        raise errors.AudioDecodeFailed("unsupported OpusHead version")
    if channels == 0:
        raise errors.AudioDecodeFailed("OpusHead has no channels")
    if family == 0 and channels > 2:
        raise errors.AudioDecodeFailed("OpusHead mapping family 0 allows 1 or 2 channels")
    if family != 0 and len(packet) < 21 + channels:
        raise errors.AudioDecodeFailed("truncated OpusHead channel mapping")
    extradata = packet[:10] + b"\0\0" + packet[12:]
    return _OpusHead(channels, pre_skip, extradata)


def _frame_to_mono_int16(frame: av.AudioFrame, channels: int) -> np.ndarray:
    """One decoded frame as mono int16: channels averaged, float formats scaled and clipped.

    libopus yields packed s16, read straight from the frame's buffer (a view that keeps the
    frame alive); other layouts go through ``to_ndarray``.
    """
    if frame.format.name == "s16":
        packed = np.frombuffer(memoryview(frame.planes[0]), dtype=np.int16, count=frame.samples * channels)
        if channels == 1:
            return packed
        interleaved = packed.reshape(-1, channels).T
        return np.rint(interleaved.mean(axis=0)).astype(np.int16)
    array = frame.to_ndarray()
    if not frame.format.is_planar:
        array = array.reshape(-1, channels).T
    if array.shape[0] == 1 and array.dtype == np.int16:
        return array[0]
    mono = array.mean(axis=0, dtype=np.float64) if array.shape[0] > 1 else array[0]
    if array.dtype.kind == "f":
        mono = mono * 32768.0
    return np.clip(np.rint(mono), -32768, 32767).astype(np.int16)


class _OggOpusSource:
    """Ogg Opus bytes -> mono int16 at 48 kHz, trimmed by pre-skip and end granule."""

    def __init__(self) -> None:
        self._reader = OggPageReader()
        self._head: _OpusHead | None = None
        self._tags_seen = False
        self._codec: av.CodecContext | None = None
        self._position = 0
        """Samples decoded so far, pre-skip included (the granule position's scale)."""

    def feed(self, data: bytes) -> np.ndarray:
        pieces: list[np.ndarray] = []
        for page in self._reader.feed(data):
            self._page(page, pieces)
        if not pieces:
            return np.zeros(0, dtype=np.int16)
        return pieces[0] if len(pieces) == 1 else np.concatenate(pieces)

    def finish(self) -> None:
        self._reader.close()

    def _page(self, page: OggPage, pieces: list[np.ndarray]) -> None:
        page_start = self._position
        page_pieces: list[np.ndarray] = []
        for packet in page.packets:
            if self._head is None:
                self._head = _parse_opus_head(packet)
                self._codec = self._open_codec(self._head)
            elif not self._tags_seen:
                if packet[:8] != b"OpusTags":
                    raise errors.AudioDecodeFailed("missing OpusTags")
                self._tags_seen = True
            elif packet:
                page_pieces.extend(self._decode(packet))
        if not page_pieces:
            return
        samples = page_pieces[0] if len(page_pieces) == 1 else np.concatenate(page_pieces)
        self._position += samples.size
        assert self._head is not None
        low = max(self._head.pre_skip - page_start, 0)
        high = samples.size
        if page.end_of_stream and page.granule_position >= 0:
            high = min(max(page.granule_position - page_start, 0), high)
        if low < high:
            pieces.append(samples[low:high])

    def _open_codec(self, head: _OpusHead) -> av.CodecContext:
        try:
            codec = av.CodecContext.create(_opus_codec_name(), "r")
            codec.extradata = head.extradata
            codec.open()
        except av.FFmpegError as exc:
            raise errors.AudioDecodeFailed("unsupported Opus channel mapping") from exc
        return codec

    def _decode(self, packet: bytes) -> list[np.ndarray]:
        assert self._codec is not None and self._head is not None
        try:
            frames = self._codec.decode(av.Packet(packet))  # type: ignore[attr-defined]  # an AudioCodecContext
        except av.FFmpegError as exc:
            raise errors.AudioDecodeFailed("bad Opus packet") from exc
        return [_frame_to_mono_int16(frame, self._head.channels) for frame in frames]


class AudioDecoder:
    """Streaming decoder of one req_id's audio to mono s16le PCM at ``target_rate_hz``.

    ``audio_format`` is the protobuf ``AudioFormat`` (0 PCM_S16LE, 1 OGG_OPUS).
    ``sample_rate_hz`` is the client's configured rate: the PCM input rate (one of
    ``SUPPORTED_SAMPLE_RATES_HZ``); for Ogg Opus it is informational, since Opus always
    decodes at 48 kHz. ``max_chunk_bytes`` bounds one ``feed``. Single use: ``finish``
    ends it, dropping a PCM stream's final odd byte, which holds no whole sample. After an
    error the decoder's state is undefined; the caller drops the req_id.
    """

    def __init__(
        self,
        audio_format: int,
        sample_rate_hz: int,
        target_rate_hz: int,
        max_chunk_bytes: int = DEFAULT_MAX_CHUNK_BYTES,
    ) -> None:
        if audio_format not in AUDIO_FORMATS:
            raise errors.UnsupportedFormat()
        if audio_format == PCM_S16LE and sample_rate_hz not in SUPPORTED_SAMPLE_RATES_HZ:
            raise errors.UnsupportedSampleRate()
        if sample_rate_hz <= 0 or target_rate_hz <= 0:
            raise errors.UnsupportedSampleRate()
        self._max_chunk_bytes = max_chunk_bytes
        self._opus = _OggOpusSource() if audio_format == OGG_OPUS else None
        self._input_rate_hz = OPUS_RATE_HZ if self._opus is not None else sample_rate_hz
        self._resampler = _Resampler(self._input_rate_hz, target_rate_hz)
        self._odd_byte = b""
        self._input_samples = 0
        self._finished = False

    @property
    def input_seconds(self) -> float:
        """Audio decoded so far, in seconds: input samples over the input rate (48 kHz for
        Opus, counted after the pre-skip and end trimming), for credit accounting."""
        return self._input_samples / self._input_rate_hz

    def feed(self, data: bytes) -> bytes:
        """Decode one chunk; return the s16le bytes at the target rate available now (maybe b"")."""
        if self._finished:
            raise RuntimeError("AudioDecoder.feed after finish")
        if len(data) > self._max_chunk_bytes:
            raise errors.MessageTooBig()
        if self._opus is not None:
            samples = self._opus.feed(data)
        else:
            samples = self._pcm(data)
        self._input_samples += samples.size
        return self._resampler.process(samples)

    def finish(self) -> bytes:
        """Flush the resampler's tail; the decoder takes no more input afterwards."""
        if self._finished:
            raise RuntimeError("AudioDecoder.finish called twice")
        self._finished = True
        if self._opus is not None:
            self._opus.finish()
        return self._resampler.flush()

    def _pcm(self, data: bytes) -> np.ndarray:
        """Whole samples of ``data`` after any byte left over from the previous chunk."""
        if self._odd_byte:
            data = self._odd_byte + data
        usable = len(data) & ~1
        self._odd_byte = data[usable:]
        return np.frombuffer(data, dtype="<i2", count=usable // 2)
