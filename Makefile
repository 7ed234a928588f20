# memflush - plain Makefile (see README.md).
#   make                 build library, shared library and the memflush binary
#   make test            unit tests, then integration tests against real servers
#   make test SANITIZE=1 the same suite under AddressSanitizer + UBSan (build-san/)
#   make demo            end-to-end demo on throwaway local Redis and PostgreSQL
#   make install PREFIX=DIR [DESTDIR=...]
# Every target that needs Debian packages installs them first (tools/deps.sh): 'make' and
# 'make install' only the build dependencies; test, unit, demo, bench and torture also the
# servers (redis-server, PostgreSQL, PgBouncer), which Debian starts when it installs them.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc

# Test goals build with the crash-point hooks compiled in (-DMF_TEST_HOOKS,
# see docs/testing.md) into their own directory; 'make' and 'make install'
# never contain them.
ifneq ($(filter test unit torture,$(MAKECMDGOALS)),)
HOOKS = 1
endif

ifeq ($(SANITIZE),1)
BUILD   ?= build-san
SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
OPT     ?= -O1 -g
HOOKS    = 1
else
ifeq ($(HOOKS),1)
BUILD   ?= build-test
else
BUILD   ?= build
endif
SANFLAGS =
OPT     ?= -O2 -g
endif

ifeq ($(HOOKS),1)
MF_TEST_CPPFLAGS = -DMF_TEST_HOOKS
endif

WARN    = -Wall -Wextra -Werror -Wstrict-prototypes -Wmissing-prototypes \
          -Wwrite-strings -Wshadow -Wno-unused-parameter
TWARN   = -Wall -Wextra -Werror -Wwrite-strings -Wno-unused-parameter
DEPS    = hiredis libpq jansson libssl libcrypto zlib
# the command line alone: flush --listen's HTTP server (src/cli_http.c); the library does not use it
CLI_DEPS = libmicrohttpd
# '=' (not ':='): evaluated when used, after 'deps' has installed pkg-config.
PKG_CFLAGS = $(shell pkg-config --cflags $(DEPS))
PKG_LIBS   = $(shell pkg-config --libs $(DEPS))
CLI_PKG_CFLAGS = $(shell pkg-config --cflags $(CLI_DEPS))
CLI_PKG_LIBS   = $(shell pkg-config --libs $(CLI_DEPS)) -pthread
CHECK_CFLAGS = $(shell pkg-config --cflags check)
CHECK_LIBS   = $(shell pkg-config --libs check)

CPPFLAGS_ALL = -Iinclude -Isrc -I$(BUILD)/gen -D_GNU_SOURCE $(MF_TEST_CPPFLAGS) \
               -DMF_DATADIR='"$(PREFIX)/share/memflush"'
CFLAGS_ALL   = -std=c11 $(OPT) -fPIC -fvisibility=hidden $(SANFLAGS) $(CFLAGS)
LDFLAGS_ALL  = $(SANFLAGS) $(LDFLAGS)

LIB_SRC  = $(filter-out src/cli_%.c,$(wildcard src/*.c))
CLI_SRC  = $(wildcard src/cli_*.c)
EMBED_IN = $(sort $(wildcard sql/*.sql) $(wildcard src/lua/*.lua))
LIB_OBJ  = $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/embedded.o
CLI_OBJ  = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)

UNIT_SRC   = $(wildcard tests/unit/test_*.c)
INTEG_SRC  = $(wildcard tests/integration/test_*.c)
UNIT_BIN   = $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
INTEG_BIN  = $(INTEG_SRC:tests/integration/%.c=$(BUILD)/tests/%)
TEST_HELPERS = $(wildcard tests/helpers/*.c)

# quiet by default; make V=1 shows the commands
ifeq ($(V),1)
Q =
else
Q = @
endif

LIBA  = $(BUILD)/libmemflush.a
LIBSO = $(BUILD)/libmemflush.so
BIN   = $(BUILD)/memflush

.PHONY: all deps deps-test image-test test unit integration demo install clean bench bench-follow torture fuzz check-exports model
.DEFAULT_GOAL := all

all: deps $(LIBA) $(LIBSO) $(BIN)

deps:
	@sh tools/deps.sh build

deps-test:
	@sh tools/deps.sh test

# The list of embedded files, rewritten only when it changes: a file removed
# from sql/ or src/lua/ regenerates embedded.c too (its prerequisites alone
# would not notice).
$(BUILD)/gen/embed.list: FORCE
	@mkdir -p $(BUILD)/gen
	@echo '$(EMBED_IN)' | cmp -s - $@ || echo '$(EMBED_IN)' > $@

FORCE:
.PHONY: FORCE

# The install prefix the binary names in its fix hints (MF_DATADIR), rewritten
# only when PREFIX changes: 'make install PREFIX=DIR' after a build with
# another prefix recompiles the one file that uses it.
$(BUILD)/gen/prefix: FORCE
	@mkdir -p $(BUILD)/gen
	@echo '$(PREFIX)' | cmp -s - $@ || echo '$(PREFIX)' > $@

$(BUILD)/obj/pgconn.o: $(BUILD)/gen/prefix

$(BUILD)/gen/embedded.c: $(EMBED_IN) tools/embed.sh $(BUILD)/gen/embed.list
	@mkdir -p $(BUILD)/gen
	$(Q)sh tools/embed.sh $@ $(BUILD)/gen/embedded.h $(EMBED_IN)

$(BUILD)/gen/embedded.h: $(BUILD)/gen/embedded.c

$(BUILD)/obj/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(BUILD)/obj
	$(Q)$(CC) $(CPPFLAGS_ALL) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) include/memflush.h $(BUILD)/gen/embedded.h
	@mkdir -p $(BUILD)/obj
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) $(PKG_CFLAGS) $(if $(filter src/cli_%,$<),$(CLI_PKG_CFLAGS) -pthread) $(CFLAGS_ALL) $(WARN) -MMD -c -o $@ $<

$(LIBA): $(LIB_OBJ)
	@rm -f $@
	$(Q)ar rcs $@ $^

$(LIBSO): $(LIB_OBJ)
	@echo "  LD      $@"
	$(Q)$(CC) -shared -Wl,-soname,libmemflush.so.0 -o $@ $^ $(LDFLAGS_ALL) $(PKG_LIBS) -lm

# The binary links the static library: it runs without LD_LIBRARY_PATH.
$(BIN): $(CLI_OBJ) $(LIBA)
	@echo "  LD      $@"
	$(Q)$(CC) -o $@ $(CLI_OBJ) $(LIBA) $(LDFLAGS_ALL) $(PKG_LIBS) $(CLI_PKG_LIBS) -lm

$(BUILD)/tests/%: tests/unit/%.c $(LIBA) $(TEST_HELPERS) $(wildcard tests/helpers/*.h)
	@mkdir -p $(BUILD)/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) -Itests/helpers $(PKG_CFLAGS) $(CHECK_CFLAGS) $(CFLAGS_ALL) $(TWARN) \
	    -o $@ $< $(TEST_HELPERS) $(LIBA) $(LDFLAGS_ALL) $(PKG_LIBS) $(CHECK_LIBS) -lm

# The allocation-failure torture wraps the allocator of this one program
# (and of the library objects linked into it), test builds only.
ALLOCFAIL_WRAP = -Wl,--wrap=malloc -Wl,--wrap=calloc -Wl,--wrap=realloc -Wl,--wrap=strdup -Wl,--wrap=strndup
$(BUILD)/tests/test_allocfail: LDFLAGS_ALL += $(ALLOCFAIL_WRAP)

$(BUILD)/tests/%: tests/integration/%.c $(LIBA) $(TEST_HELPERS) $(wildcard tests/helpers/*.h)
	@mkdir -p $(BUILD)/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS_ALL) -Itests/helpers $(PKG_CFLAGS) $(CHECK_CFLAGS) $(CFLAGS_ALL) $(TWARN) \
	    -o $@ $< $(TEST_HELPERS) $(LIBA) $(LDFLAGS_ALL) $(PKG_LIBS) $(CHECK_LIBS) -lm

# Only the public prefix may leave the shared library.
check-exports: $(LIBSO)
	@bad=$$(nm -D --defined-only $(LIBSO) | awk '$$2 ~ /^[TDBR]$$/ {print $$3}' | grep -v '^mf_' || true); \
	if [ -n "$$bad" ]; then echo "libmemflush.so exports non-mf_ symbols: $$bad" >&2; exit 1; fi; \
	echo "check-exports: only mf_ symbols exported"

# ---- bench (owner: bench) ------------------------------------------------
# make bench [BENCH_ROWS=50000] [BENCH_ROUNDS=3] [BENCH_SEED=N] [BENCH_BIG=1] [BENCH_JSON=path]
# Starts its own servers (tests/rig.sh) and prints a table; it judges nothing.
BENCH_SRC = $(wildcard tests/bench/*.c)
BENCH_BIN = $(BUILD)/bench/mfbench

$(BENCH_BIN): $(BENCH_SRC) tests/bench/bench.h include/memflush.h src/record.h $(LIBA)
	@mkdir -p $(BUILD)/bench
	@echo "  CC      $@"
	$(Q)$(CC) -Iinclude -Isrc -I$(BUILD)/gen -D_GNU_SOURCE $(PKG_CFLAGS) $(CFLAGS_ALL) $(WARN) \
	    -o $@ $(BENCH_SRC) $(LIBA) $(LDFLAGS_ALL) $(PKG_LIBS) -lm

bench: deps-test all $(BENCH_BIN)
	@BUILD=$(BUILD) BENCH_ROWS=$(BENCH_ROWS) BENCH_ROUNDS=$(BENCH_ROUNDS) BENCH_SEED=$(BENCH_SEED) \
	    BENCH_BIG=$(BENCH_BIG) BENCH_JSON=$(BENCH_JSON) bash tests/bench/bench.sh
	@[ "$(BENCH_CLUSTER)" = 0 ] || BUILD=$(BUILD) bash tests/bench/cluster.sh
# make bench-follow: flush --follow's latency, backlog throughput, idle CPU and soak RSS
# (tests/bench/follow.sh, inside its own tests/rig.sh; about 14 min: FOLLOW_SOAK_SECONDS=600 and
# FOLLOW_IDLE_SECONDS=60 by default, FOLLOW_PARTS to run only some parts)
bench-follow: all $(BENCH_BIN)
	@BUILD=$(BUILD) bash tests/rig.sh run -- bash tests/bench/follow.sh
# ---- end of bench --------------------------------------------------------

test: deps-test all $(UNIT_BIN) $(INTEG_BIN) check-exports
	@BUILD=$(BUILD) SANITIZE=$(SANITIZE) bash tests/run.sh

unit: deps-test all $(UNIT_BIN)
	@BUILD=$(BUILD) SANITIZE=$(SANITIZE) bash tests/run.sh --unit-only

demo: deps-test all
	@BUILD=$(BUILD) bash tools/demo.sh

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	    $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/memflush/sql/dba \
	    $(DESTDIR)$(PREFIX)/share/memflush/migrations/rollback $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/memflush
	install -m 644 $(LIBA) $(DESTDIR)$(PREFIX)/lib/libmemflush.a
	install -m 755 $(LIBSO) $(DESTDIR)$(PREFIX)/lib/libmemflush.so.0
	ln -sf libmemflush.so.0 $(DESTDIR)$(PREFIX)/lib/libmemflush.so
	install -m 644 include/memflush.h $(DESTDIR)$(PREFIX)/include/memflush.h
	install -m 644 sql/*.sql $(DESTDIR)$(PREFIX)/share/memflush/sql/
	install -m 644 sql/dba/*.sql $(DESTDIR)$(PREFIX)/share/memflush/sql/dba/
	install -m 644 migrations/*.sql $(DESTDIR)$(PREFIX)/share/memflush/migrations/
	install -m 644 migrations/rollback/*.sql $(DESTDIR)$(PREFIX)/share/memflush/migrations/rollback/
	if [ -f docs/memflush.1 ]; then install -m 644 docs/memflush.1 $(DESTDIR)$(PREFIX)/share/man/man1/; fi
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(shell sed -n 's/^#define MF_VERSION "\(.*\)"/\1/p' include/memflush.h)|g' \
	    tools/memflush.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/memflush.pc
	@# a library directory the loader is configured for (/usr/local/lib on Debian) needs its
	@# cache refreshed, or programs linked with -lmemflush do not find libmemflush.so.0
	@if [ -z "$(DESTDIR)" ] && [ "$$(id -u)" -eq 0 ] && \
	    grep -rqsx '$(PREFIX)/lib' /etc/ld.so.conf /etc/ld.so.conf.d; then ldconfig; fi

# ---- image (Dockerfile; tests/image/test_image.sh) ---------------------------
#   make image-test   build the Dockerfile with podman from a debootstrapped bookworm base
#                     (cached in build-image/base) and run the image's memflush against the rig
image-test:
	@MF_DEPS_EXTRA="podman debootstrap" sh tools/deps.sh test
	@bash tests/rig.sh run -- bash tests/image/test_image.sh
# ---- end of image ------------------------------------------------------------

# ---- torture (owner: torture; tests/torture/, docs/testing.md "Torture") -----
#   make torture [TORTURE_KILLS=200] [TORTURE_PG_RESTARTS=N] [TORTURE_REDIS_RESTARTS=N] [TORTURE_SEED=N]
# Producers push turns while flushers are SIGKILLed and both servers crash and restart,
# inside its own tests/rig.sh; then every pushed turn is checked (exactly once in the
# table or the dead letters). A bounded version runs in 'make test'
# (tests/integration/test_torture.sh), which is why 'test' also builds the helpers.
TORTURE_BIN = $(BUILD)/torture/tproducer $(BUILD)/torture/tverify
TORTURE_KILLS ?= 200

$(BUILD)/torture/%: tests/torture/%.c include/memflush.h $(LIBA)
	@mkdir -p $(BUILD)/torture
	@echo "  CC      $<"
	$(Q)$(CC) -Iinclude -D_GNU_SOURCE $(PKG_CFLAGS) $(CFLAGS_ALL) $(WARN) \
	    -o $@ $< $(LIBA) $(LDFLAGS_ALL) $(PKG_LIBS) -lm

test: $(TORTURE_BIN)

torture: deps-test all $(TORTURE_BIN)
	@BUILD=$(BUILD) TORTURE_KILLS=$(TORTURE_KILLS) TORTURE_PG_RESTARTS=$(TORTURE_PG_RESTARTS) \
	    TORTURE_REDIS_RESTARTS=$(TORTURE_REDIS_RESTARTS) TORTURE_SEED=$(TORTURE_SEED) \
	    MEMFLUSH_PREFIX=torture bash tests/rig.sh run -- bash tests/torture/torture.sh
# ---- end of torture -------------------------------------------------------

# ---- fuzz (tests/fuzz/, tools/fuzz.sh; docs/testing.md) -------------------
#   make fuzz [FUZZ_SECONDS=60] [FUZZ_TARGETS="record copytext config deadletter"]
#   make fuzz FUZZ_RUNS=N [FUZZ_SEED=1]   N inputs per target from a fixed seed (CI)
# The library is built with clang and -fsanitize=fuzzer-no-link,address,undefined
# into $(FUZZ_BUILD); each libFuzzer target runs FUZZ_SECONDS and any crash,
# leak or broken property fails the goal. The library gets a fixed clock and
# fixed "random" cid bytes (-DMF_FUZZ_DETERMINISTIC) so that a FUZZ_RUNS
# campaign takes the same path on every machine. clang's warnings are shown, not
# errors: the gcc build (make, make test) is the one that enforces -Werror.
FUZZ_SECONDS ?= 60
FUZZ_RUNS    ?=
FUZZ_SEED    ?= 1
FUZZ_BUILD   ?= build-fuzz
FUZZ_TARGETS ?= $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
fuzz:
	@MF_DEPS_EXTRA="clang libclang-rt-14-dev" sh tools/deps.sh build
	$(Q)$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang OPT="-O1 -g" \
	    WARN="-Wall -Wextra -Wno-unused-parameter" MF_TEST_CPPFLAGS=-DMF_FUZZ_DETERMINISTIC \
	    SANFLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	    $(FUZZ_BUILD)/libmemflush.a
	@MF_PKG_DEPS="$(DEPS)" FUZZ_BUILD=$(FUZZ_BUILD) FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_RUNS=$(FUZZ_RUNS) FUZZ_SEED=$(FUZZ_SEED) \
	    sh tools/fuzz.sh $(FUZZ_TARGETS)

# ---- model (tests/model/; docs/testing.md "Model checking") ----------------
#   make model [MODEL_DEEP=1]
# SPIN model-checks the delivery protocol (tests/model/memflush.pml) exhaustively in each
# configuration of tests/model/run.sh (any violation fails and prints the trail), then
# tests/model/mutants.sh checks that every mutant of the protocol is caught.
# MODEL_DEEP=1 adds the larger configurations (minutes each; not in CI).
model:
	@MF_DEPS_EXTRA="spin" sh tools/deps.sh build
	@bash tests/model/run.sh $(if $(filter 1,$(MODEL_DEEP)),--deep,)
	@bash tests/model/mutants.sh

clean:
	rm -rf build build-san build-*

-include $(wildcard $(BUILD)/obj/*.d)
