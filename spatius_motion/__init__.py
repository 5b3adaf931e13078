"""Spatius Motion Server: speech audio in over the Spatius protocol, avatar motion keyframes out.

``__version__`` is the installed distribution's version (one source: ``pyproject.toml``, read
back through the package metadata); a source tree that was never installed reads
``pyproject.toml`` itself.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

DISTRIBUTION = "spatius-motion"
"""Name of the distribution this package ships in (``pip install spatius-motion``)."""


def _version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        try:
            return str(tomllib.loads(pyproject.read_text())["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            return "0+unknown"


__version__ = _version()
