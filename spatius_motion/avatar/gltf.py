"""A minimal glTF 2.0 binary (GLB) writer and reader for the head (numpy arrays in, out).

The writer packs float32/uint16/uint32 arrays into one BIN chunk (each bufferView 4-byte
aligned) and emits morph target displacements as sparse accessors (only the vertices a target
moves), which keeps 52 targets small. The reader reverses exactly what the writer emits (plain
and sparse accessors, one buffer in the GLB's BIN chunk); it is not a general glTF loader.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from typing import Any

import numpy as np

MAGIC = b"glTF"
JSON_CHUNK = 0x4E4F534A
BIN_CHUNK = 0x004E4942
ARRAY_BUFFER = 34962
ELEMENT_ARRAY_BUFFER = 34963

_COMPONENTS = {5121: np.uint8, 5123: np.uint16, 5125: np.uint32, 5126: np.float32}
_CODES = {np.dtype(dtype): code for code, dtype in _COMPONENTS.items()}
_WIDTH = {"SCALAR": 1, "VEC2": 2, "VEC3": 3, "VEC4": 4}
_TYPES = {width: name for name, width in _WIDTH.items()}


class GlbError(ValueError):
    """The bytes are not a GLB this module can read."""


@dataclass
class GlbBuilder:
    """Collects arrays into one binary buffer and the accessor/bufferView JSON describing it."""

    blob: bytearray = field(default_factory=bytearray)
    views: list[dict[str, Any]] = field(default_factory=list)
    accessors: list[dict[str, Any]] = field(default_factory=list)

    def _view(self, data: np.ndarray, target: int | None = None) -> int:
        while len(self.blob) % 4:
            self.blob.append(0)
        view: dict[str, Any] = {"buffer": 0, "byteOffset": len(self.blob), "byteLength": data.nbytes}
        if target is not None:
            view["target"] = target
        self.blob += np.ascontiguousarray(data).astype(data.dtype.newbyteorder("<")).tobytes()
        self.views.append(view)
        return len(self.views) - 1

    def accessor(
        self, data: np.ndarray, target: int | None = None, bounds: bool = False, normalized: bool = False
    ) -> int:
        """Adds ``data`` (rows of 1-4 components) as a plain accessor; returns its index.

        ``normalized``: integer components read as [0, 1] (e.g. uint8 vertex colours)."""
        rows = data.reshape(len(data), -1)
        acc: dict[str, Any] = {
            "bufferView": self._view(rows, target),
            "componentType": _CODES[rows.dtype],
            "count": len(rows),
            "type": _TYPES[rows.shape[1]] if data.ndim > 1 else "SCALAR",
        }
        if normalized:
            acc["normalized"] = True
        if bounds:
            acc["min"] = [float(v) for v in rows.min(axis=0)]
            acc["max"] = [float(v) for v in rows.max(axis=0)]
        self.accessors.append(acc)
        return len(self.accessors) - 1

    def sparse_vec3(self, dense: np.ndarray) -> int:
        """Adds float32 [n, 3] ``dense`` as a sparse accessor over zeros (its non-zero rows)."""
        rows = np.flatnonzero(np.any(dense != 0, axis=1))
        if len(rows) == 0:
            raise ValueError("a sparse accessor needs at least one non-zero row")
        index_type = np.uint16 if len(dense) < 65536 else np.uint32
        acc = {
            "componentType": 5126,
            "count": len(dense),
            "type": "VEC3",
            "min": [float(v) for v in dense.min(axis=0)],
            "max": [float(v) for v in dense.max(axis=0)],
            "sparse": {
                "count": len(rows),
                "indices": {
                    "bufferView": self._view(rows.astype(index_type)),
                    "componentType": _CODES[np.dtype(index_type)],
                },
                "values": {"bufferView": self._view(dense[rows].astype(np.float32))},
            },
        }
        self.accessors.append(acc)
        return len(self.accessors) - 1

    def glb(self, document: dict[str, Any]) -> bytes:
        """The GLB file: ``document`` plus this builder's buffer, views and accessors."""
        while len(self.blob) % 4:
            self.blob.append(0)
        doc = dict(document, buffers=[{"byteLength": len(self.blob)}], bufferViews=self.views, accessors=self.accessors)
        text = json.dumps(doc, separators=(",", ":"), sort_keys=True).encode()
        text += b" " * (-len(text) % 4)
        total = 12 + 8 + len(text) + 8 + len(self.blob)
        return b"".join(
            (
                struct.pack("<4sII", MAGIC, 2, total),
                struct.pack("<II", len(text), JSON_CHUNK),
                text,
                struct.pack("<II", len(self.blob), BIN_CHUNK),
                bytes(self.blob),
            )
        )


@dataclass
class Glb:
    """A parsed GLB: its JSON document and BIN chunk."""

    document: dict[str, Any]
    blob: bytes

    def _view(self, index: int, dtype: type, count: int) -> np.ndarray:
        view = self.document["bufferViews"][index]
        start = view.get("byteOffset", 0)
        if start + count * np.dtype(dtype).itemsize > start + view["byteLength"]:
            raise GlbError(f"bufferView {index} is shorter than its accessor")
        return np.frombuffer(self.blob, dtype=np.dtype(dtype).newbyteorder("<"), count=count, offset=start)

    def array(self, index: int) -> np.ndarray:
        """Accessor ``index`` as a numpy array ([count] or [count, width]), sparse resolved."""
        acc = self.document["accessors"][index]
        width = _WIDTH[acc["type"]]
        dtype = _COMPONENTS[acc["componentType"]]
        if "bufferView" in acc:
            out = self._view(acc["bufferView"], dtype, acc["count"] * width).reshape(acc["count"], width).copy()
        else:
            out = np.zeros((acc["count"], width), dtype=dtype)
        sparse = acc.get("sparse")
        if sparse:
            idx = self._view(
                sparse["indices"]["bufferView"], _COMPONENTS[sparse["indices"]["componentType"]], sparse["count"]
            )
            values = self._view(sparse["values"]["bufferView"], dtype, sparse["count"] * width)
            out[idx.astype(np.int64)] = values.reshape(-1, width)
        if acc.get("normalized") and dtype != np.float32:
            out = out.astype(np.float32) / float(np.iinfo(out.dtype).max)
        return out[:, 0] if acc["type"] == "SCALAR" else out

    def node(self, name: str) -> dict[str, Any]:
        for node in self.document["nodes"]:
            if node.get("name") == name:
                return dict(node)
        raise GlbError(f"no node named {name!r}")


def read_glb(data: bytes) -> Glb:
    """Parses GLB bytes (header, JSON chunk, BIN chunk); raises ``GlbError`` on a malformed file."""
    if len(data) < 20:
        raise GlbError("too short for a GLB")
    magic, version, total = struct.unpack_from("<4sII", data, 0)
    if magic != MAGIC or version != 2 or total != len(data):
        raise GlbError("not a glTF 2.0 binary")
    length, kind = struct.unpack_from("<II", data, 12)
    if kind != JSON_CHUNK:
        raise GlbError("first chunk is not JSON")
    document = json.loads(data[20 : 20 + length])
    blob = b""
    offset = 20 + length
    if offset + 8 <= len(data):
        blen, bkind = struct.unpack_from("<II", data, offset)
        if bkind != BIN_CHUNK:
            raise GlbError("second chunk is not BIN")
        blob = data[offset + 8 : offset + 8 + blen]
    return Glb(document, blob)
