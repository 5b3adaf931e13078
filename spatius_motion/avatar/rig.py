"""Keyframe -> head rig: morph weights by ARKit name and node rotations (pure, no I/O).

The one definition of how a keyframe drives the head. Its data (``RIG``) are written into the
glb's ``scenes[0].extras.spatiusRig`` so the browser client (web/src/rig.js) evaluates the same
numbers with the same small formula:

- Morph weights, in ``ARKIT_NAMES`` order: with ARKit weights, ``clamp(gain * arkit[i], lo, hi)``.
  Without them (a session that did not ask for ARKit), zeros except each ``fallback`` entry:
  ``weights[morph] = clamp(scale * flame[index], lo, hi)`` - FLAME jaw_pose x folded into jawOpen
  (``1 / motion.JAW_MAX_RAD`` per radian) and eye_lid into eyeBlinkLeft/Right. Then, in both
  cases, for each ``atMost`` pair (a: b) ``weights[a] = min(weights[a], weights[b])``: mouthClose
  closes the lips over an open jaw, so past jawOpen it would push the lower lip through the upper
  one (models emit mouthClose ~ 1 at /p b m/ with the jaw shut).
- Node rotations (glTF quaternions x, y, z, w): for each entry of ``rotations``, the product
  ``q(flame[a0:a1]) * q(flame[b0:b1]) * ...`` of the axis-angle blocks it names (radians,
  each multiplied by ``gain`` and its angle clamped to ``maxAngleRad``). The neck takes FLAME
  rotation then neck_pose; each eye its eye_pose. FLAME and glTF share axes (+y up, +z out of
  the face, +x the avatar's left), so no axis change is needed. FLAME translation and
  expression coefficients do not drive this head.

A neutral keyframe (all zeros) gives zero weights and identity rotations.
"""

from __future__ import annotations

import math
from typing import Any, Sequence

from spatius_motion.workers import flame
from spatius_motion.workers.motion import JAW_MAX_RAD
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES

NECK, HEAD, EYE_LEFT, EYE_RIGHT = "neck", "head", "eyeLeft", "eyeRight"

RIG: dict[str, Any] = {
    "version": 1,
    "morphs": {"gain": 1.0, "clamp": [0.0, 1.0], "atMost": {"mouthClose": "jawOpen"}},
    "fallback": [
        {"morph": "jawOpen", "index": flame.JAW_POSE.start, "scale": round(1.0 / JAW_MAX_RAD, 9)},
        {"morph": "eyeBlinkLeft", "index": flame.EYE_LID.start, "scale": 1.0},
        {"morph": "eyeBlinkRight", "index": flame.EYE_LID.start + 1, "scale": 1.0},
    ],
    "rotations": [
        {
            "node": NECK,
            "blocks": [[flame.ROTATION.start, flame.ROTATION.stop], [flame.NECK_POSE.start, flame.NECK_POSE.stop]],
            "gain": 1.0,
            "maxAngleRad": 0.6,
        },
        {
            "node": EYE_LEFT,
            "blocks": [[flame.EYE_POSE.start, flame.EYE_POSE.start + 3]],
            "gain": 1.0,
            "maxAngleRad": 0.5,
        },
        {
            "node": EYE_RIGHT,
            "blocks": [[flame.EYE_POSE.start + 3, flame.EYE_POSE.stop]],
            "gain": 1.0,
            "maxAngleRad": 0.5,
        },
    ],
}
"""The rig's data, written verbatim into the glb (JSON types only)."""

Quaternion = tuple[float, float, float, float]
IDENTITY: Quaternion = (0.0, 0.0, 0.0, 1.0)


def _clamp(value: float, bounds: Sequence[float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


def axis_angle_quaternion(v: Sequence[float], gain: float = 1.0, max_angle: float = math.inf) -> Quaternion:
    """The unit quaternion (x, y, z, w) rotating by axis-angle ``gain * v`` (radians), angle clamped."""
    x, y, z = (gain * float(c) for c in v)
    angle = math.sqrt(x * x + y * y + z * z)
    if angle < 1e-12:
        return IDENTITY
    s = math.sin(min(angle, max_angle) / 2.0) / angle
    return (x * s, y * s, z * s, math.cos(min(angle, max_angle) / 2.0))


def multiply(a: Quaternion, b: Quaternion) -> Quaternion:
    """Hamilton product ``a * b`` (rotate by ``b``, then by ``a``), x, y, z, w order."""
    ax, ay, az, aw = a
    bx, by, bz, bw = b
    return (
        aw * bx + ax * bw + ay * bz - az * by,
        aw * by - ax * bz + ay * bw + az * bx,
        aw * bz + ax * by - ay * bx + az * bw,
        aw * bw - ax * bx - ay * by - az * bz,
    )


def morph_weights(
    flame_row: Sequence[float], arkit_row: Sequence[float] | None, rig: dict[str, Any] = RIG
) -> list[float]:
    """The 52 morph weights (``ARKIT_NAMES`` order) for one keyframe."""
    gain, bounds = rig["morphs"]["gain"], rig["morphs"]["clamp"]
    if arkit_row is not None:
        weights = [_clamp(gain * float(a), bounds) for a in arkit_row]
    else:
        weights = [0.0] * len(ARKIT_NAMES)
        for entry in rig["fallback"]:
            weights[ARKIT_INDEX[entry["morph"]]] = _clamp(entry["scale"] * float(flame_row[entry["index"]]), bounds)
    for name, limit in rig["morphs"]["atMost"].items():
        weights[ARKIT_INDEX[name]] = min(weights[ARKIT_INDEX[name]], weights[ARKIT_INDEX[limit]])
    return weights


def node_rotations(flame_row: Sequence[float], rig: dict[str, Any] = RIG) -> dict[str, Quaternion]:
    """Node name -> quaternion (x, y, z, w) for one keyframe's FLAME row."""
    out = {}
    for entry in rig["rotations"]:
        q = IDENTITY
        for start, stop in entry["blocks"]:
            q = multiply(q, axis_angle_quaternion(flame_row[start:stop], entry["gain"], entry["maxAngleRad"]))
        out[entry["node"]] = q
    return out


def pose(
    flame_row: Sequence[float], arkit_row: Sequence[float] | None, rig: dict[str, Any] = RIG
) -> tuple[list[float], dict[str, Quaternion]]:
    """One keyframe's rig: (morph weights, node rotations)."""
    return morph_weights(flame_row, arkit_row, rig), node_rotations(flame_row, rig)
