"""The wire schema: ``spatius.proto`` and its generated module ``spatius_pb2`` (committed).

``spatius_pb2`` is what the server imports at run time; ``generate`` rebuilds it from the
``.proto`` with ``grpc_tools.protoc`` (a test-time dependency, imported only here), and
``tests/unit/test_proto_schema.py`` checks that the committed module matches the ``.proto``.
Regenerate with ``python -m gateway.proto`` or ``scripts/gen_proto.sh``.
"""

from __future__ import annotations

from pathlib import Path

PROTO_DIR = Path(__file__).resolve().parent
PROTO_FILE = PROTO_DIR / "spatius.proto"


def generate(out_dir: str | Path = PROTO_DIR) -> Path:
    """Compile ``spatius.proto`` into ``<out_dir>/spatius_pb2.py`` and return that path.

    Raises ``RuntimeError`` with protoc's exit status when compilation fails.
    """
    from importlib.resources import files

    from grpc_tools import protoc

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    well_known = files("grpc_tools") / "_proto"
    status = protoc.main(
        [
            "grpc_tools.protoc",
            f"--proto_path={PROTO_DIR}",
            f"--proto_path={well_known}",
            f"--python_out={out_dir}",
            str(PROTO_FILE),
        ]
    )
    if status != 0:
        raise RuntimeError(f"protoc failed with exit status {status} on {PROTO_FILE}")
    return out_dir / "spatius_pb2.py"
