"""The stylised head every Direct Mode client renders: procedural mesh, 52 ARKit morph targets.

``python -m spatius_motion.avatar.head --out spatius_motion/avatar/head.glb`` writes the glTF
2.0 binary deterministically from this code (no download, no external asset; license: this
repository's, LICENSE at the root). Node tree (contract in docs/avatar.md): "neck" (pivot at
the neck; FLAME rotation + neck_pose) -> "head" (the mesh: skin, hair, ears, neck, lips,
mouth interior, teeth, tongue, brows, eyelids; 52 morph targets in ``ARKIT_NAMES`` order,
their names in ``mesh.extras.targetNames``) -> "eyeLeft" / "eyeRight" (eyeballs, pivot at
their centres; FLAME eye_pose). The rig data ``rig.RIG`` go to ``scenes[0].extras.spatiusRig``.

Every morph target is ``geometry({name: 1}) - geometry({})``: lips, brows and eyelids are
rebuilt from moved control parameters (so e.g. a blink rotates the lid band over the eyeball),
skin targets add smooth local displacement fields, and the jaw targets rotate the lower face
about a pivot behind the mouth (``mouth.py``). Coordinates in metres: +y up, +z out of the face, +x the avatar's left
(ARKit "Left" is the avatar's own left). Positions are rounded to 1 um before the float32 cast
so regeneration is byte-identical across machines.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from spatius_motion.avatar import rig
from spatius_motion.avatar.gltf import ARRAY_BUFFER, ELEMENT_ARRAY_BUFFER, GlbBuilder
from spatius_motion.avatar.mouth import MOUTH_SHEETS, MOUTH_W, MOUTH_Y, base_of, jaw, lip_part, mouth_sheet, side_of
from spatius_motion.avatar.shapes import (
    BROW,
    EYE_CENTRE,
    EYE_RADIUS,
    EYE_WHITE,
    HAIR,
    IRIS,
    LASH,
    PUPIL,
    SKIN,
    Part,
    face_z,
    gauss,
    grid_faces,
    orient,
    skull_point,
    smoothstep,
    srgb_to_linear,
    tube,
    uv_sphere,
    vertex_normals,
    visor,
)
from spatius_motion.workers.vocabulary import ARKIT_NAMES

HEAD_OFFSET = (0.0, 0.12, 0.0)
"""The head node's origin (skull centre) relative to the neck pivot, metres."""
LID_BACK = 1.75
"""Elevation (rad) where each lid band ends behind the eyeball."""
LIDS = {"upper": (1.17, 0.50), "lower": (1.11, -0.60)}
"""Lid band radius (in eye radii) and resting edge elevation (rad)."""
PRECISION = 6
"""Decimal places (metres) positions are rounded to."""
MIN_DISPLACEMENT = 1e-4
"""Morph displacements shorter than this (metres) are dropped from the sparse targets."""

Weights = dict[str, float]


# --- parts -------------------------------------------------------------------------------


SKIN_GRID = (40, 56)
"""Skull UV sphere rings, segments."""


def _skin(w: Weights) -> Part:
    dirs, faces = uv_sphere(*SKIN_GRID)
    p = skull_point(dirs[:, 0], dirs[:, 1], dirs[:, 2])
    x, y, z = p[:, 0], p[:, 1], p[:, 2]
    hairline = 0.6 - 0.9 * (1.0 - (dirs[:, 2] + 1.0) / 2.0) - 0.25 * np.abs(dirs[:, 0]) ** 3
    hair = smoothstep(hairline - 0.06, hairline + 0.06, dirs[:, 1])[:, None]
    colors = (1.0 - hair) * np.array(SKIN) + hair * np.array(HAIR)
    disp = jaw(w, p, smoothstep(MOUTH_Y + 0.002, MOUTH_Y - 0.016, y) * smoothstep(-0.035, 0.02, z))
    front = smoothstep(0.02, 0.05, z)
    for name, weight in w.items():
        if not weight:
            continue
        s = side_of(name)
        mx, my = s * (MOUTH_W + 0.004), MOUTH_Y
        fields: dict[str, tuple[tuple[float, float, float, float], tuple[float, float, float]]] = {
            "mouthSmile": ((mx, my + 0.004, 0.012, 0.012), (s * 0.003, 0.005, 0.001)),
            "mouthFrown": ((mx, my - 0.004, 0.01, 0.01), (0.0, -0.004, 0.0)),
            "mouthDimple": ((mx, my, 0.008, 0.008), (s * 0.001, 0.0, -0.002)),
            "mouthStretch": ((mx, my, 0.012, 0.012), (s * 0.004, -0.002, 0.0)),
            "mouthShrugLower": ((0.0, my - 0.02, 0.015, 0.01), (0.0, 0.003, 0.002)),
            "mouthShrugUpper": ((0.0, my + 0.01, 0.015, 0.006), (0.0, 0.002, 0.001)),
            "mouthUpperUp": ((s * 0.01, my + 0.008, 0.01, 0.006), (0.0, 0.003, 0.0)),
            "mouthLowerDown": ((s * 0.01, my - 0.008, 0.01, 0.006), (0.0, -0.003, 0.0)),
            "cheekPuff": ((0.042, -0.035, 0.016, 0.018), (0.006, 0.0, 0.003)),
            "cheekSquint": ((s * 0.034, -0.008, 0.012, 0.008), (0.0, 0.003, 0.001)),
            "noseSneer": ((s * 0.010, -0.018, 0.006, 0.008), (0.0, 0.0025, 0.0005)),
            "eyeSquint": ((s * EYE_CENTRE[0], 0.0, 0.012, 0.006), (0.0, 0.0015, 0.0)),
            "browDown": ((s * 0.03, 0.045, 0.02, 0.01), (0.0, -0.002, 0.0)),
            "browInnerUp": ((0.0, 0.05, 0.02, 0.012), (0.0, 0.002, 0.0)),
            "browOuterUp": ((s * 0.04, 0.048, 0.015, 0.01), (0.0, 0.002, 0.0)),
        }
        base = base_of(name)
        if base in ("mouthLeft", "mouthRight"):
            disp[:, 0] += weight * s * 0.005 * gauss(x, y, 0.0, my, 0.022, 0.014) * front
        elif base in ("mouthPucker", "mouthFunnel"):
            k = 0.25 if base == "mouthPucker" else 0.15
            g = weight * gauss(x, y, 0.0, my, 0.02, 0.015) * front
            disp[:, 0] -= g * k * x
            disp[:, 2] += g * (0.004 if base == "mouthPucker" else 0.003)
        elif base == "cheekPuff":
            for side in (1.0, -1.0):
                g = weight * gauss(x, y, side * 0.042, -0.035, 0.016, 0.018) * front
                disp += g[:, None] * np.array([side * 0.006, 0.0, 0.003])
        elif base in fields:
            (cx, cy, sx, sy), move = fields[base]
            disp += (weight * gauss(x, y, cx, cy, sx, sy) * front)[:, None] * np.array(move)
    return Part("skin", p + disp, np.zeros_like(p), colors, faces)


def _ears(w: Weights) -> Part:
    dirs, faces = uv_sphere(8, 12)
    parts = []
    for side in (1.0, -1.0):
        centre = np.array([side * 0.072, 0.0, -0.008])
        parts.append((centre + dirs * np.array([0.009, 0.022, 0.014]), np.broadcast_to(centre, dirs.shape)))
    pos = np.concatenate([p for p, _ in parts])
    anchors = np.concatenate([a for _, a in parts])
    both = np.concatenate([faces, faces + len(dirs)])
    return Part("ears", pos, anchors, np.tile(SKIN, (len(pos), 1)), both)


def _neck(w: Weights) -> Part:
    rows, cols = 4, 24
    phi = np.linspace(0.0, 2.0 * np.pi, cols, endpoint=False)
    ys = np.linspace(-0.05, -HEAD_OFFSET[1] - 0.04, rows)
    yy, ff = np.meshgrid(ys, phi, indexing="ij")
    pos = np.stack([0.042 * np.sin(ff), yy, -0.012 + 0.042 * np.cos(ff)], -1).reshape(-1, 3)
    anchors = np.stack([np.zeros_like(yy), yy, np.full_like(yy, -0.012)], -1).reshape(-1, 3)
    shade = np.array(SKIN) * 0.92
    return Part("neck", pos, anchors, np.tile(shade, (len(pos), 1)), grid_faces(rows, cols, wrap=True))


def _brow(w: Weights, side: float) -> Part:
    n, around = 14, 8
    t = np.linspace(0.0, 1.0, n)
    sfx = "Left" if side > 0 else "Right"
    dy = (
        w.get("browDown" + sfx, 0.0) * (-0.004 - 0.002 * (1.0 - t))
        + w.get("browInnerUp", 0.0) * 0.006 * (1.0 - t) ** 1.5
        + w.get("browOuterUp" + sfx, 0.0) * 0.005 * t**1.5
        - w.get("eyeSquint" + sfx, 0.0) * 0.0015
    )
    dx = -w.get("browDown" + sfx, 0.0) * 0.002 * (1.0 - t)
    x = side * (0.012 + 0.040 * t + dx)
    y = 0.041 + 0.007 * np.sin(np.pi * t * 0.9) - 0.002 * t + dy
    half_y = 0.0032 - 0.0014 * t
    half_z = np.full(n, 0.0018)
    centre = np.stack([x, y, face_z(x, y) + 0.0015 + half_z], -1)
    pos, anchors = tube(centre, half_y, half_z, around)
    return Part("brow" + sfx, pos, anchors, np.tile(BROW, (len(pos), 1)), grid_faces(n, around, wrap=True))


def eye_centre(side: float) -> np.ndarray:
    """The eyeball centre of one side (+1 left, -1 right) in the head frame."""
    x, y = side * EYE_CENTRE[0], EYE_CENTRE[1]
    return np.array([x, y, float(face_z(np.array([x]), np.array([y]))[0]) - 0.3 * EYE_RADIUS])


LID_EDGES: dict[str, tuple[float, float]] = {
    "eyeBlink": (-0.22, -0.16),
    "eyeWide": (0.80, -0.68),
    "eyeSquint": (0.30, -0.30),
    "eyeLookDown": (0.25, -0.70),
    "eyeLookUp": (0.72, -0.48),
    "cheekSquint": (0.50, -0.45),
}
"""Upper and lower lid edge elevation (rad) each target moves its side's lids to."""


def _lid(w: Weights, side: float, which: str) -> Part:
    rows, cols = 6, 16
    sfx = "Left" if side > 0 else "Right"
    radius, rest = LIDS[which]
    index = 0 if which == "upper" else 1
    edge = rest + sum(w.get(b + sfx, 0.0) * (edges[index] - rest) for b, edges in LID_EDGES.items())
    far = LID_BACK if which == "upper" else -LID_BACK
    alphas = edge + (far - edge) * np.linspace(0.0, 1.0, rows)
    centre = eye_centre(side)
    pos = visor(centre, radius * EYE_RADIUS, alphas, 1.35, cols)
    look = w.get("eyeLookIn" + sfx, 0.0) * -side + w.get("eyeLookOut" + sfx, 0.0) * side
    pos[:, 0] += 0.0008 * look
    colors = np.tile(np.array(SKIN) * 0.95, (len(pos), 1))
    colors[:cols] = LASH if which == "upper" else np.array(SKIN) * 0.8
    return Part(f"{which}Lid{sfx}", pos, np.broadcast_to(centre, pos.shape), colors, grid_faces(rows, cols))


PartMaker = Callable[[Weights], Part]
PARTS: tuple[PartMaker, ...] = (
    _skin,
    _ears,
    _neck,
    lambda w: lip_part(w, "upper"),
    lambda w: lip_part(w, "lower"),
    *(lambda w, n=n: mouth_sheet(w, n, MOUTH_SHEETS[n]) for n in MOUTH_SHEETS),
    lambda w: _brow(w, 1.0),
    lambda w: _brow(w, -1.0),
    *(lambda w, s=s, k=k: _lid(w, s, k) for s in (1.0, -1.0) for k in ("upper", "lower")),
)


@dataclass
class HeadMesh:
    """The head mesh at rest plus its 52 morph displacements (ARKIT_NAMES order)."""

    positions: np.ndarray
    colors: np.ndarray
    faces: np.ndarray
    targets: np.ndarray
    """float32 [52, n, 3]."""
    parts: dict[str, tuple[int, int]]
    """Part name -> [start, stop) vertex range."""


def _round(p: np.ndarray) -> np.ndarray:
    return np.round(p, PRECISION).astype(np.float32)


def geometry(weights: Weights) -> tuple[np.ndarray, list[Part]]:
    """All head-mesh vertex positions for morph ``weights`` (name -> weight) and the parts."""
    parts = [make(weights) for make in PARTS]
    return np.concatenate([p.positions for p in parts]), parts


def build_head() -> HeadMesh:
    rest, parts = geometry({})
    faces, ranges, start = [], {}, 0
    for part in parts:
        faces.append(orient(part.positions, part.anchors, part.faces) + start)
        ranges[part.name] = (start, start + len(part.positions))
        start += len(part.positions)
    base = _round(rest)
    targets = np.zeros((len(ARKIT_NAMES), len(base), 3), dtype=np.float32)
    for i, name in enumerate(ARKIT_NAMES):
        moved, _ = geometry({name: 1.0})
        delta = np.round(_round(moved).astype(np.float64) - base, PRECISION)
        delta[np.linalg.norm(delta, axis=1) < MIN_DISPLACEMENT] = 0.0
        targets[i] = delta
    colors = np.concatenate([p.colors for p in parts]).astype(np.float32)
    return HeadMesh(base, np.round(colors, 4).astype(np.float32), np.concatenate(faces), targets, ranges)


def build_eye() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Eyeball positions (pivot at its centre), colours and faces; the iris looks along +z."""
    dirs, faces = uv_sphere(16, 24)
    angle = np.arccos(np.clip(dirs[:, 2], -1.0, 1.0))
    colors = np.where((angle < 0.22)[:, None], PUPIL, np.where((angle < 0.5)[:, None], IRIS, EYE_WHITE))
    pos = dirs * EYE_RADIUS
    return _round(pos), colors.astype(np.float32), orient(pos, np.zeros_like(pos), faces)


def _primitive(b: GlbBuilder, pos: np.ndarray, colors: np.ndarray, faces: np.ndarray) -> dict:
    normals = np.round(vertex_normals(pos.astype(np.float64), faces), 5).astype(np.float32)
    return {
        "attributes": {
            "POSITION": b.accessor(pos, ARRAY_BUFFER, bounds=True),
            "NORMAL": b.accessor(normals, ARRAY_BUFFER),
            "COLOR_0": b.accessor(
                np.round(np.pad(srgb_to_linear(colors), ((0, 0), (0, 1)), constant_values=1.0) * 255.0).astype(
                    np.uint8
                ),
                ARRAY_BUFFER,
                normalized=True,
            ),
        },
        "indices": b.accessor(faces.astype(np.uint16).reshape(-1), ELEMENT_ARRAY_BUFFER),
        "material": 0,
    }


def glb_bytes() -> bytes:
    """The head as glTF 2.0 binary bytes (deterministic)."""
    head = build_head()
    eye_pos, eye_colors, eye_faces = build_eye()
    b = GlbBuilder()
    head_prim = _primitive(b, head.positions, head.colors, head.faces)
    head_prim["targets"] = [{"POSITION": b.sparse_vec3(t)} for t in head.targets]
    eye_prim = _primitive(b, eye_pos, eye_colors, eye_faces)
    nodes = [
        {"name": rig.NECK, "children": [1], "translation": [0.0, 0.0, 0.0]},
        {"name": rig.HEAD, "mesh": 0, "children": [2, 3], "translation": list(HEAD_OFFSET)},
    ]
    for name, side in ((rig.EYE_LEFT, 1.0), (rig.EYE_RIGHT, -1.0)):
        nodes.append(
            {"name": name, "mesh": 1, "translation": [float(v) for v in np.round(eye_centre(side), PRECISION)]}
        )
    document = {
        "asset": {"version": "2.0", "generator": "spatius_motion.avatar.head"},
        "scene": 0,
        "scenes": [{"name": "spatius-head", "nodes": [0], "extras": {"spatiusRig": rig.RIG}}],
        "nodes": nodes,
        "meshes": [
            {
                "name": "head",
                "primitives": [head_prim],
                "weights": [0.0] * len(ARKIT_NAMES),
                "extras": {"targetNames": list(ARKIT_NAMES), "parts": {k: list(v) for k, v in head.parts.items()}},
            },
            {"name": "eye", "primitives": [eye_prim]},
        ],
        "materials": [
            {
                "name": "skin",
                "pbrMetallicRoughness": {
                    "baseColorFactor": [1, 1, 1, 1],
                    "metallicFactor": 0.0,
                    "roughnessFactor": 0.8,
                },
            }
        ],
    }
    return b.glb(document)


DEFAULT_PATH = Path(__file__).with_name("head.glb")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write the procedural head as a glTF binary.")
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args(argv)
    data = glb_bytes()
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data)} bytes")


if __name__ == "__main__":
    main()
