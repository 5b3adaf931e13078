"""Procedural building blocks of the head: the face surface, grids, tubes, shells (numpy).

All lengths in metres, in the head node's frame: +y up, +z out of the face (the viewer),
+x the avatar's left. ``Part`` collects one piece's vertices, colours and triangles; triangle
winding is made to face away from each vertex's ``anchor`` (a point inside the piece), so
back-face culling and normals agree for every part.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

SKULL = (0.074, 0.098, 0.088)
"""Semi-axes of the skull ellipsoid (x, y, z)."""
JAW_NARROWING = 0.24
"""Relative narrowing of the face's width at the chin."""
NOSE = (0.0, -0.020, 0.009, 0.013, 0.013)
"""Nose bump: centre x, y, sigma x, sigma y, height."""
EYE_CENTRE = (0.031, 0.018)
"""Left eye centre x, y (the right eye mirrors x)."""
EYE_RADIUS = 0.0125
SOCKET = (0.012, 0.0045)
"""Eye socket dent: sigma, depth."""

SKIN = (0.87, 0.68, 0.56)
HAIR = (0.24, 0.15, 0.10)
LIP = (0.74, 0.36, 0.36)
MOUTH = (0.22, 0.05, 0.06)
TEETH = (0.95, 0.93, 0.88)
TONGUE = (0.78, 0.38, 0.40)
BROW = (0.26, 0.17, 0.11)
LASH = (0.12, 0.08, 0.07)
EYE_WHITE, IRIS, PUPIL = (0.96, 0.96, 0.95), (0.28, 0.47, 0.62), (0.03, 0.03, 0.04)
"""Display (sRGB-encoded) colours of the parts; the glb stores them linear (``srgb_to_linear``)."""


def srgb_to_linear(c: np.ndarray) -> np.ndarray:
    """sRGB-encoded [0, 1] values to linear light (IEC 61966-2-1), as glTF's COLOR_0 wants."""
    return np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(c: np.ndarray) -> np.ndarray:
    """Linear light [0, 1] to sRGB-encoded values (the inverse of ``srgb_to_linear``)."""
    c = np.clip(c, 0.0, 1.0)
    return np.where(c <= 0.0031308, c * 12.92, 1.055 * c ** (1.0 / 2.4) - 0.055)


def smoothstep(edge0: float, edge1: float, x: np.ndarray) -> np.ndarray:
    t = np.clip((x - edge0) / (edge1 - edge0), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def gauss(x: np.ndarray, y: np.ndarray, cx: float, cy: float, sx: float, sy: float) -> np.ndarray:
    return np.exp(-0.5 * (((x - cx) / sx) ** 2 + ((y - cy) / sy) ** 2))


def width_scale(y: np.ndarray) -> np.ndarray:
    """Face width factor at height ``y``: narrower towards the chin."""
    return 1.0 - JAW_NARROWING * np.clip(-y / SKULL[1], 0.0, 1.0) ** 2


def front_relief(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Depth added to the face's front: the nose bump minus the eye sockets."""
    nx, ny, sx, sy, height = NOSE
    relief = height * gauss(x, y, nx, ny, sx, sy) * smoothstep(0.03, -0.01, y - ny + 0.0)
    for side in (1.0, -1.0):
        relief -= SOCKET[1] * gauss(x, y, side * EYE_CENTRE[0], EYE_CENTRE[1], SOCKET[0], SOCKET[0])
    return relief


def skull_point(cx: np.ndarray, cy: np.ndarray, cz: np.ndarray) -> np.ndarray:
    """The skin point in unit direction (cx, cy, cz) of the skull ellipsoid, relief included."""
    y = SKULL[1] * cy
    x = SKULL[0] * width_scale(y) * cx
    z = SKULL[2] * cz + front_relief(x, y) * np.clip(cz, 0.0, 1.0) ** 2
    return np.stack([x, y, z], axis=-1)


def face_z(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Depth of the face's front surface at (x, y) (the same surface ``skull_point`` builds)."""
    cx = x / (SKULL[0] * width_scale(y))
    cy = y / SKULL[1]
    cz = np.sqrt(np.clip(1.0 - cx * cx - cy * cy, 0.0, 1.0))
    return SKULL[2] * cz + front_relief(x, y) * cz**2


def grid_faces(rows: int, cols: int, wrap: bool = False, mirror: bool = False) -> np.ndarray:
    """Triangles of a rows x cols vertex grid (row-major), optionally closed across columns.

    ``mirror`` splits the quads of the first half of the columns along the other diagonal, so
    a grid whose columns run symmetrically about a plane is triangulated symmetrically too (and
    colours interpolate alike on both sides)."""
    c = cols if wrap else cols - 1
    r, k = np.meshgrid(np.arange(rows - 1), np.arange(c), indexing="ij")
    a = r * cols + k
    b = r * cols + (k + 1) % cols
    d = (r + 1) * cols + k
    e = (r + 1) * cols + (k + 1) % cols
    other = (k < c // 2) if mirror else np.zeros_like(k, dtype=bool)
    first = np.where(other[..., None], np.stack([a, d, e], -1), np.stack([a, d, b], -1))
    second = np.where(other[..., None], np.stack([a, e, b], -1), np.stack([b, d, e], -1))
    return np.concatenate([first.reshape(-1, 3), second.reshape(-1, 3)])


@dataclass
class Part:
    """One named piece: positions [n, 3], anchors [n, 3], colours [n, 3], faces [m, 3]."""

    name: str
    positions: np.ndarray
    anchors: np.ndarray
    colors: np.ndarray
    faces: np.ndarray


def orient(positions: np.ndarray, anchors: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """``faces`` with each triangle's winding flipped where its normal points at its anchor."""
    p = positions[faces]
    normal = np.cross(p[:, 1] - p[:, 0], p[:, 2] - p[:, 0])
    outward = p.mean(axis=1) - anchors[faces].mean(axis=1)
    flip = np.einsum("ij,ij->i", normal, outward) < 0
    out = faces.copy()
    out[flip] = out[flip][:, [0, 2, 1]]
    return out


def vertex_normals(positions: np.ndarray, faces: np.ndarray) -> np.ndarray:
    """Area-weighted unit vertex normals of [n, 3] ``positions``."""
    p0 = positions[faces[:, 0]]
    face_n = np.cross(positions[faces[:, 1]] - p0, positions[faces[:, 2]] - p0)
    corners = faces.reshape(-1)
    normals = np.stack(
        [np.bincount(corners, np.repeat(face_n[:, c], 3), minlength=len(positions)) for c in range(3)], axis=-1
    )
    length = np.linalg.norm(normals, axis=-1, keepdims=True)
    return normals / np.maximum(length, 1e-12)


def tube(centre: np.ndarray, half_y: np.ndarray, half_z: np.ndarray, around: int) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of an elliptic tube along ``centre`` [n, 3] (cross-section in the y-z plane).

    Returns positions [n * around, 3] (row per centre point) and their anchors (the centre).
    """
    psi = np.linspace(0.0, 2.0 * np.pi, around, endpoint=False)
    pos = np.repeat(centre[:, None, :], around, axis=1).copy()
    pos[..., 1] += half_y[:, None] * np.sin(psi)
    pos[..., 2] += half_z[:, None] * np.cos(psi)
    anchors = np.repeat(centre[:, None, :], around, axis=1)
    return pos.reshape(-1, 3), anchors.reshape(-1, 3)


def visor(centre: np.ndarray, radius: float, alphas: np.ndarray, half_width: float, cols: int) -> np.ndarray:
    """A spherical band around ``centre``: rows at elevations ``alphas`` (rad, about the x axis,
    0 = straight ahead, + = up), columns over azimuth +-``half_width`` (rad). [rows * cols, 3]."""
    beta = np.linspace(-half_width, half_width, cols)
    a, b = np.meshgrid(alphas, beta, indexing="ij")
    d = np.stack([np.sin(b), np.cos(b) * np.sin(a), np.cos(b) * np.cos(a)], axis=-1)
    return (centre + radius * d).reshape(-1, 3)


def uv_sphere(rings: int, segments: int) -> tuple[np.ndarray, np.ndarray]:
    """Unit directions of a UV sphere (poles on y, seam at -z) and its triangles."""
    theta = np.linspace(0.0, np.pi, rings + 1)[1:-1]
    phi = np.linspace(0.0, 2.0 * np.pi, segments, endpoint=False)
    t, f = np.meshgrid(theta, phi, indexing="ij")
    body = np.stack([np.sin(t) * np.sin(f), np.cos(t), np.sin(t) * np.cos(f)], axis=-1).reshape(-1, 3)
    dirs = np.concatenate([[[0.0, 1.0, 0.0]], body, [[0.0, -1.0, 0.0]]])
    faces = grid_faces(len(theta), segments, wrap=True, mirror=True) + 1
    top = np.stack([np.zeros(segments, int), 1 + (np.arange(segments) + 1) % segments, 1 + np.arange(segments)], -1)
    last = 1 + (len(theta) - 1) * segments
    bottom = np.stack(
        [np.full(segments, len(dirs) - 1), last + np.arange(segments), last + (np.arange(segments) + 1) % segments], -1
    )
    return dirs, np.concatenate([top, faces, bottom])
