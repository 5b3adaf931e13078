"""Layout of the 120-float FLAME keyframe row on the wire (spec: Flame message fields 1-7).

Every pose block is axis-angle in radians. ``gateway/protocol.py`` imports these slices so the
wire encoder and the motion mapper share one definition.
"""

from __future__ import annotations

TRANSLATION = slice(0, 3)
ROTATION = slice(3, 6)
NECK_POSE = slice(6, 9)
JAW_POSE = slice(9, 12)
EYE_POSE = slice(12, 18)
"""Left eye axis-angle (3), then right eye (3)."""
EYE_LID = slice(18, 20)
"""Left, right eyelid closure in [0, 1]."""
EXPRESSION = slice(20, 120)
FLAME_FLOATS = 120
EXPRESSION_SIZE = EXPRESSION.stop - EXPRESSION.start

FIELDS: tuple[tuple[str, slice], ...] = (
    ("translation", TRANSLATION),
    ("rotation", ROTATION),
    ("neck_pose", NECK_POSE),
    ("jaw_pose", JAW_POSE),
    ("eye_pose", EYE_POSE),
    ("eye_lid", EYE_LID),
    ("expression", EXPRESSION),
)
"""Wire field name and slice, in the Flame message's field order."""
