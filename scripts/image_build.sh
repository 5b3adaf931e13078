#!/usr/bin/env bash
# Builds the server image from the Dockerfile with podman or docker, whichever engine answers.
#
# Environment (all optional):
#   BASE_IMAGE   base image (default: the Dockerfile's pinned python:3.11-slim tag)
#   VARIANT      cpu (default) or cuda (onnxruntime-gpu; build only where a GPU base is wanted)
#   PYTHON       the base's Python 3.11 interpreter (default python3)
#   IMAGE        image name (default localhost/spatius-motion)
#   IMAGE_TAG    tag (default: the distribution version in pyproject.toml, "-cuda" added for cuda)
#   ENGINE       podman or docker, to skip detection
#   BUILD_FLAGS  extra flags for the engine's build command
#   CA_BUNDLE    CA bundle pip trusts inside the build, passed as the build secret "pip_ca"
#                (default: PIP_CERT, else pip's configured global.cert; needed behind a
#                TLS-inspecting proxy)
# Proxies reach the build as the engines' predefined build args: HTTP_PROXY, HTTPS_PROXY, NO_PROXY.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/image_engine.sh

VARIANT=${VARIANT:-cpu}
IMAGE=${IMAGE:-localhost/spatius-motion}
if [ -z "${IMAGE_TAG:-}" ]; then
  IMAGE_TAG=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
  [ "$VARIANT" = cpu ] || IMAGE_TAG="$IMAGE_TAG-$VARIANT"
fi
args=(--build-arg "VARIANT=$VARIANT" --build-arg "PYTHON=${PYTHON:-python3}" -t "$IMAGE:$IMAGE_TAG")
[ -z "${BASE_IMAGE:-}" ] || args+=(--build-arg "BASE_IMAGE=$BASE_IMAGE")
CA_BUNDLE=${CA_BUNDLE:-${PIP_CERT:-$(python3 -m pip config get global.cert 2>/dev/null || true)}}
[ -z "$CA_BUNDLE" ] || args+=(--secret "id=pip_ca,src=$CA_BUNDLE")
for proxy in HTTP_PROXY HTTPS_PROXY NO_PROXY http_proxy https_proxy no_proxy; do
  [ -z "${!proxy:-}" ] || args+=(--build-arg "$proxy=${!proxy}")
done
# shellcheck disable=SC2086
engine_build "${args[@]}" ${BUILD_FLAGS:-} .
echo "built $IMAGE:$IMAGE_TAG with $ENGINE"
