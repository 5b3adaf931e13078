"""festival adapter: one festival process per batch runs a Scheme script that saves each
utterance's waveform and its Segment relation (``utt.save.segs``: one ``end_s 100 phone`` line
per segment).

Rate goes through ``Duration_Stretch``; pitch through the English diphone voices'
``int_lr_params`` target mean (the other voices keep their own intonation).
``cmu_us_slt_arctic_hts`` is the evaluation speaker.

Besides the two English voices, training uses Debian's festival voices of other languages
reading the same English text through their own letter-to-sound rules. Their audio and segments
agree (both come from the phones the voice spoke), their phone sets map onto ARPAbet by mouth
shape (``training.corpus.phones.LANGUAGES``), and they add recorded speakers, female ones among
them, that the English voices (four male speakers in flite and festival) lack.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from spatius_motion.training.corpus.flite import utterance_from_wav
from spatius_motion.training.corpus.utterance import Utterance, Voice

ENGINE = "festival"
ENGLISH_VOICES: tuple[str, ...] = ("kal_diphone", "ked_diphone")
"""English training voices (Debian festvox-kallpc16k, festvox-kdlpc16k)."""
PHONESETS: dict[str, str] = {
    "lp_diphone": "italian",
    "pc_diphone": "italian",  # festvox-italp16k, festvox-itapc16k
    "suo_fi_lj_diphone": "finnish",
    "hy_fi_mv_diphone": "finnish",  # festvox-suopuhe-lj, -mv
    "czech_dita": "czech",
    "czech_machac": "czech",  # festvox-czech-dita, festvox-czech-machac
    "upc_ca_ona_hts": "catalan",  # festvox-ca-ona-hts
}
"""Other-language training voices and the phone set (``training.corpus.phones``) each speaks."""
OTHER_LANGUAGE_VOICES: tuple[str, ...] = tuple(PHONESETS)
EVAL_VOICES: tuple[str, ...] = ("cmu_us_slt_arctic_hts",)

_F0_MEAN_HZ = {"kal_diphone": 105.0, "ked_diphone": 105.0}


def available(voice: str | None = None) -> bool:
    """True when festival is on PATH (and, given a voice, that voice is installed)."""
    if shutil.which("festival") is None:
        return False
    if voice is None:
        return True
    return any(Path("/usr/share/festival/voices").glob(f"*/{voice}"))


def _scheme_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def script(texts: list[str], voice: Voice, out_dir: Path) -> str:
    """The Scheme program that synthesizes ``texts`` into ``out_dir/{i}.wav`` and ``{i}.segs``."""
    lines = [f"(voice_{voice.name})", f"(Parameter.set 'Duration_Stretch {1.0 / voice.rate:.4f})"]
    if voice.name in _F0_MEAN_HZ:
        f0 = _F0_MEAN_HZ[voice.name] * voice.pitch
        lines.append(
            f"(set! int_lr_params (list (list 'target_f0_mean {f0:.1f}) "
            f"(list 'target_f0_std 14) (list 'model_f0_mean 170) (list 'model_f0_std 34)))"
        )
    for i, text in enumerate(texts):
        base = str(out_dir / str(i))
        lines.append(f"(set! utt (Utterance Text {_scheme_string(text)}))")
        lines.append("(utt.synth utt)")
        lines.append(f'(utt.save.wave utt "{base}.wav" \'riff)')
        lines.append(f'(utt.save.segs utt "{base}.segs")')
    return "\n".join(lines) + "\n"


def parse_segs(content: str) -> list[tuple[str, float]]:
    """Festival segment file -> [(phone, end_s), ...] (header lines up to ``#`` skipped)."""
    body = content.split("#", 1)[1] if "#" in content else content
    pairs = []
    for line in body.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            pairs.append((parts[2], float(parts[0])))
    return pairs


def synthesize(texts: list[str], voice: Voice) -> list[Utterance]:
    """One Utterance per text; the whole batch runs in one festival process."""
    out = []
    with tempfile.TemporaryDirectory(prefix="festival-") as tmp:
        tmp_dir = Path(tmp)
        (tmp_dir / "run.scm").write_text(script(texts, voice, tmp_dir))
        subprocess.run(
            ["festival", "-b", str(tmp_dir / "run.scm")], capture_output=True, check=True, timeout=60 + 10 * len(texts)
        )
        for i, text in enumerate(texts):
            segments = parse_segs((tmp_dir / f"{i}.segs").read_text())
            out.append(
                utterance_from_wav(
                    tmp_dir / f"{i}.wav", segments, ENGINE, voice, text, PHONESETS.get(voice.name, ENGINE)
                )
            )
    return out
