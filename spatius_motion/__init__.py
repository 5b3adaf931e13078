"""Spatius Motion Server: speech audio in over the Spatius protocol, avatar motion keyframes out.

``__version__`` is the installed distribution's version (one source: ``pyproject.toml``, read
back through the package metadata); a source tree that was never installed reads
``pyproject.toml`` itself. It is computed on first access: importing ``importlib.metadata``
costs ~20 ms, which every process importing this package (Ray workers too) would pay otherwise.
"""

from __future__ import annotations

from pathlib import Path

DISTRIBUTION = "spatius-motion"
"""Name of the distribution this package ships in (``pip install spatius-motion``)."""


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text())["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
