# Hongdun (红盾网监): the two commands a newcomer needs are `make demo` and `make test`.
# Both start with `make install`, which is idempotent.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOME_DIR ?= var/demo
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
SYSTEM_PACKAGES := chromium fonts-noto-cjk curl unzip openssl maven

.PHONY: install system-packages demo test lint es-up es-down bench clean

install: system-packages $(VENV)/.installed

system-packages:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { \
	  echo "installing Debian packages: $(SYSTEM_PACKAGES)"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; }

$(VENV)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: install
	bash scripts/demo.sh $(HOME_DIR)

test: install
	bash scripts/test.sh

lint: install
	$(BIN)/ruff check .

es-up:
	@bash scripts/es.sh up

es-down:
	@bash scripts/es.sh down

bench: install
	bash scripts/bench.sh

clean:
	rm -rf var .pytest_cache .ruff_cache
