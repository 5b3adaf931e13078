# Spatius Motion Server image: one image for gateways (`spatius-motion serve`, the default
# command) and for Ray head and worker nodes (KubeRay replaces the command with `ray start ...`),
# so every process of a region runs the same Python, Ray and package.
#
#   make image                                  # podman or docker, whichever answers
#   podman build --format docker -t spatius-motion:0.1.0 .
#   --build-arg BASE_IMAGE=...                  # any Debian-like image with python3 3.11 and venv
#   --build-arg VARIANT=cuda                    # onnxruntime-gpu (needs a GPU node to run)
#
# The serving set comes from requirements/serve.lock (pinned, hashed); this repository's wheel is
# installed on top with --no-deps, the shipped models inside it as package data.

# A pinned public tag; pin the digest too where the registry is reachable (BASE_IMAGE=...@sha256:...).
ARG BASE_IMAGE=docker.io/library/python:3.11.14-slim-bookworm
# cpu: onnxruntime (requirements/serve.lock). cuda: onnxruntime-gpu with CUDA and cuDNN from
# PyPI wheels (requirements/serve-cuda.lock); the node supplies the NVIDIA driver.
ARG VARIANT=cpu

# --- build: a virtual environment with the locked serving set and this repository's wheel ----
# pip compiles every module at install: the .pyc files cost ~90 MB and save each process (the
# gateway, every Ray worker) ~1.5 s of CPU compiling Ray and the server at import.
FROM ${BASE_IMAGE} AS build
ARG VARIANT
# The base's Python 3.11 interpreter (python:3.11-slim: /usr/local/bin/python3; Debian: /usr/bin/python3).
ARG PYTHON=python3
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN ${PYTHON} -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' \
 && ${PYTHON} -m venv /opt/spatius
COPY requirements/ /src/requirements/
# Behind a TLS-inspecting proxy, pass its CA bundle as the build secret "pip_ca"
# (scripts/image_build.sh does: --secret id=pip_ca,src=FILE); it never lands in a layer.
RUN --mount=type=secret,id=pip_ca \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && case "${VARIANT}" in \
      cpu) lock=/src/requirements/serve.lock ;; \
      cuda) lock=/src/requirements/serve-cuda.lock ;; \
      *) echo "VARIANT must be cpu or cuda, not ${VARIANT}" >&2; exit 2 ;; \
    esac \
 && /opt/spatius/bin/python -m pip install --require-hashes --only-binary :all: -r "$lock"
COPY pyproject.toml README.md LICENSE /src/
COPY spatius_motion/ /src/spatius_motion/
RUN --mount=type=secret,id=pip_ca \
    if [ -s /run/secrets/pip_ca ]; then export PIP_CERT=/run/secrets/pip_ca; fi \
 && /opt/spatius/bin/python -m pip wheel --no-deps --wheel-dir /src/dist /src \
 && /opt/spatius/bin/python -m pip install --no-deps /src/dist/spatius_motion-*.whl \
 && /opt/spatius/bin/python -m pip uninstall --yes pip \
 && /opt/spatius/bin/python -c 'import spatius_motion.settings as s, pathlib; assert pathlib.Path(s.Settings().model_path).is_file()'

# --- runtime: the environment, a non-root user, nothing of the build ---------------------------
FROM ${BASE_IMAGE} AS runtime
ARG VARIANT
# wget: KubeRay's default probes of Ray pods call it (absent from python:3.11-slim).
RUN command -v wget >/dev/null \
 || (apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*) \
 && groupadd --gid 10001 spatius \
 && useradd --uid 10001 --gid 10001 --create-home --home-dir /home/spatius --shell /bin/bash spatius
COPY --from=build /opt/spatius /opt/spatius
# KubeRay starts Ray through bash (-c, or -lc in recent versions); a login shell's /etc/profile
# resets PATH: put the environment back in front there too. The CUDA variant registers the
# libraries of NVIDIA's wheels with the dynamic linker.
RUN echo 'export PATH=/opt/spatius/bin:$PATH' > /etc/profile.d/spatius.sh \
 && if [ "${VARIANT}" = cuda ]; then \
      find /opt/spatius/lib -path '*/site-packages/nvidia/*' -name 'lib*.so*' -printf '%h\n' \
        | sort -u > /etc/ld.so.conf.d/spatius-nvidia.conf && ldconfig; \
    fi
ENV PATH=/opt/spatius/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/home/spatius
USER 10001:10001
WORKDIR /home/spatius
EXPOSE 8080
# Liveness of the gateway (slim images have no curl): GET /healthz on SPATIUS_PORT (default 8080).
# Ray pods have their own probes (KubeRay's); this check is for `docker run`/`podman run`.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD ["python", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('SPATIUS_PORT', '8080'), timeout=2)"]
ENTRYPOINT ["spatius-motion"]
CMD ["serve", "--host", "0.0.0.0"]
