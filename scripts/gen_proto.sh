#!/bin/sh
# Regenerate spatius_motion/gateway/proto/spatius_pb2.py from spatius_motion/gateway/proto/spatius.proto (needs grpcio-tools).
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-.venv/bin/python}"
exec "$PYTHON" -m spatius_motion.gateway.proto "$@"
