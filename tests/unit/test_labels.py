"""Labels: phone->viseme->ARKit tables and the dominance coarticulation model."""

import numpy as np
import pytest

from spatius_motion.training.corpus.phones import ARPABET
from spatius_motion.training.labels import (
    PHONE_TO_VISEME,
    VISEME_POSES,
    labels_from_phones,
    phone_ids,
    phone_viseme,
    viseme_posteriors,
)
from spatius_motion.workers.vocabulary import ARKIT_INDEX, VISEME_NAMES

RATE = 100.0
CLOSE = ARKIT_INDEX["mouthClose"]
JAW = ARKIT_INDEX["jawOpen"]


def _frames(phones):
    return int(np.ceil(phones[-1][2] * RATE))


def _centre(start, end):
    return int((start + end) / 2 * RATE)


def _sequence(spec):
    out, t = [], 0.0
    for name, dur in spec:
        out.append((name, t, t + dur))
        t += dur
    return out


def test_every_arpabet_phone_has_a_viseme_and_pose_rows_are_bounded():
    assert set(PHONE_TO_VISEME) == set(ARPABET)
    assert set(PHONE_TO_VISEME.values()) <= set(VISEME_NAMES)
    assert VISEME_POSES.shape == (15, 52)
    assert VISEME_POSES.min() >= 0 and VISEME_POSES.max() <= 1
    assert not VISEME_POSES[VISEME_NAMES.index("sil")].any()


def test_pocketsphinx_spellings_map():
    assert phone_viseme("M") == phone_viseme("m") == "PP"
    assert phone_viseme("AA1") == "aa"
    assert phone_viseme("+SPN+") == phone_viseme("sil") == phone_viseme("pau") == "sil"


@pytest.mark.parametrize("bilabial", ["P", "B", "M"])
@pytest.mark.parametrize("vowel", ["AA", "IY", "UW", "EH"])
def test_bilabial_closes_and_long_vowels_open(bilabial, vowel):
    phones = _sequence(
        [("SIL", 0.2), (vowel, 0.12), (bilabial, 0.06), (vowel, 0.1), (bilabial, 0.05), (vowel, 0.15), ("SIL", 0.2)]
    )
    arkit, visemes = labels_from_phones(phones, _frames(phones), RATE)
    assert arkit.shape == (_frames(phones), 52) and arkit.dtype == np.float32
    assert visemes.dtype == np.int64
    for name, start, end in phones:
        c = _centre(start, end)
        if name == bilabial:
            assert arkit[c, CLOSE] > 0.5
            assert VISEME_NAMES[visemes[c]] == "PP"
        elif name == vowel and end - start >= 0.1:
            assert arkit[c, CLOSE] < 0.5
            assert arkit[c, JAW] > arkit[_centre(*phones[2][1:]), JAW]


def test_anticipation_moves_toward_upcoming_bilabial_before_it_starts():
    phones = _sequence([("SIL", 0.1), ("AA", 0.3), ("M", 0.08), ("AA", 0.3), ("SIL", 0.1)])
    arkit, _ = labels_from_phones(phones, _frames(phones), RATE)
    m_start = int(round(phones[2][1] * RATE))
    vowel_mid = _centre(*phones[1][1:])
    before = arkit[vowel_mid:m_start, CLOSE]
    assert before[-1] > before[0] + 0.1  # already closing before /m/ starts
    assert np.all(np.diff(before) >= -1e-6)  # monotonically toward closure
    assert arkit[vowel_mid, CLOSE] < 0.1


def test_rounding_anticipates_over_consonants():
    phones = _sequence([("SIL", 0.2), ("S", 0.1), ("T", 0.06), ("UW", 0.2), ("SIL", 0.2)])
    arkit, _ = labels_from_phones(phones, _frames(phones), RATE)
    pucker = ARKIT_INDEX["mouthPucker"]
    t_centre = _centre(*phones[2][1:])
    assert arkit[t_centre, pucker] > 0.15  # /t/ is already rounded by the coming /u/


def test_alignment_sampling_rates_and_uncovered_frames():
    phones = [("SIL", 0.0, 0.1), ("B", 0.1, 0.2), ("AA1", 0.2, 0.4)]
    a100, v100 = labels_from_phones(phones, 60, 100.0)  # 0.2 s past the last phone
    a25, v25 = labels_from_phones(phones, 15, 25.0)
    assert v100[55] == VISEME_NAMES.index("sil")
    assert VISEME_NAMES[v25[4]] == "PP" and VISEME_NAMES[v100[15]] == "PP"
    assert np.allclose(a25[4], a100[int(4.5 * 4)], atol=0.08)
    assert np.all(a100 >= 0) and np.all(a100 <= 1)
    empty_a, empty_v = labels_from_phones([], 5, 100.0)
    assert not empty_a.any() and not empty_v.any()


def test_viseme_posteriors_one_hot():
    p = viseme_posteriors(np.array([0, 3, 14]))
    assert p.shape == (3, 15) and np.allclose(p.sum(1), 1) and p[1, 3] == 1


def test_phone_ids_name_the_phone_at_each_frame_centre_diphthongs_whole():
    phones = [("SIL", 0.0, 0.1), ("b", 0.1, 0.2), ("AY1", 0.2, 0.4), ("+NSN+", 0.4, 0.42)]
    ids = phone_ids(phones, 50, 100.0)  # frames past 0.42 s are uncovered
    names = [ARPABET[i] for i in ids]
    assert names[:10] == ["SIL"] * 10 and names[10:20] == ["B"] * 10
    assert names[20:40] == ["AY"] * 20  # the viseme labels split it into aa then ih
    assert set(names[40:]) == {"SIL"}
    _, visemes = labels_from_phones(phones, 50, 100.0)
    assert VISEME_NAMES[visemes[25]] == "aa" and VISEME_NAMES[visemes[35]] == "ih"
    assert [ARPABET[i] for i in phone_ids(phones, 7, 25.0)] == ["SIL", "SIL"] + ["B"] * 3 + ["AY"] * 2
    assert not phone_ids([], 4, 25.0).any()
