# The two commands of the README: `make serve` and `make test`. Both set up .venv first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install serve test unit integration bench model model-smoke baseline proto clean redis system
.PHONY: loadtest

install: $(STAMP)

$(STAMP): pyproject.toml Makefile
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,train,load]'
	touch $(STAMP)

serve: install
	$(VENV)/bin/spatius-motion serve

# Makes sure a real Redis answers on 127.0.0.1:6379 (starts or installs redis-server) and the
# Debian packages the suite uses are present, then runs every test.
test: install system redis
	$(PY) -m pytest -q

unit: install
	$(PY) -m pytest -q tests/unit

integration: install system redis
	$(PY) -m pytest -q tests/integration

redis:
	@scripts/ensure_redis.sh

system:
	@scripts/ensure_system.sh

bench: install
	$(PY) -m bench.stream_bench

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

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
