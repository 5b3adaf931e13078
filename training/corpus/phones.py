"""The corpus's common phone set (ARPAbet without stress, plus SIL) and each engine's map into it.

Every adapter emits phones through ``to_arpabet(engine, phone)`` so that labels, the model and
the evaluation aligner (pocketsphinx, which also speaks ARPAbet) share one vocabulary.
"""

from __future__ import annotations

import re

ARPABET: tuple[str, ...] = (
    "SIL",
    "AA", "AE", "AH", "AO", "AW", "AY", "EH", "ER", "EY", "IH", "IY", "OW", "OY", "UH", "UW",
    "B", "CH", "D", "DH", "F", "G", "HH", "JH", "K", "L", "M", "N", "NG", "P", "R", "S", "SH",
    "T", "TH", "V", "W", "Y", "Z", "ZH",
)
"""39 ARPAbet phones without stress, and SIL for pauses and silence."""

ARPABET_SET = frozenset(ARPABET)

SILENCES = frozenset({
    "sil", "SIL", "pau", "PAU", "h#", "H#", "sp", "SP", "brth", "<sil>", "<s>", "</s>",
    "+NSN+", "+SPN+", "+BREATH+", "+COUGH+", "+LAUGH+", "+NOISE+", "+SMACK+", "+UH+", "+UM+",
})
"""Names of silence, pause and filler units across engines and pocketsphinx; all map to SIL."""

FESTVOX: dict[str, str] = {
    **{p.lower(): p for p in ARPABET if p != "SIL"},
    "ax": "AH", "axr": "ER", "ix": "IH", "ux": "UW", "el": "L", "em": "M", "en": "N", "nx": "N",
    "dx": "D", "hv": "HH", "q": "T",
}
"""flite and festival (radio / CMU phone sets): lower-case ARPAbet plus reduced forms."""

ESPEAK: dict[str, str] = {
    # consonants
    "p": "P", "b": "B", "t": "T", "d": "D", "k": "K", "g": "G", "f": "F", "v": "V",
    "T": "TH", "D": "DH", "s": "S", "z": "Z", "S": "SH", "Z": "ZH", "h": "HH", "x": "HH",
    "C": "HH", "m": "M", "n": "N", "N": "NG", "l": "L", "r": "R", "w": "W", "j": "Y",
    "tS": "CH", "dZ": "JH", "?": "T", "*": "D", "t#": "T", "d#": "D", "hw": "W", "l/": "L",
    "r-": "R", "n-": "N", "m-": "M", "l-": "L", "@L": "L", "z/": "Z", "s/": "S", "t2": "T",
    "d2": "D", "r/": "R", "w#": "W", "j#": "Y",
    # vowels
    "a": "AE", "aa": "AE", "a#": "AH", "a2": "AH", "A:": "AA", "A@": "AA", "A": "AA", "A#": "AA",
    "aI": "AY", "aI@": "AY", "aI3": "AY", "aU": "AW", "aU@": "AW",
    "@": "AH", "@-": "AH", "@2": "AH", "@5": "AH", "@#": "AH", "V": "AH", "V#": "AH",
    "3": "ER", "3:": "ER", "@r": "ER", "3r": "ER", "VR": "ER", "IR": "ER", "VR:": "ER", "UR": "ER",
    "e": "EH", "E": "EH", "e@": "EH", "E2": "EH", "E#": "EH", "eI": "EY",
    "i": "IY", "i:": "IY", "i@": "IY", "i@3": "IY", "I": "IH", "I#": "IH", "I2": "IH", "I@": "IH",
    "0": "AA", "0#": "AA", "o@": "AO", "O": "AO", "O:": "AO", "O@": "AO", "o": "OW", "OI": "OY",
    "oU": "OW", "oU#": "OW", "@U": "OW", "O#": "AO",
    "u": "UW", "u:": "UW", "U": "UH", "U@": "UH", "u@": "UW", "U#": "UH",
    # pauses
    "_": "SIL", "_:": "SIL", "_!": "SIL", "_^_": "SIL", "_|": "SIL", "||": "SIL", "|": "SIL",
}
"""espeak-ng English phoneme mnemonics (phsource/ph_english*, as reported by phoneme events)."""

ESPEAK_CONTINUATIONS = frozenset({";"})
"""espeak events that only modify the phone before them (palatalisation); they extend it."""

_ESPEAK_MODIFIERS = re.compile(r"[#:;/\-2-9!'\[\]<>]+$")


class UnknownPhone(KeyError):
    """A phone an engine emitted that no table maps; the table needs a new row."""


def to_arpabet(engine: str, phone: str) -> str:
    """Map one engine phone to the common set; raises ``UnknownPhone`` when no row fits.

    ``engine`` is ``espeak``, ``flite``, ``festival`` or ``arpabet`` (pocketsphinx, CMUdict:
    upper-case, optional stress digit).
    """
    if phone in SILENCES:
        return "SIL"
    if engine == "espeak":
        if phone in ESPEAK:
            return ESPEAK[phone]
        stripped = _ESPEAK_MODIFIERS.sub("", phone)
        if stripped in ESPEAK:
            return ESPEAK[stripped]
    elif engine in ("flite", "festival"):
        if phone in FESTVOX:
            return FESTVOX[phone]
    elif engine == "arpabet":
        bare = phone.rstrip("012").upper()
        if bare in ARPABET_SET:
            return bare
        if bare.lower() in FESTVOX:
            return FESTVOX[bare.lower()]
    raise UnknownPhone(f"{engine} phone {phone!r} has no ARPAbet mapping")
