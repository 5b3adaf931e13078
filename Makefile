# The two commands of the README: `make serve` and `make test`. Both set up .venv first:
# `make serve` with the serving set only (the core dependencies), `make test` (and `make install`)
# with the extras too (test, train, load).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SERVE_STAMP := $(VENV)/.installed-serve

.PHONY: install install-serve serve test lint unit integration bench model model-smoke baseline proto clean redis system lock image image-test loadtest demo-gif web web-deps

install: $(STAMP)

install-serve: $(SERVE_STAMP)

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(SERVE_STAMP): pyproject.toml Makefile | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e .
	touch $(SERVE_STAMP)

$(STAMP): pyproject.toml Makefile | $(VENV)/bin/python
	$(PY) -m pip install --quiet -e '.[test,train,load]'
	touch $(STAMP)

serve: install-serve
	$(VENV)/bin/spatius-motion serve

# Lints (ruff check and format check, ruff.toml; mypy on the serving packages, mypy.ini), makes
# sure a real Redis answers on 127.0.0.1:6379 (starts or installs redis-server), the Debian
# packages the suite uses (chromium among them) and web/'s npm packages are present, then runs
# every test (the browser client's node suite and the demo page's Chromium test included).
test: install lint system redis web-deps
	$(PY) -m pytest -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy spatius_motion

unit: install
	$(PY) -m pytest -q tests/unit

integration: install system redis web-deps
	$(PY) -m pytest -q tests/integration

redis:
	@scripts/ensure_redis.sh

system:
	@scripts/ensure_system.sh

bench: install
	$(PY) -m bench.stream_bench

# The README's GIF: the head speaking a held-out LibriVox clip (docs/avatar.md says which).
DEMO_CLIP := /usr/share/pocketsphinx/test/data/librivox/sense_and_sensibility_01_austen_64kb-0890.wav
demo-gif: install system
	$(VENV)/bin/spatius-motion render $(DEMO_CLIP) --out docs/media/demo.gif --size 240 --supersample 2

# Locust headless against a server it starts (or CREDENTIALS=file), bounded: USERS= (default 20,
# at most 200), DURATION= seconds (default 60, at most 1800), ARGS= more runner options.
loadtest: install
	$(PY) -m spatius_motion.loadtest.runner $(if $(USERS),--users $(USERS)) $(if $(DURATION),--duration $(DURATION)) $(if $(CREDENTIALS),--credentials $(CREDENTIALS)) $(ARGS)

# The trained model: corpus -> features -> training -> ONNX export -> evaluation (cached, resumable).
model: install system
	$(PY) -m spatius_motion.training.pipeline

model-smoke: install system
	$(PY) -m spatius_motion.training.pipeline --smoke

baseline: install
	$(PY) -m spatius_motion.training.baseline --out spatius_motion/models/loudness-baseline/model.onnx

proto: install
	scripts/gen_proto.sh

# The browser client and the /demo page (web/, docs/direct-mode.md): npm packages from
# web/package-lock.json, then the JS generated from our .proto and the bundle the gateway serves
# (spatius_motion/gateway/demo_static/). `make serve` needs no node: the bundle is committed.
WEB_STAMP := web/node_modules/.installed

web-deps: $(WEB_STAMP)

$(WEB_STAMP): web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	touch $(WEB_STAMP)

web: install web-deps
	cd web && PYTHON=../$(PY) node scripts/gen-proto.mjs && node scripts/build.mjs

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info

# --- packaging and image -------------------------------------------------------------------
# requirements/serve.lock pins the image's serving set (core + the `cluster` extra) for Linux
# x86_64 CPython 3.11, with hashes, resolved from PyPI by uv; serve-cuda.lock is the same set
# with onnxruntime-gpu (requirements/cuda.in) in place of onnxruntime, for VARIANT=cuda.
UV_COMPILE = $(VENV)/bin/uv pip compile pyproject.toml --extra cluster --upgrade \
	--python-version 3.11 --python-platform x86_64-manylinux_2_28 \
	--generate-hashes --custom-compile-command 'make lock'

lock: | $(VENV)/bin/python
	$(PY) -m pip install --quiet 'uv>=0.9'
	$(UV_COMPILE) -o requirements/serve.lock
	$(UV_COMPILE) requirements/cuda.in --no-emit-package onnxruntime -o requirements/serve-cuda.lock

# The container image (Dockerfile) with podman or docker, whichever engine answers.
# BASE_IMAGE, VARIANT (cpu|cuda), IMAGE and IMAGE_TAG may be overridden: make image IMAGE_TAG=0.2.0
image:
	scripts/image_build.sh

# Builds a local Debian bookworm base (no registry reachable here), the image on it, runs it and
# drives an official SDK session against it. Not part of `make test`.
image-test: install
	scripts/image_test.sh
