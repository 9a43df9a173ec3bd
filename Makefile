# Équilibre — build, run and test. `make run` and `make test` are the two commands of the README.
SHELL := /bin/bash
.DEFAULT_GOAL := run

CACHE ?= /var/cache/equilibre
# Outside the clone, so a fresh checkout (CI) reuses earlier builds on the same machine.
export CARGO_TARGET_DIR ?= $(CACHE)/target
WASM_TARGET_DIR ?= $(CACHE)/target-wasm
TOOLS := $(CACHE)/tools
SITE := $(CURDIR)/target/site
PKG := $(SITE)/pkg
NAME := equilibre
BIN := $(CARGO_TARGET_DIR)/debug/equilibre
WASM_OPT := $(CURDIR)/tests/e2e/node_modules/.bin/wasm-opt

export EQUILIBRE_SITE_DIR ?= $(SITE)

.PHONY: setup build wasm server run test test-rust test-e2e clean-site bench-quota bench bench-postgres faults

setup:
	@bash scripts/setup.sh

## The hydrate bundle: cargo → wasm-bindgen (pinned) → wasm-opt (binaryen 132; never Debian's 108) → .br/.gz
wasm:
	@mkdir -p $(PKG)
	CARGO_TARGET_DIR=$(WASM_TARGET_DIR) $$(cat $(TOOLS)/wasm-cargo 2>/dev/null || echo cargo) build -p frontend --lib \
		--target wasm32-unknown-unknown --profile wasm-release $$([ "$$(cat $(TOOLS)/wasm-cargo 2>/dev/null)" = "cargo +web" ] && echo "-Zbuild-std=std,panic_abort")
	$(TOOLS)/bin/wasm-bindgen --target web --no-typescript --remove-name-section --out-name $(NAME) --out-dir $(PKG) \
		$(WASM_TARGET_DIR)/wasm32-unknown-unknown/wasm-release/frontend.wasm
	mv -f $(PKG)/$(NAME)_bg.wasm $(PKG)/$(NAME).wasm
	@if [ -x $(WASM_OPT) ]; then $(WASM_OPT) -Oz --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
		$(PKG)/$(NAME).wasm -o $(PKG)/$(NAME).opt.wasm && mv -f $(PKG)/$(NAME).opt.wasm $(PKG)/$(NAME).wasm; \
		else echo "wasm-opt not installed: bundle left unoptimised"; fi
	@for f in $(PKG)/$(NAME).js $(PKG)/$(NAME).wasm; do gzip -9 -k -f -n $$f; brotli -q 11 -f $$f; done
	@printf 'page bundle (JS + wasm), compressed: gzip %s bytes, brotli %s bytes\n' \
		$$(( $$(stat -c %s $(PKG)/$(NAME).js.gz) + $$(stat -c %s $(PKG)/$(NAME).wasm.gz) )) \
		$$(( $$(stat -c %s $(PKG)/$(NAME).js.br) + $$(stat -c %s $(PKG)/$(NAME).wasm.br) ))

# One feature set for the server binary and every test: cargo then compiles the server once.
CARGO_PACKAGES := -p app -p server -p equilibre-tests --features app/ssr

server:
	cargo build $(CARGO_PACKAGES)

build: setup wasm server

## The portal with the demonstration dataset (a real deployment runs `equilibre serve` without it).
run: build
	@mkdir -p data
	EQUILIBRE_DEMO_SEED=$${EQUILIBRE_DEMO_SEED:-2016} $(BIN) serve

## Unit and integration tests on SQLite, then the integration suite again on PostgreSQL (a
## local server of our own: scripts/postgres.sh installs, starts and names it; run again after
## the tests, it drops the databases they made).
test-rust: export EQUILIBRE_BIN := $(BIN)
test-rust:
	cargo test $(CARGO_PACKAGES)
	url=$$(bash scripts/postgres.sh) && { EQUILIBRE_TEST_POSTGRES=$$url cargo test $(CARGO_PACKAGES) --test integration; \
		status=$$?; bash scripts/postgres.sh >/dev/null; exit $$status; }

test-e2e:
	cd tests/e2e && EQUILIBRE_BIN=$(BIN) npx playwright test

## Everything: unit, integration and browser tests, on one build of the server.
test: build test-rust test-e2e

## The quota engine over 3 million attributions, every scope (release build; not part of `make test`).
bench-quota:
	cargo run --release -p server --bin equilibre --features app/ssr -- bench-quota --database

## Measured speed against references measured in the same run (release build, wrk); writes bench/latest.tsv.
bench:
	@bash scripts/bench.sh

## The same on PostgreSQL (the local test server of scripts/postgres.sh, a new database): bench/postgres.tsv.
bench-postgres:
	@url=$$(bash scripts/postgres.sh) && psql "$$url" -q -c "DROP DATABASE IF EXISTS eqbench WITH (FORCE)" -c "CREATE DATABASE eqbench" \
		&& BENCH_DATABASE_URL="$${url%/*}/eqbench" BENCH_OUT=bench/postgres.tsv bash scripts/bench.sh

## Fault tests (also part of `make test`): SIGKILL under booking load, SMTP down, a database
## that cannot be written (read-only, full), a live backup under load.
faults: server
	EQUILIBRE_BIN=$(BIN) cargo test $(CARGO_PACKAGES) --test integration -- faults:: booking::bookings_succeed_while_smtp_is_down
