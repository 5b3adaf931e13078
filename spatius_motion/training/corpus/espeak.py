"""espeak-ng adapter: synthesis through libespeak-ng's C API with phoneme events.

The command line prints phonemes without timing, so the adapter loads ``libespeak-ng.so.1``
with ctypes, synthesizes synchronously and collects ``espeakEVENT_PHONEME`` events from the
synth callback. Each event's ``sample`` field is the phoneme's first output sample (22050 Hz);
a phoneme ends where the next event begins. The library keeps global state, so one process
uses one synthesizer (``_Engine.instance``).
"""

from __future__ import annotations

import ctypes
import ctypes.util

import numpy as np

from spatius_motion.training.corpus.phones import ESPEAK_CONTINUATIONS, to_arpabet
from spatius_motion.training.corpus.utterance import Utterance, Voice, resample_to_corpus_rate, tidy_phones

ENGINE = "espeak"
LIBRARY = "libespeak-ng.so.1"

_AUDIO_OUTPUT_SYNCHRONOUS = 2
_INITIALIZE_PHONEME_EVENTS = 0x0001
_POS_CHARACTER = 1
_CHARS_AUTO = 0
_ENDPAUSE = 0x1000
_EVENT_LIST_TERMINATED = 0
_EVENT_PHONEME = 7
_PARAM_RATE = 1
_PARAM_PITCH = 3
_DEFAULT_RATE_WPM = 175
_DEFAULT_PITCH = 50

VOICES: tuple[str, ...] = (
    "en-us",
    "en-us+f2",
    "en-us+m3",
    "en-us+f4",
    "en",
    "en+f3",
    "en-gb-scotland",
    "en-gb-x-rp+m7",
    "en-029+f1",
    "en-us-nyc+m1",
    "en-gb-x-gbclan",
    "en-gb-x-gbcwmd+f5",
)
"""espeak-ng English voices and variants used for training (language+variant names)."""


class _EventId(ctypes.Union):
    _fields_ = [("number", ctypes.c_int), ("name", ctypes.c_char_p), ("string", ctypes.c_char * 8)]


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int),
        ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int),
        ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p),
        ("id", _EventId),
    ]


_Callback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))


def available() -> bool:
    """True when libespeak-ng can be loaded."""
    try:
        ctypes.CDLL(LIBRARY)
    except OSError:
        return False
    return True


class _Engine:
    """The process's one espeak-ng synthesizer (the C library is a singleton)."""

    _instance: "_Engine | None" = None

    def __init__(self) -> None:
        self.lib = ctypes.CDLL(LIBRARY)
        self.lib.espeak_Synth.argtypes = [
            ctypes.c_char_p,
            ctypes.c_size_t,
            ctypes.c_uint,
            ctypes.c_int,
            ctypes.c_uint,
            ctypes.c_uint,
            ctypes.c_void_p,
            ctypes.c_void_p,
        ]
        self.lib.espeak_SetVoiceByName.argtypes = [ctypes.c_char_p]
        self.rate_hz = self.lib.espeak_Initialize(_AUDIO_OUTPUT_SYNCHRONOUS, 0, None, _INITIALIZE_PHONEME_EVENTS)
        if self.rate_hz <= 0:
            raise RuntimeError("espeak_Initialize failed (espeak-ng-data missing?)")
        self._chunks: list[np.ndarray] = []
        self._events: list[tuple[int, str]] = []
        self._callback = _Callback(self._on_synth)
        self.lib.espeak_SetSynthCallback(self._callback)

    @classmethod
    def instance(cls) -> "_Engine":
        if cls._instance is None:
            cls._instance = _Engine()
        return cls._instance

    def _on_synth(self, wav, n_samples, events) -> int:
        i = 0
        while events[i].type != _EVENT_LIST_TERMINATED:
            event = events[i]
            if event.type == _EVENT_PHONEME:
                name = bytes(event.id.string).split(b"\0", 1)[0].decode("ascii", "replace")
                self._events.append((int(event.sample), name))
            i += 1
        if n_samples > 0 and wav:
            self._chunks.append(np.ctypeslib.as_array(wav, (n_samples,)).copy())
        return 0

    def synthesize(self, text: str, name: str, rate: float, pitch: float) -> tuple[np.ndarray, list[tuple[int, str]]]:
        """PCM int16 at ``self.rate_hz`` and (start_sample, mnemonic) phoneme events."""
        if self.lib.espeak_SetVoiceByName(name.encode()) != 0:
            raise ValueError(f"espeak-ng has no voice {name!r}")
        self.lib.espeak_SetParameter(_PARAM_RATE, int(round(_DEFAULT_RATE_WPM * rate)), 0)
        self.lib.espeak_SetParameter(_PARAM_PITCH, int(np.clip(round(_DEFAULT_PITCH * pitch), 0, 99)), 0)
        self._chunks, self._events = [], []
        data = text.encode("utf-8") + b"\0"
        status = self.lib.espeak_Synth(data, len(data), 0, _POS_CHARACTER, 0, _CHARS_AUTO | _ENDPAUSE, None, None)
        if status != 0:
            raise RuntimeError(f"espeak_Synth returned {status}")
        self.lib.espeak_Synchronize()
        pcm = np.concatenate(self._chunks) if self._chunks else np.zeros(0, np.int16)
        return pcm, list(self._events)


def raw_phones(text: str, voice: Voice) -> list[str]:
    """The espeak mnemonics one synthesis emits (for mapping-table checks)."""
    _, events = _Engine.instance().synthesize(text, voice.name, voice.rate, voice.pitch)
    return [name for _, name in events]


def synthesize(texts: list[str], voice: Voice) -> list[Utterance]:
    """One Utterance per text, spoken by an espeak-ng voice at the voice's rate and pitch."""
    engine = _Engine.instance()
    out = []
    for text in texts:
        pcm, events = engine.synthesize(text, voice.name, voice.rate, voice.pitch)
        events = [e for e in events if e[1] not in ESPEAK_CONTINUATIONS]
        n = len(pcm)
        phones = []
        for k, (start, name) in enumerate(events):
            end = events[k + 1][0] if k + 1 < len(events) else n
            phones.append((to_arpabet(ENGINE, name), start / engine.rate_hz, end / engine.rate_hz))
        audio = resample_to_corpus_rate(pcm.astype(np.float32) / 32768.0, engine.rate_hz)
        out.append(
            Utterance(
                audio=audio,
                phones=tidy_phones(phones, len(audio) / 16000.0),
                voice=voice.speaker,
                engine=ENGINE,
                text=text,
                style=voice.style,
            )
        )
    return out
