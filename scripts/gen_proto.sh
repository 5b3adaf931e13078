#!/bin/sh
# Regenerate gateway/proto/spatius_pb2.py from gateway/proto/spatius.proto (needs grpcio-tools).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
exec "$PYTHON" -m gateway.proto "$@"
