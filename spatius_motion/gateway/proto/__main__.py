"""``python -m gateway.proto [OUT_DIR]``: regenerate ``spatius_pb2.py`` (default: in place)."""

import sys

from spatius_motion.gateway.proto import PROTO_DIR, generate

print(generate(sys.argv[1] if len(sys.argv) > 1 else PROTO_DIR))
