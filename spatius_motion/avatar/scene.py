"""The head glb posed by the rig and drawn to an image: one keyframe -> one RGB frame (no I/O).

``HeadScene`` reads the glb's meshes, morph targets, node translations and rig data once. A
frame applies the morph weights (``rig.morph_weights``), the node rotations
(``rig.node_rotations``: neck, then each eye about its own centre), recomputes vertex normals,
shades each vertex (Lambert from one directional light plus ambient, in linear light: the glb's
vertex colours are linear, as glTF defines them), culls back faces, rasterises with an
orthographic camera looking at the face along -z and sRGB-encodes the frame. ``supersample`` renders at
that factor and box-filters down (anti-aliasing).
"""

from __future__ import annotations

from typing import Any, Mapping, Sequence

import numpy as np

from spatius_motion.avatar import rig
from spatius_motion.avatar.gltf import read_glb
from spatius_motion.avatar.raster import rasterize
from spatius_motion.avatar.shapes import linear_to_srgb, srgb_to_linear, vertex_normals

LIGHT = np.array([-0.35, 0.45, 0.82])
"""Direction towards the key light (normalised on use)."""
AMBIENT = 0.18
DIFFUSE = 0.9
"""Light reaching every surface, and the key light's strength (linear)."""
BACKGROUND = (0.93, 0.94, 0.96)
"""Display (sRGB) colour behind the head."""
ENCODE_STEPS = 4096
"""Linear levels of the lookup table that sRGB-encodes a frame."""
VIEW_CENTRE = (0.0, 0.112)
"""World x, y (metres) at the image centre."""
VIEW_HEIGHT = 0.26
"""World height (metres) the image spans."""


def quaternion_matrix(q: Sequence[float]) -> np.ndarray:
    """3x3 rotation matrix of a unit quaternion (x, y, z, w)."""
    x, y, z, w = q
    return np.array(
        [
            [1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)],
            [2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)],
            [2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)],
        ]
    )


class HeadScene:
    """The head, ready to pose and draw."""

    def __init__(self, glb: bytes) -> None:
        parsed = read_glb(glb)
        doc = parsed.document
        self.rig: dict[str, Any] = doc["scenes"][0]["extras"]["spatiusRig"]
        meshes = {m["name"]: m for m in doc["meshes"]}

        def primitive(name: str) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict]:
            prim = meshes[name]["primitives"][0]
            pos = parsed.array(prim["attributes"]["POSITION"]).astype(np.float64)
            col = parsed.array(prim["attributes"]["COLOR_0"])[:, :3].astype(np.float64)
            faces = parsed.array(prim["indices"]).astype(np.int64).reshape(-1, 3)
            return pos, col, faces, prim

        self.head_pos, self.head_col, self.head_faces, prim = primitive("head")
        self.targets = np.stack([parsed.array(t["POSITION"]) for t in prim.get("targets", [])]).astype(np.float64)
        self.eye_pos, self.eye_col, self.eye_faces, _ = primitive("eye")
        self.neck_t = np.array(parsed.node(rig.NECK).get("translation", [0.0, 0.0, 0.0]))
        self.head_t = np.array(parsed.node(rig.HEAD).get("translation", [0.0, 0.0, 0.0]))
        self.eye_t = {n: np.array(parsed.node(n)["translation"]) for n in (rig.EYE_LEFT, rig.EYE_RIGHT)}
        self.eye_normals = vertex_normals(self.eye_pos, self.eye_faces)
        self.faces = np.concatenate(
            [
                self.head_faces,
                self.eye_faces + len(self.head_pos),
                self.eye_faces + len(self.head_pos) + len(self.eye_pos),
            ]
        )
        self.colors = np.concatenate([self.head_col, self.eye_col, self.eye_col])
        self.light = LIGHT / np.linalg.norm(LIGHT)
        levels = np.arange(ENCODE_STEPS) / (ENCODE_STEPS - 1)
        self.encode = np.round(linear_to_srgb(levels) * 255.0).astype(np.uint8)

    def posed(
        self, weights: Sequence[float], rotations: Mapping[str, Sequence[float]]
    ) -> tuple[np.ndarray, np.ndarray]:
        """World positions and unit normals of every vertex (head mesh, left eye, right eye)."""
        w = np.asarray(weights, dtype=np.float64)
        active = np.flatnonzero(w)
        local = (
            self.head_pos + np.einsum("k,kvc->vc", w[active], self.targets[active]) if len(active) else self.head_pos
        )
        neck = quaternion_matrix(rotations.get(rig.NECK, rig.IDENTITY))
        positions = [local]
        normals = [vertex_normals(local, self.head_faces)]
        for name in (rig.EYE_LEFT, rig.EYE_RIGHT):
            eye = quaternion_matrix(rotations.get(name, rig.IDENTITY))
            positions.append(self.eye_pos @ eye.T + self.eye_t[name])
            normals.append(self.eye_normals @ eye.T)
        pos = (np.concatenate(positions) + self.head_t) @ neck.T + self.neck_t
        return pos, np.concatenate(normals) @ neck.T

    def draw(
        self, weights: Sequence[float], rotations: Mapping[str, Sequence[float]], size: int, supersample: int = 1
    ) -> np.ndarray:
        """One uint8 [size, size, 3] RGB frame of the posed head."""
        pos, normals = self.posed(weights, rotations)
        shade = AMBIENT + DIFFUSE * np.clip(normals @ self.light, 0.0, 1.0)
        vert_col = np.clip(self.colors * shade[:, None], 0.0, 1.0)
        n = size * supersample
        scale = n / VIEW_HEIGHT
        sx = (pos[:, 0] - VIEW_CENTRE[0]) * scale + n / 2.0
        sy = n / 2.0 - (pos[:, 1] - VIEW_CENTRE[1]) * scale
        tri_xy = np.stack([sx, sy], axis=-1)[self.faces]
        # y points down on screen, so a face turned to the viewer winds clockwise there
        e1 = tri_xy[:, 1] - tri_xy[:, 0]
        e2 = tri_xy[:, 2] - tri_xy[:, 0]
        front = e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0] < 0
        faces = self.faces[front]
        depth = np.clip(0.5 - pos[:, 2] / 1.0, 0.0, 1.0)
        background = srgb_to_linear(np.array(BACKGROUND))
        image = rasterize(tri_xy[front], depth[faces], vert_col[faces], n, n, background)
        if supersample > 1:
            image = image.reshape(size, supersample, size, supersample, 3).mean(axis=(1, 3))
        return self.encode[np.round(np.clip(image, 0.0, 1.0) * (ENCODE_STEPS - 1)).astype(np.int64)]

    def frame(
        self, flame_row: Sequence[float], arkit_row: Sequence[float] | None, size: int, supersample: int = 1
    ) -> np.ndarray:
        """One keyframe (FLAME row, optional ARKit row) drawn through the rig."""
        weights, rotations = rig.pose(flame_row, arkit_row, self.rig)
        return self.draw(weights, rotations, size, supersample)
