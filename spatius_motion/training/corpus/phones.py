"""The corpus's common phone set (ARPAbet without stress, plus SIL) and each phone set's map into it.

Every adapter emits phones through ``to_arpabet(phoneset, phone)`` so that labels, the model and
the evaluation aligner (pocketsphinx, which also speaks ARPAbet) share one vocabulary. A phone
set is named by its engine (``espeak``, ``flite``, ``festival``, ``arpabet``) or, for festival's
voices of other languages, by its language (``italian``, ``finnish``, ``czech``, ``catalan``).

Other-language phones map to the English phone that shapes the mouth the same way, since labels
only need the viseme: monophthongs to monophthongs (close e/o to EH/AO, never the diphthongs EY
and OW, which labels split in two), alveolar taps and trills to D (like the English flap ``dx``),
the glottal stop to T (like ``q``), palatal nasals and laterals to N and L, the labiodental nasal
to F (lower lip on upper teeth), length and stress marks dropped.

Size (over ~400 lines): mostly the phone tables of each engine and language; the code is small.
"""

from __future__ import annotations

import re

ARPABET: tuple[str, ...] = (
    "SIL",
    "AA",
    "AE",
    "AH",
    "AO",
    "AW",
    "AY",
    "EH",
    "ER",
    "EY",
    "IH",
    "IY",
    "OW",
    "OY",
    "UH",
    "UW",
    "B",
    "CH",
    "D",
    "DH",
    "F",
    "G",
    "HH",
    "JH",
    "K",
    "L",
    "M",
    "N",
    "NG",
    "P",
    "R",
    "S",
    "SH",
    "T",
    "TH",
    "V",
    "W",
    "Y",
    "Z",
    "ZH",
)
"""39 ARPAbet phones without stress, and SIL for pauses and silence."""

ARPABET_SET = frozenset(ARPABET)

SILENCES = frozenset(
    {
        "sil",
        "SIL",
        "pau",
        "PAU",
        "h#",
        "H#",
        "#",
        "##",
        "sp",
        "SP",
        "brth",
        "<sil>",
        "<s>",
        "</s>",
        "+NSN+",
        "+SPN+",
        "+BREATH+",
        "+COUGH+",
        "+LAUGH+",
        "+NOISE+",
        "+SMACK+",
        "+UH+",
        "+UM+",
    }
)
"""Names of silence, pause and filler units across engines and pocketsphinx; all map to SIL."""

FESTVOX: dict[str, str] = {
    **{p.lower(): p for p in ARPABET if p != "SIL"},
    "ax": "AH",
    "axr": "ER",
    "ix": "IH",
    "ux": "UW",
    "el": "L",
    "em": "M",
    "en": "N",
    "nx": "N",
    "dx": "D",
    "hv": "HH",
    "q": "T",
}
"""flite and festival (radio / CMU phone sets): lower-case ARPAbet plus reduced forms."""

ITALIAN: dict[str, str] = {
    "i": "IY",
    "e": "EH",
    "E": "EH",
    "a": "AA",
    "o": "AO",
    "O": "AO",
    "u": "UW",
    "j": "Y",
    "w": "W",
    "p": "P",
    "t": "T",
    "k": "K",
    "b": "B",
    "d": "D",
    "g": "G",
    "f": "F",
    "s": "S",
    "S": "SH",
    "v": "V",
    "z": "Z",
    "Z": "ZH",
    "ts": "S",
    "tS": "CH",
    "dz": "Z",
    "dZ": "JH",
    "m": "M",
    "n": "N",
    "J": "N",
    "ng": "NG",
    "nf": "F",
    "l": "L",
    "L": "L",
    "r": "D",
}
"""festival's Italian phone set (voices lp_diphone, pc_diphone; stress digit ``1`` dropped)."""

FINNISH: dict[str, str] = {
    "a": "AA",
    "e": "EH",
    "i": "IY",
    "o": "AO",
    "u": "UW",
    "y": "UW",
    "@": "AE",
    "7": "AO",
    "&": "AH",
    "p": "P",
    "t": "T",
    "k": "K",
    "b": "B",
    "d": "D",
    "g": "G",
    "f": "F",
    "T": "TH",
    "D": "DH",
    "s": "S",
    "z": "Z",
    "S": "SH",
    "Z": "ZH",
    "h": "HH",
    "v": "V",
    "m": "M",
    "n": "N",
    "N": "NG",
    "l": "L",
    "L": "L",
    "r": "D",
    "j": "Y",
    "w": "W",
}
"""festival's Finnish (suopuhe) phone set (voices suo_fi_lj_diphone, hy_fi_mv_diphone; ``:``
marks length). ``y`` is rounded like u, ``@`` (ä) open like ae, ``7`` (ö) rounded like o."""

CZECH: dict[str, str] = {
    "a": "AA",
    "e": "EH",
    "i": "IY",
    "o": "AO",
    "u": "UW",
    "b": "B",
    "c": "S",
    "c~": "CH",
    "ch": "HH",
    "d": "D",
    "d~": "D",
    "dz": "Z",
    "dz~": "JH",
    "f": "F",
    "g": "G",
    "h": "HH",
    "j": "Y",
    "k": "K",
    "l": "L",
    "m": "M",
    "n": "N",
    "n*": "NG",
    "n~": "N",
    "p": "P",
    "r": "D",
    "r~": "D",
    "r~*": "D",
    "s": "S",
    "s~": "SH",
    "t": "T",
    "t~": "T",
    "v": "V",
    "z": "Z",
    "z~": "ZH",
    "_": "T",
}
"""festival's Czech phone set (voices czech_dita, czech_machac; ``:`` marks length). ``_`` is
the glottal stop before vowel-initial words, ``r~`` the fricative trill of ř (a trill: D)."""

CATALAN: dict[str, str] = {
    "ax": "AH",
    "a": "AA",
    "e": "EH",
    "E": "EH",
    "i": "IY",
    "o": "AO",
    "O": "AO",
    "u": "UW",
    "b": "B",
    "d": "D",
    "f": "F",
    "g": "G",
    "j": "Y",
    "J": "N",
    "k": "K",
    "l": "L",
    "L": "L",
    "m": "M",
    "n": "N",
    "p": "P",
    "r": "D",
    "rr": "D",
    "s": "S",
    "S": "SH",
    "t": "T",
    "w": "W",
    "z": "Z",
    "Z": "ZH",
    "_": "SIL",
}
"""festival's Catalan phone set (voice upc_ca_ona_hts; stress digit ``1`` dropped)."""

LANGUAGES: dict[str, dict[str, str]] = {
    "italian": ITALIAN,
    "finnish": FINNISH,
    "czech": CZECH,
    "catalan": CATALAN,
}
"""Other-language phone sets by name; their phones carry stress (``1``) or length (``:``)."""

ESPEAK: dict[str, str] = {
    # consonants
    "p": "P",
    "b": "B",
    "t": "T",
    "d": "D",
    "k": "K",
    "g": "G",
    "f": "F",
    "v": "V",
    "T": "TH",
    "D": "DH",
    "s": "S",
    "z": "Z",
    "S": "SH",
    "Z": "ZH",
    "h": "HH",
    "x": "HH",
    "C": "HH",
    "m": "M",
    "n": "N",
    "N": "NG",
    "l": "L",
    "r": "R",
    "w": "W",
    "j": "Y",
    "tS": "CH",
    "dZ": "JH",
    "?": "T",
    "*": "D",
    "t#": "T",
    "d#": "D",
    "hw": "W",
    "l/": "L",
    "r-": "R",
    "n-": "N",
    "m-": "M",
    "l-": "L",
    "@L": "L",
    "z/": "Z",
    "s/": "S",
    "t2": "T",
    "d2": "D",
    "r/": "R",
    "w#": "W",
    "j#": "Y",
    # vowels
    "a": "AE",
    "aa": "AE",
    "a#": "AH",
    "a2": "AH",
    "A:": "AA",
    "A@": "AA",
    "A": "AA",
    "A#": "AA",
    "aI": "AY",
    "aI@": "AY",
    "aI3": "AY",
    "aU": "AW",
    "aU@": "AW",
    "@": "AH",
    "@-": "AH",
    "@2": "AH",
    "@5": "AH",
    "@#": "AH",
    "V": "AH",
    "V#": "AH",
    "3": "ER",
    "3:": "ER",
    "@r": "ER",
    "3r": "ER",
    "VR": "ER",
    "IR": "ER",
    "VR:": "ER",
    "UR": "ER",
    "e": "EH",
    "E": "EH",
    "e@": "EH",
    "E2": "EH",
    "E#": "EH",
    "eI": "EY",
    "i": "IY",
    "i:": "IY",
    "i@": "IY",
    "i@3": "IY",
    "I": "IH",
    "I#": "IH",
    "I2": "IH",
    "I@": "IH",
    "0": "AA",
    "0#": "AA",
    "o@": "AO",
    "O": "AO",
    "O:": "AO",
    "O@": "AO",
    "o": "OW",
    "OI": "OY",
    "oU": "OW",
    "oU#": "OW",
    "@U": "OW",
    "O#": "AO",
    "u": "UW",
    "u:": "UW",
    "U": "UH",
    "U@": "UH",
    "u@": "UW",
    "U#": "UH",
    # pauses
    "_": "SIL",
    "_:": "SIL",
    "_!": "SIL",
    "_^_": "SIL",
    "_|": "SIL",
    "||": "SIL",
    "|": "SIL",
}
"""espeak-ng English phoneme mnemonics (phsource/ph_english*, as reported by phoneme events)."""

ESPEAK_CONTINUATIONS = frozenset({";"})
"""espeak events that only modify the phone before them (palatalisation); they extend it."""

_ESPEAK_MODIFIERS = re.compile(r"[#:;/\-2-9!'\[\]<>]+$")


class UnknownPhone(KeyError):
    """A phone an engine emitted that no table maps; the table needs a new row."""


def to_arpabet(phoneset: str, phone: str) -> str:
    """Map one phone to the common set; raises ``UnknownPhone`` when no row fits.

    ``phoneset`` is ``espeak``, ``flite``, ``festival``, ``arpabet`` (pocketsphinx, CMUdict:
    upper-case, optional stress digit) or a key of ``LANGUAGES``.
    """
    if phone in SILENCES:
        return "SIL"
    if phoneset in LANGUAGES:
        table = LANGUAGES[phoneset]
        bare = phone.rstrip("1:")
        if bare in table:
            return table[bare]
    elif phoneset == "espeak":
        if phone in ESPEAK:
            return ESPEAK[phone]
        stripped = _ESPEAK_MODIFIERS.sub("", phone)
        if stripped in ESPEAK:
            return ESPEAK[stripped]
    elif phoneset in ("flite", "festival"):
        if phone in FESTVOX:
            return FESTVOX[phone]
    elif phoneset == "arpabet":
        bare = phone.rstrip("012").upper()
        if bare in ARPABET_SET:
            return bare
        if bare.lower() in FESTVOX:
            return FESTVOX[bare.lower()]
    raise UnknownPhone(f"{phoneset} phone {phone!r} has no ARPAbet mapping")
