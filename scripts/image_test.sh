#!/usr/bin/env bash
# make image-test: build the image on a local Debian base, run it, and drive an official SDK
# session against the running container. Not part of `make test` (.ci/image-test runs it).
#
# 1. Base image: no registry is reachable here, so `debootstrap bookworm` (minbase plus python3,
#    python3-venv, ca-certificates, wget) from the mirror apt is configured with, imported as
#    $TEST_BASE_IMAGE. The rootfs tarball is cached in .cache/image/ (git-ignored): reruns skip
#    debootstrap, and skip the import while the engine still has the base.
# 2. The image: scripts/image_build.sh with BASE_IMAGE=$TEST_BASE_IMAGE (IMAGE_TEST_NO_CACHE=1
#    builds without the layer cache, for a cold build time).
# 3. A container: embedded defaults (in-process Redis stand-in, local Ray, shipped model),
#    port 8080 published on 127.0.0.1 only, --dev-credentials written to a mounted folder.
#    Waits for /healthz, runs the image's HEALTHCHECK once, then scripts/image_sdk_check.py
#    from the host's test venv; then stops and removes that container by its id.
# 4. A Ray node: a second container runs `ray start --head` in a login shell, as KubeRay does,
#    and answers KubeRay's probes (/api/local_raylet_healthz, /api/gcs_healthz) and a driver.
#
# Prints one line "IMAGE_TEST {...}" with the figures (sizes, times, the SDK session).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
CACHE=.cache/image
TEST_BASE_IMAGE=${TEST_BASE_IMAGE:-localhost/spatius-base:bookworm}
IMAGE=${IMAGE:-localhost/spatius-motion}
IMAGE_TAG=${IMAGE_TAG:-image-test}
DEADLINE_S=${DEADLINE_S:-180}

log() { echo "image-test: $*" >&2; }

# --- tools -------------------------------------------------------------------------------------
missing=()
for tool in podman:podman debootstrap:debootstrap runc:runc newuidmap:uidmap slirp4netns:slirp4netns; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ] && [ -z "${ENGINE:-}" ]; then
  log "installing ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
. scripts/image_engine.sh

# --- 1. base image -----------------------------------------------------------------------------
debian_mirror() {
  # The first non-security Debian URI apt uses (deb822 "URIs:" or one-line "deb [opts] URI suite").
  cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null \
    | grep -E '^[[:space:]]*(URIs:|deb[[:space:]])' | grep -v security \
    | grep -oE '(https?|file)://[^[:space:]]+' | head -n 1 || true
}

base_start=$(date +%s)
if ! $ENGINE image inspect "$TEST_BASE_IMAGE" >/dev/null 2>&1; then
  tarball=$CACHE/bookworm-python3.tar
  if [ ! -s "$tarball" ]; then
    mirror=${DEBIAN_MIRROR:-$(debian_mirror)}
    mirror=${mirror:-http://deb.debian.org/debian}
    rootfs=$(mktemp -d /tmp/spatius-rootfs.XXXXXX)
    log "debootstrap bookworm from $mirror"
    debootstrap --variant=minbase --include=python3,python3-venv,ca-certificates,wget \
      bookworm "$rootfs" "$mirror" >"$rootfs.log" 2>&1 || { tail -20 "$rootfs.log" >&2; exit 1; }
    rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs.log"
    mkdir -p "$CACHE"
    tar -C "$rootfs" -c . >"$tarball.part" && mv "$tarball.part" "$tarball"
    rm -rf "$rootfs"
  fi
  log "importing $tarball as $TEST_BASE_IMAGE"
  $ENGINE import --change 'CMD ["/bin/bash"]' "$tarball" "$TEST_BASE_IMAGE" >/dev/null
fi
base_s=$(( $(date +%s) - base_start ))

# --- 2. the image ------------------------------------------------------------------------------
build_start=$(date +%s)
BUILD_FLAGS="${BUILD_FLAGS:-} ${IMAGE_TEST_NO_CACHE:+--no-cache}" \
  BASE_IMAGE=$TEST_BASE_IMAGE PYTHON=/usr/bin/python3 IMAGE=$IMAGE IMAGE_TAG=$IMAGE_TAG \
  scripts/image_build.sh >&2
build_s=$(( $(date +%s) - build_start ))
image_bytes=$($ENGINE image inspect --format '{{.Size}}' "$IMAGE:$IMAGE_TAG")

# --- 3. a gateway container and an SDK session -------------------------------------------------
workdir=$(mktemp -d /tmp/spatius-image-test.XXXXXX)
chmod 0777 "$workdir"  # the container's user (10001) writes the credentials file here
cid=""
ray_cid=""
cleanup() {
  for id in "$cid" "$ray_cid"; do
    [ -z "$id" ] || { $ENGINE stop -t 30 "$id" >/dev/null 2>&1 || true; $ENGINE rm -f "$id" >/dev/null 2>&1 || true; }
  done
  rm -rf "$workdir"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
run_flags=()
[ "$ENGINE" != podman ] || run_flags+=(--health-interval disable)  # no systemd timers here
run_start=$(date +%s)
cid=$(engine_run -d "${run_flags[@]}" -p "127.0.0.1:$port:8080" -v "$workdir:/run/spatius" \
  -e SPATIUS_PUBLIC_CONSOLE_URL="http://127.0.0.1:$port/v1/console" \
  -e SPATIUS_PUBLIC_INGRESS_URL="ws://127.0.0.1:$port/v2/driveningress" \
  "$IMAGE:$IMAGE_TAG" serve --host 0.0.0.0 --dev-credentials /run/spatius/dev.json)
log "container $cid on 127.0.0.1:$port"

healthy=""
deadline=$(( $(date +%s) + DEADLINE_S ))
while [ "$(date +%s)" -lt "$deadline" ]; do
  if [ "$($ENGINE inspect --format '{{.State.Running}}' "$cid")" != true ]; then
    $ENGINE logs "$cid" 2>&1 | tail -30 >&2
    log "the container stopped before /healthz answered"; exit 1
  fi
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/healthz', timeout=2)" 2>/dev/null \
     && [ -s "$workdir/dev.json" ]; then
    healthy=yes; break
  fi
  sleep 1
done
[ -n "$healthy" ] || { $ENGINE logs "$cid" 2>&1 | tail -30 >&2; log "no /healthz within ${DEADLINE_S}s"; exit 1; }
ready_s=$(( $(date +%s) - run_start ))
healthcheck=n/a
if [ "$ENGINE" = podman ]; then
  podman healthcheck run "$cid" >/dev/null 2>&1 && healthcheck=healthy || { log "HEALTHCHECK failed"; exit 1; }
fi
readyz=$(python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port/readyz', timeout=5).read().decode())")
session=$("$PY" scripts/image_sdk_check.py "$workdir/dev.json") || { echo "$session" >&2; $ENGINE logs "$cid" 2>&1 | tail -30 >&2; exit 1; }
log "SDK session: $session"
$ENGINE stop -t 30 "$cid" >/dev/null 2>&1
$ENGINE rm -f "$cid" >/dev/null 2>&1
cid=""

# --- 4. the same image as a Ray node -----------------------------------------------------------
ray_start=$(date +%s)
ray_cid=$(engine_run -d "${run_flags[@]}" --shm-size=256m --entrypoint /bin/bash "$IMAGE:$IMAGE_TAG" -lc \
  'ray start --head --num-cpus=1 --disable-usage-stats --dashboard-host=127.0.0.1 >/tmp/ray-start.log 2>&1 || { cat /tmp/ray-start.log; exit 1; }
   ok=""
   for i in $(seq 60); do
     if wget -q -T 2 -O- http://127.0.0.1:52365/api/local_raylet_healthz | grep -q success \
        && wget -q -T 10 -O- http://127.0.0.1:8265/api/gcs_healthz | grep -q success; then ok=yes; break; fi
     sleep 1
   done
   [ -n "$ok" ] || { echo "KubeRay probes failed"; exit 1; }
   python -c "import ray; ray.init(address=\"auto\", logging_level=\"ERROR\"); print(\"RAY_NODE_OK\", ray.__version__, ray.cluster_resources()[\"CPU\"])"')
$ENGINE wait "$ray_cid" >/dev/null 2>&1 || true
ray_out=$($ENGINE logs "$ray_cid" 2>&1)
$ENGINE rm -f "$ray_cid" >/dev/null 2>&1
ray_cid=""
echo "$ray_out" | grep -q RAY_NODE_OK || { echo "$ray_out" | tail -30 >&2; log "the image did not run as a Ray node"; exit 1; }
ray_s=$(( $(date +%s) - ray_start ))
log "Ray node: $(echo "$ray_out" | grep RAY_NODE_OK)"

python3 - "$session" <<EOF
import json, sys
print("IMAGE_TEST " + json.dumps({
    "engine": "$ENGINE", "base": "$TEST_BASE_IMAGE", "image": "$IMAGE:$IMAGE_TAG",
    "image_mb": round($image_bytes / 1e6), "base_s": $base_s, "build_s": $build_s,
    "healthz_after_s": $ready_s, "healthcheck": "$healthcheck", "readyz": json.loads('''$readyz'''),
    "sdk_session": json.loads(sys.argv[1]), "ray_node_s": $ray_s,
}))
EOF
