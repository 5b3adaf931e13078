"""A numpy software rasteriser: triangles with per-vertex colours, z-buffered (no I/O).

Triangles arrive in pixel coordinates (x right, y down, pixel centres at +0.5) with a depth per
vertex (smaller is nearer) and a colour per vertex. Coverage is tested at pixel centres with
edge functions; colours and depth are interpolated barycentrically (Gouraud). All triangles are
processed together: they are bucketed by bounding-box width and height (powers of two), each
bucket's candidate pixels are one array, and the z-buffer is one ``np.minimum.at`` of quantised
depths, so the cost is a few numpy passes per frame, not a Python loop per triangle; colours are
interpolated for the visible fragments only (fragments of equal depth: either one is drawn).
"""

from __future__ import annotations

import numpy as np

DEPTH_STEPS = 1 << 24
"""Depth quantisation of the z-buffer."""


def _edge_coefficients(xy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per triangle the affine barycentric maps w_k(x, y) = a_k x + b_k y + c_k ([T, 3] each),
    and a mask of non-degenerate triangles."""
    x, y = xy[..., 0], xy[..., 1]
    area = (x[:, 1] - x[:, 0]) * (y[:, 2] - y[:, 0]) - (x[:, 2] - x[:, 0]) * (y[:, 1] - y[:, 0])
    ok = np.abs(area) > 1e-9
    inv = np.where(ok, 1.0 / np.where(ok, area, 1.0), 0.0)
    a = np.empty_like(x)
    b = np.empty_like(x)
    c = np.empty_like(x)
    for k in range(3):
        i, j = (k + 1) % 3, (k + 2) % 3
        a[:, k] = (y[:, i] - y[:, j]) * inv
        b[:, k] = (x[:, j] - x[:, i]) * inv
        c[:, k] = (x[:, i] * y[:, j] - x[:, j] * y[:, i]) * inv
    return a, b, c, ok


def rasterize(
    xy: np.ndarray, depth: np.ndarray, colors: np.ndarray, width: int, height: int, background: np.ndarray
) -> np.ndarray:
    """Draws triangles into a float32 [height, width, 3] image.

    ``xy`` [T, 3, 2] pixel coordinates, ``depth`` [T, 3] (in [0, 1), smaller nearer),
    ``colors`` [T, 3, 3] per-vertex colours; ``background`` [3] fills uncovered pixels.
    """
    image = np.empty((height * width, 3), dtype=np.float32)
    image[:] = background
    if len(xy) == 0:
        return image.reshape(height, width, 3)
    lo = np.ceil(xy.min(axis=1) - 0.5).astype(np.int64)
    hi = np.floor(xy.max(axis=1) - 0.5).astype(np.int64)
    lo = np.maximum(lo, 0)
    hi[:, 0] = np.minimum(hi[:, 0], width - 1)
    hi[:, 1] = np.minimum(hi[:, 1], height - 1)
    span = hi - lo + 1
    a, b, c, ok = _edge_coefficients(xy.astype(np.float64))
    # depth is affine in (x, y) over a triangle: z = za x + zb y + zc
    za, zb, zc = ((coef * depth).sum(axis=1).astype(np.float32) for coef in (a, b, c))
    a, b, c = a.astype(np.float32), b.astype(np.float32), c.astype(np.float32)
    keep = ok & (span[:, 0] > 0) & (span[:, 1] > 0)
    level = np.ceil(np.log2(np.maximum(span, 1))).astype(np.int64)
    bucket = np.where(keep, level[:, 0] * 64 + level[:, 1], -1)
    pixels, keys, owners = [], [], []
    for key in np.unique(bucket[bucket >= 0]):
        tri = np.flatnonzero(bucket == key)
        bw, bh = 1 << int(key // 64), 1 << int(key % 64)
        oy, ox = np.divmod(np.arange(bw * bh), bw)
        px = lo[tri, 0, None] + ox
        py = lo[tri, 1, None] + oy
        cx = (px + 0.5).astype(np.float32)
        cy = (py + 0.5).astype(np.float32)
        w0 = a[tri, 0, None] * cx + b[tri, 0, None] * cy + c[tri, 0, None]
        w1 = a[tri, 1, None] * cx + b[tri, 1, None] * cy + c[tri, 1, None]
        inside = (px <= hi[tri, 0, None]) & (py <= hi[tri, 1, None]) & (w0 >= -1e-6) & (w1 >= -1e-6)
        inside &= w0 + w1 <= 1.0 + 1e-6
        t_idx, f_idx = np.nonzero(inside)
        tri_of = tri[t_idx]
        x, y = cx[t_idx, f_idx], cy[t_idx, f_idx]
        z = za[tri_of] * x + zb[tri_of] * y + zc[tri_of]
        pixels.append(py[t_idx, f_idx] * width + px[t_idx, f_idx])
        keys.append(np.clip(z * DEPTH_STEPS, 0, DEPTH_STEPS - 1).astype(np.int64))
        owners.append(tri_of)
    if not pixels:
        return image.reshape(height, width, 3)
    pix = np.concatenate(pixels)
    depth_key = np.concatenate(keys)
    zbuffer = np.full(height * width, DEPTH_STEPS, dtype=np.int64)
    np.minimum.at(zbuffer, pix, depth_key)
    nearest = depth_key == zbuffer[pix]
    pix = pix[nearest]
    owner = np.concatenate(owners)[nearest]
    x = (pix % width + 0.5).astype(np.float32)
    y = (pix // width + 0.5).astype(np.float32)
    drawn = np.zeros((len(pix), 3), dtype=np.float32)
    for k in range(3):
        wk = a[owner, k] * x + b[owner, k] * y + c[owner, k]
        drawn += wk[:, None] * colors[owner, k]
    image[pix] = drawn
    return image.reshape(height, width, 3)
