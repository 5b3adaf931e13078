# Sourced by the image scripts: picks the container engine and the flags it needs here.
#
# ENGINE is podman or docker: the first whose `info` answers (a docker client without a daemon
# does not count), unless ENGINE is set. podman builds in docker format, because the OCI format
# has no HEALTHCHECK. PODMAN_FLAGS (default "--runtime runc --ulimit nofile=16384:16384
# --ulimit nproc=8192:8192") are what podman 4.3 needs in the development sandbox, where crun and
# podman's default ulimits are refused (explicit ones up to the host's hard limits work). nproc
# counts the threads of the container user's uid: a Ray head alone runs ~380, and at 1024 the Ray
# client server's per-client process failed to start now and then. Set PODMAN_FLAGS="" elsewhere
# if the defaults suit.

if [ -z "${ENGINE:-}" ]; then
  if command -v podman >/dev/null && podman info >/dev/null 2>&1; then
    ENGINE=podman
  elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then
    ENGINE=docker
  else
    echo "no working container engine: install podman (apt-get install podman runc) or start docker" >&2
    exit 1
  fi
fi
PODMAN_FLAGS=${PODMAN_FLAGS-"--runtime runc --ulimit nofile=16384:16384 --ulimit nproc=8192:8192"}

engine_build() {
  if [ "$ENGINE" = podman ]; then
    # shellcheck disable=SC2086
    podman build --format docker $PODMAN_FLAGS "$@"
  else
    docker build "$@"
  fi
}

engine_run() {
  if [ "$ENGINE" = podman ]; then
    # shellcheck disable=SC2086
    podman run $PODMAN_FLAGS "$@"
  else
    docker run "$@"
  fi
}
