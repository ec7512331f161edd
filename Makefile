# Mamori: `make demo` and `make test` set up everything on a fresh Debian 12 machine.
.PHONY: all deps build web demo test bench format clean

JOBS ?= $(shell nproc)
# Let ccache reuse objects compiled in another checkout of the project.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true
RELEASE := build/release/mamori

all: build

deps:
	@scripts/install-deps.sh

# The release binary (build/release/mamori) and the built web UI (web/dist).
build: deps
	@cmake --preset release >/dev/null
	@cmake --build --preset release -j $(JOBS)
	@$(MAKE) --no-print-directory web

web:
	@if [ -f web/package.json ]; then scripts/build-web.sh; fi

demo: build
	@$(RELEASE) demo --db ./mamori-demo.db --listen 127.0.0.1:8080

# Every test: unit, API transcripts and the store suite under ASan+UBSan and optimised, on
# SQLite and a throwaway PostgreSQL cluster, then the web UI's tests and the browser tests.
# Ends with "N passed, N failed".
test: deps
	@scripts/run-tests.sh

bench: build
	@bench/run.sh

format:
	@clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' 'bench/*.cpp')

clean:
	rm -rf build web/dist
