"""Sentences to synthesize, taken from prose already installed on the machine.

Sources: docstrings of the Python standard library (parsed with ``ast``, never imported) and
the licence texts in ``/usr/share/common-licenses``. A sentence is kept when it has 4-24 words,
every word is purely alphabetic and in the pocketsphinx CMU dictionary (so every engine reads
it as words), and it is not shouting (all capitals). Selection is a seeded weighted sample
favouring phonetic coverage: rare phones and bilabials (/p b m/) raise a sentence's weight.
"""

from __future__ import annotations

import ast
import re
import sysconfig
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

LICENSES_DIR = Path("/usr/share/common-licenses")
MIN_WORDS, MAX_WORDS = 4, 24
BILABIALS = frozenset({"P", "B", "M"})

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[,;:.!?]")
_ALLOWED = re.compile(r"^[A-Za-z ,;:.!?']+$")


def cmudict_path() -> Path:
    """The CMU pronouncing dictionary shipped with PyPI pocketsphinx."""
    import pocketsphinx

    return Path(pocketsphinx.__file__).parent / "model" / "en-us" / "cmudict-en-us.dict"


@lru_cache(maxsize=1)
def lexicon() -> dict[str, tuple[str, ...]]:
    """word (lower case) -> first pronunciation as stress-free ARPAbet phones."""
    out: dict[str, tuple[str, ...]] = {}
    for line in cmudict_path().read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if not parts or "(" in parts[0]:
            continue
        out[parts[0].lower()] = tuple(p.rstrip("012") for p in parts[1:])
    return out


def _docstrings(stdlib: Path) -> list[str]:
    texts = []
    for path in sorted(stdlib.glob("*.py")) + sorted(stdlib.glob("*/*.py")):
        if "test" in path.parts[-2:][0] or path.name.startswith("test"):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except (SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node, clean=True)
                if doc:
                    texts.extend(doc.split("\n\n"))
    return texts


def _licenses() -> list[str]:
    texts = []
    if LICENSES_DIR.is_dir():
        for path in sorted(LICENSES_DIR.iterdir()):
            if path.is_file():
                texts.extend(path.read_text(encoding="utf-8", errors="replace").split("\n\n"))
    return texts


def clean_sentence(raw: str, words: dict[str, tuple[str, ...]]) -> str | None:
    """The sentence normalised to single spaces, or None when it fails the filters."""
    s = " ".join(raw.split())
    if not s or not _ALLOWED.match(s) or not s[0].isupper() or s[-1] not in ".!?":
        return None
    tokens = [t for t in _TOKEN.findall(s) if t[0].isalpha()]
    if not (MIN_WORDS <= len(tokens) <= MAX_WORDS):
        return None
    if any(t.isupper() and len(t) > 1 for t in tokens):
        return None
    if any(t.lower() not in words for t in tokens):
        return None
    return s


@lru_cache(maxsize=1)
def candidate_sentences() -> tuple[str, ...]:
    """Every distinct sentence of the installed sources that passes ``clean_sentence``, sorted."""
    words = lexicon()
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    found = set()
    for block in _docstrings(stdlib) + _licenses():
        for raw in _SENTENCE_END.split(" ".join(block.split())):
            s = clean_sentence(raw, words)
            if s:
                found.add(s)
    return tuple(sorted(found))


def sentence_phones(sentence: str) -> list[str]:
    """Dictionary phones of a sentence (for coverage weighting)."""
    words = lexicon()
    return [p for t in _TOKEN.findall(sentence) if t[0].isalpha() for p in words[t.lower()]]


def select_sentences(n: int, seed: int, pool: tuple[str, ...] | None = None) -> list[str]:
    """``n`` distinct sentences (fewer if the pool is smaller), chosen reproducibly by ``seed``.

    Weight = mean phone rarity (1 / corpus frequency share) x (1 + 4 x bilabial share); the
    sample without replacement uses exponential keys (Efraimidis-Spirakis).
    """
    pool = candidate_sentences() if pool is None else pool
    phones = [sentence_phones(s) for s in pool]
    counts = Counter(p for ps in phones for p in ps)
    total = sum(counts.values())
    weights = np.empty(len(pool))
    for i, ps in enumerate(phones):
        rarity = np.mean([total / (counts[p] * len(counts)) for p in ps]) if ps else 0.0
        bilabial = sum(p in BILABIALS for p in ps) / max(len(ps), 1)
        weights[i] = np.sqrt(rarity) * (1.0 + 4.0 * bilabial) + 1e-9
    rng = np.random.default_rng(seed)
    keys = rng.random(len(pool)) ** (1.0 / weights)
    order = np.argsort(-keys)[:n]
    return [pool[i] for i in order]
