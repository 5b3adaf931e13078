"""The mouth of the head: lips, mouth interior, teeth, tongue and the jaw's motion (numpy).

Each piece is rebuilt from control parameters that the mouth targets move (``mouth_delta``),
and the jaw targets rotate or shift points about ``JAW_PIVOT`` with a per-point weight: the lower
lip, mouth interior, lower teeth and tongue follow the jaw, their corners less (``lower_follow``).
jawOpen = 1 is the jaw at ``motion.JAW_MAX_RAD``; mouthClose moves the lower parts 80 % and the
upper lip 20 % of the way an open jaw took them, shutting the lips over an open jaw.
"""

from __future__ import annotations

import numpy as np

from spatius_motion.avatar.shapes import LIP, MOUTH, TEETH, TONGUE, Part, face_z, grid_faces, smoothstep, tube
from spatius_motion.workers.motion import JAW_MAX_RAD

Weights = dict[str, float]

MOUTH_Y = -0.050
MOUTH_W = 0.024
"""Mouth line height and half width."""
JAW_PIVOT = np.array([0.0, -0.004, -0.012])


def side_of(name: str) -> float:
    """+1 for an ARKit name of the avatar's left, -1 for its right, 0 otherwise."""
    return 1.0 if name.endswith("Left") else -1.0 if name.endswith("Right") else 0.0


def base_of(name: str) -> str:
    """An ARKit name without its side ("mouthSmileLeft" -> "mouthSmile"); mouthLeft/Right kept."""
    if name in ("mouthLeft", "mouthRight"):
        return name
    return name.removesuffix("Left").removesuffix("Right")


def mouth_delta(w: Weights, lip: str, u: np.ndarray) -> np.ndarray:
    """Moves of one lip's control line at positions ``u`` in [-1, 1] (+1 = left corner).

    Returns [len(u), 5]: dx, dy, dz (metres) and relative changes of half height and depth.
    """
    out = np.zeros((len(u), 5))
    mid = np.sqrt(np.clip(1.0 - u * u, 0.0, 1.0))
    upper = lip == "upper"
    sign = 1.0 if upper else -1.0
    for name, weight in w.items():
        if not weight or not name.startswith("mouth"):
            continue
        s = side_of(name)
        corner = np.clip(s * u, 0.0, 1.0) ** 1.5
        half = smoothstep(-0.6, 0.6, s * u)
        d = np.zeros_like(out)
        base = base_of(name)
        if base == "mouthFunnel":
            d[:, 0], d[:, 1], d[:, 2], d[:, 4] = -0.3 * MOUTH_W * u, sign * 0.004 * mid, 0.006, 0.3
        elif base == "mouthPucker":
            d[:, 0], d[:, 2], d[:, 3], d[:, 4] = -0.45 * MOUTH_W * u, 0.008, 0.25, 0.3
        elif base == "mouthSmile":
            d[:, 0], d[:, 1], d[:, 2] = s * 0.006 * corner, 0.009 * corner, -0.004 * corner
        elif base == "mouthFrown":
            d[:, 0], d[:, 1] = s * 0.001 * corner, -0.005 * corner
        elif base == "mouthDimple":
            d[:, 0], d[:, 2] = s * 0.003 * corner, -0.003 * corner
        elif base == "mouthStretch":
            d[:, 0], d[:, 1], d[:, 3] = s * 0.006 * corner, -0.002 * corner, -0.2 * corner
        elif base in ("mouthLeft", "mouthRight"):
            d[:, 0] = s * 0.006
        elif base == "mouthRollLower" and not upper or base == "mouthRollUpper" and upper:
            d[:, 1], d[:, 2], d[:, 3], d[:, 4] = -sign * 0.002 * mid, -0.003, -0.5, -0.3
        elif base == "mouthShrugLower" and not upper:
            d[:, 1], d[:, 2] = 0.003, 0.003
        elif base == "mouthShrugUpper" and upper:
            d[:, 1], d[:, 2] = 0.002, 0.002
        elif base == "mouthPress":
            d[:, 1], d[:, 2], d[:, 3] = -sign * 0.001 * half, -0.001 * half, -0.35 * half
        elif base == "mouthLowerDown" and not upper:
            d[:, 1] = -0.005 * half * mid
        elif base == "mouthUpperUp" and upper:
            d[:, 1] = 0.005 * half * mid
        out += weight * d
    if w.get("noseSneerLeft") or w.get("noseSneerRight"):
        for name in ("noseSneerLeft", "noseSneerRight"):
            if upper:
                out[:, 1] += w.get(name, 0.0) * 0.0012 * smoothstep(-0.6, 0.6, side_of(name) * u)
    if not upper and w.get("tongueOut"):
        out[:, 1] -= w["tongueOut"] * 0.002 * mid
    return out


def jaw(w: Weights, p: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Displacement of points ``p`` by the jaw targets, each point following by ``weight``."""
    d = np.zeros_like(p)
    if w.get("jawOpen"):
        c, s = np.cos(JAW_MAX_RAD), np.sin(JAW_MAX_RAD)
        q = p - JAW_PIVOT
        rotated = np.stack([q[:, 0], c * q[:, 1] - s * q[:, 2], s * q[:, 1] + c * q[:, 2]], axis=-1)
        d += w["jawOpen"] * (rotated - q)
    d[:, 2] += w.get("jawForward", 0.0) * 0.006
    d[:, 0] += (w.get("jawLeft", 0.0) - w.get("jawRight", 0.0)) * 0.006
    return d * weight[:, None]


def lower_follow(u: np.ndarray) -> np.ndarray:
    """How much lower-mouth parts at ``u`` follow the jaw (the corners stretch, less)."""
    return 1.0 - 0.6 * np.clip(u * u, 0.0, 1.0)


def close(w: Weights, p: np.ndarray, follow: np.ndarray, share: float) -> np.ndarray:
    """mouthClose: a ``share`` of the opening an open jaw makes at ``p``, moved back shut."""
    if not w.get("mouthClose"):
        return np.zeros_like(p)
    return w["mouthClose"] * share * jaw({"jawOpen": 1.0}, p, follow)


LIP_GRID = (21, 8)
"""Lip tube points along the mouth, points around the cross-section."""


def lip_part(w: Weights, lip: str) -> Part:
    n, around = LIP_GRID
    u = np.linspace(-1.0, 1.0, n)
    mid = np.sqrt(1.0 - u * u)
    half_h = (0.0040 if lip == "upper" else 0.0050) * mid + 0.0006
    depth = 0.0040 * mid + 0.0010
    d = mouth_delta(w, lip, u)
    half_h = half_h * (1.0 + d[:, 3])
    depth = depth * (1.0 + d[:, 4])
    x = MOUTH_W * u + d[:, 0]
    y = MOUTH_Y + (half_h if lip == "upper" else -half_h) + d[:, 1]
    centre = np.stack([x, y, face_z(x, y) + 0.6 * depth + d[:, 2]], -1)
    pos, anchors = tube(centre, half_h, depth, around)
    rest_u = np.repeat(u, around)
    follow = lower_follow(rest_u) if lip == "lower" else np.zeros_like(rest_u)
    move = jaw(w, pos, follow)
    if lip == "lower":
        move += close(w, pos, lower_follow(rest_u), -0.8)
    else:
        move += close(w, pos, lower_follow(rest_u), 0.2)
    faces = grid_faces(n, around, wrap=True)
    return Part(f"{lip}Lip", pos + move, anchors + move, np.tile(LIP, (len(pos), 1)), faces)


def mouth_sheet(w: Weights, name: str, spec: tuple[float, float, float, float, str, int]) -> Part:
    """A curved sheet across the mouth: the interior, a row of teeth or the tongue.

    ``spec``: half width (in mouth widths), top and bottom offset from the mouth line, depth
    in front of the skin, which lip's moves it follows ("upper", "lower" or "both") and its rows.
    """
    width, top, bottom, lift, follows, rows = spec
    cols = 21
    u = np.linspace(-1.0, 1.0, cols)
    v = np.linspace(0.0, 1.0, rows)
    vv, uu = np.meshgrid(v, u, indexing="ij")
    shape = np.sqrt(np.clip(1.0 - uu * uu, 0.02, 1.0)) if name == "mouth" else np.ones_like(uu)
    du = mouth_delta(w, "upper", u)[None]
    dl = mouth_delta(w, "lower", u)[None]
    blend = {"upper": 0.0, "lower": 1.0}.get(follows, vv)
    delta = (1.0 - np.asarray(blend))[..., None] * du + np.asarray(blend)[..., None] * dl
    x = width * MOUTH_W * uu + delta[..., 0]
    y = MOUTH_Y + shape * (top + (bottom - top) * vv) + delta[..., 1]
    z = face_z(x, y) + lift + delta[..., 2]
    if name == "tongue":
        z = z + 0.012 * w.get("tongueOut", 0.0)
        y = y - 0.003 * w.get("tongueOut", 0.0)
    pos = np.stack([x, y, z], -1).reshape(-1, 3)
    follow = {"upper": np.zeros_like(vv), "lower": np.ones_like(vv)}.get(follows, vv) * lower_follow(uu)
    follow = follow.reshape(-1)
    move = jaw(w, pos, follow) + close(w, pos, follow, -0.8)
    anchors = pos - np.array([0.0, 0.0, 0.01])
    colors = {"mouth": MOUTH, "upperTeeth": TEETH, "lowerTeeth": TEETH, "tongue": TONGUE}[name]
    return Part(name, pos + move, anchors + move, np.tile(colors, (len(pos), 1)), grid_faces(rows, cols))


MOUTH_SHEETS: dict[str, tuple[float, float, float, float, str, int]] = {
    "mouth": (1.02, 0.004, -0.007, 0.0008, "both", 6),
    "tongue": (0.6, -0.003, -0.012, 0.0011, "lower", 3),
    "lowerTeeth": (0.68, 0.002, -0.006, 0.0013, "lower", 2),
    "upperTeeth": (0.70, 0.001, -0.006, 0.0016, "upper", 2),
}
