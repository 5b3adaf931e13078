"""bench.closure_context: closure hits split by a bilabial's neighbours and length."""

from __future__ import annotations

import numpy as np

from bench.closure_context import groups_of, tally
from spatius_motion.training.evaluate import EvalItem

PHONES = [("SIL", 0.0, 0.2), ("B", 0.2, 0.24), ("AA", 0.24, 0.5), ("M", 0.5, 0.6), ("Z", 0.6, 0.7)]


def test_groups_name_neighbours_and_length():
    assert groups_of(PHONES, 1) == ["before sil", "after vowel", "length <50ms", "sil_B_vowel"]
    assert groups_of(PHONES, 3) == ["before vowel", "after cons", "length >=80ms", "vowel_M_cons"]
    assert groups_of(PHONES[:4], 3)[1] == "after sil"  # the utterance's end


def test_a_closure_counts_within_the_margin_only():
    item = EvalItem("x", np.zeros(11200, np.float32), PHONES)
    close = np.zeros(18, np.float32)
    close[6] = 0.9  # keyframe 6 is centred at 0.26 s: within 40 ms of /b/'s end (0.24 s)
    counts = tally([item], [close])
    assert counts["sil_B_vowel"] == (1, 1)
    assert counts["vowel_M_cons"] == (0, 1)
    close[6], close[7] = 0.0, 0.9  # 0.30 s: 60 ms past /b/, not yet /m/'s window (0.46-0.64 s)
    counts = tally([item], [close])
    assert counts["sil_B_vowel"] == (0, 1) and counts["vowel_M_cons"] == (0, 1)
