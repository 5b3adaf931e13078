"""The software rasteriser, the posed scene and the GIF palette, without files or codecs."""

from __future__ import annotations

import numpy as np
import pytest

from spatius_motion.avatar import rig, scene
from spatius_motion.avatar.head import DEFAULT_PATH, HEAD_OFFSET, eye_centre
from spatius_motion.avatar.mouth import MOUTH_Y
from spatius_motion.avatar.raster import rasterize
from spatius_motion.avatar.render import fit_palette
from spatius_motion.workers.vocabulary import ARKIT_INDEX, ARKIT_NAMES

BLACK = np.zeros(3)


def test_a_triangle_covers_the_pixel_centres_inside_it():
    xy = np.array([[[0.0, 0.0], [4.0, 0.0], [0.0, 4.0]]])
    colours = np.ones((1, 3, 3))
    image = rasterize(xy, np.full((1, 3), 0.5), colours, 6, 6, BLACK)
    covered = image[..., 0] > 0
    rows, cols = np.indices((6, 6))
    assert np.array_equal(covered, rows + cols <= 3)  # centres (c + .5, r + .5) with x + y <= 4


def test_colours_interpolate_across_the_triangle():
    xy = np.array([[[0.0, 0.0], [8.0, 0.0], [0.0, 8.0]]])
    colours = np.array([[[1.0, 0, 0], [0, 1.0, 0], [0, 0, 1.0]]])
    image = rasterize(xy, np.zeros((1, 3)), colours, 8, 8, BLACK)
    assert image[0, 0] == pytest.approx([1.0 - 1 / 8, 1 / 16, 1 / 16], abs=1e-5)
    assert image[0, 6, 1] > image[0, 0, 1] and image[6, 0, 2] > image[0, 0, 2]


@pytest.mark.parametrize("order", [(0, 1), (1, 0)])
def test_the_nearer_triangle_wins_whatever_the_order(order):
    square = np.array([[0.0, 0.0], [10.0, 0.0], [0.0, 10.0]])
    xy = np.stack([square, square + 2.0])[list(order)]
    depth = np.array([[0.6] * 3, [0.3] * 3])[list(order)]
    colours = np.stack([np.full((3, 3), 0.25), np.full((3, 3), 0.75)])[list(order)]
    image = rasterize(xy, depth, colours, 12, 12, BLACK)
    assert image[4, 4, 0] == pytest.approx(0.75)  # both cover it: the depth-0.3 one is drawn
    assert image[1, 1, 0] == pytest.approx(0.25)  # only the far one covers it


@pytest.fixture(scope="module")
def head_scene():
    return scene.HeadScene(DEFAULT_PATH.read_bytes())


def weights(**named: float) -> list[float]:
    out = [0.0] * len(ARKIT_NAMES)
    for name, value in named.items():
        out[ARKIT_INDEX[name]] = value
    return out


def rows_of(y_head: float, size: int) -> int:
    """Image row of head-frame height ``y_head`` for the unrotated head."""
    return int(size / 2 - (HEAD_OFFSET[1] + y_head - scene.VIEW_CENTRE[1]) * size / scene.VIEW_HEIGHT)


def changed_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.flatnonzero(np.any(a != b, axis=(1, 2)))


def test_a_jaw_changes_the_mouth_and_a_blink_the_eyes_only(head_scene):
    size = 200
    neutral = head_scene.draw(weights(), {}, size)
    assert neutral.shape == (size, size, 3) and neutral.dtype == np.uint8
    assert np.array_equal(neutral[0, 0], np.round(np.array(scene.BACKGROUND) * 255))
    eye_row = rows_of(eye_centre(1.0)[1], size)
    jaw = changed_rows(neutral, head_scene.draw(weights(jawOpen=1.0), {}, size))
    assert jaw.min() >= eye_row + 5 and jaw.min() <= rows_of(MOUTH_Y, size) + 2
    blink = changed_rows(neutral, head_scene.draw(weights(eyeBlinkLeft=1.0, eyeBlinkRight=1.0), {}, size))
    assert abs(np.median(blink) - eye_row) <= 4 and blink.max() < rows_of(MOUTH_Y, size) - 10


def test_a_yaw_to_the_avatars_left_moves_the_face_to_the_image_right(head_scene):
    size = 200

    def lips_column(image: np.ndarray) -> float:
        rgb = image.astype(int)
        return float(np.nonzero(rgb[..., 0] > rgb[..., 1] + 60)[1].mean())  # the reddest pixels

    neutral = head_scene.draw(weights(), {}, size)
    turned = head_scene.draw(weights(), {rig.NECK: rig.axis_angle_quaternion([0.0, 0.5, 0.0])}, size)
    assert abs(lips_column(neutral) - size / 2) < 3
    assert lips_column(turned) > size / 2 + 15


def test_a_fallback_keyframe_opens_the_jaw_like_arkit(head_scene):
    row = np.zeros(120)
    row[9] = 0.35 * 0.5
    from_flame = head_scene.frame(row, None, 120)
    from_arkit = head_scene.frame(np.zeros(120), weights(jawOpen=0.5), 120)
    assert np.array_equal(from_flame, from_arkit)


def test_palette_is_exact_for_few_colours_and_fitted_for_many():
    few = [np.array([[[10, 20, 30], [200, 100, 0]]], np.uint8)]
    palette = fit_palette(few)
    assert palette.shape == (256, 3) and palette.dtype == np.uint8
    assert {tuple(c) for c in palette[:2]} == {(10, 20, 30), (200, 100, 0)}
    rng = np.random.default_rng(1)
    many = [rng.integers(0, 256, (64, 64, 3), dtype=np.uint8)]
    fitted = fit_palette(many, rounds=4).astype(int)
    pixels = many[0].reshape(-1, 3).astype(int)
    error = np.sqrt(((pixels[:, None, :] - fitted[None]) ** 2).sum(-1).min(axis=1)).mean()
    assert error < 30  # uniform noise in 256^3 over 256 centres: ~20 per pixel
