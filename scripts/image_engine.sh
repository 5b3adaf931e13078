# Sourced by the image scripts: picks the container engine and the flags it needs here.
#
# ENGINE is podman or docker: the first whose `info` answers (a docker client without a daemon
# does not count), unless ENGINE is set. podman builds in docker format, because the OCI format
# has no HEALTHCHECK. PODMAN_FLAGS (default "--runtime runc --ulimit nofile=1024:1024
# --ulimit nproc=1024:1024") are what podman 4.3 needs in the development sandbox, where crun and
# podman's default ulimits are refused; they are harmless elsewhere and may be set to "".

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
PODMAN_FLAGS=${PODMAN_FLAGS-"--runtime runc --ulimit nofile=1024:1024 --ulimit nproc=1024:1024"}

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
