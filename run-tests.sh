#! /bin/bash
# run-tests.sh -- build every project and run every regression suite.
#
#   1. the check libraries' self-tests (src/tests/check-selftest,
#      src/tests/threads/check-pintos-compat);
#   2. for each project directory that exists (src/threads, src/userprog,
#      src/vm, src/filesys): `make', then `make check' under qemu, with
#      JOBS tests at a time;
#   3. suites again under bochs (BOCHS_RUNS below), whole or one test
#      directory of them, some with `-j SEED', each in a copy of the
#      project's build directory (PROJECT/build-bochs,
#      PROJECT/build-bochs-jSEED, PROJECT/build-bochs-extended), so
#      that the qemu results stay as they are.
#
# Prints each verdict as it comes, then one last line
# "N passed, N failed" over all of them; exits non-zero if anything
# failed (or did not build).  Packages are not installed here: run
# ./install-deps.sh first (the CI script does).
#
# Environment: JOBS (default 2), PROJECTS (default: all four), and
# BOCHS_RUNS, a list of PROJECT[@SEED][:TESTDIR] ("none" for no bochs
# runs).

set -u
cd "$(dirname "$0")" || exit 1

JOBS=${JOBS:-2}
PROJECTS=${PROJECTS:-"threads userprog vm filesys"}

# Suites that run again under bochs: a different CPU model, BIOS and
# devices, and deterministic timing, catch assumptions that qemu
# hides.  An entry is PROJECT, or PROJECT@SEED to pass `-j SEED' to
# pintos, which varies the timing of interrupts by the seed; either
# may end in :TESTDIR to run only the tests under that directory
# (`make check CHECK_ONLY=TESTDIR').  The vm suite runs with three
# seeds: which frames eviction picks, and which process faults while
# another is in the file system, depend on where the timer interrupts
# land.  Of the filesys build only its own tests run under bochs: the
# userprog and vm suites in it already ran under bochs in their own
# builds, and the whole suite again would double the time of CI.
DEFAULT_BOCHS_RUNS="threads threads@1 threads@42 userprog vm@1 vm@7 vm@42
filesys:tests/filesys/extended"
BOCHS_RUNS=${BOCHS_RUNS:-$DEFAULT_BOCHS_RUNS}
[ "$BOCHS_RUNS" = none ] && BOCHS_RUNS=

passed=0
failed=0

# Counts the verdict lines ("pass X" / "FAIL X") read from stdin.
tally () {
  local verdict name
  while read -r verdict name; do
    case "$verdict" in
      pass) passed=$((passed + 1)) ;;
      FAIL) failed=$((failed + 1)) ;;
    esac
  done
}

note_failure () {
  echo "FAIL $1"
  failed=$((failed + 1))
}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# The check libraries' self-tests: tests.pm and friends, and the threads
# checks' Pintos-compatible interface.
for selftest in src/tests/check-selftest src/tests/threads/check-pintos-compat
do
  echo "=== $selftest"
  if perl "$selftest" > "$scratch/selftest" 2>&1; then
    tail -n 1 "$scratch/selftest"
  else
    cat "$scratch/selftest"
  fi
  tally < <(sed -n 's/^ok   /pass /p; s/^BAD  /FAIL /p' "$scratch/selftest")
done

built=
for project in $PROJECTS; do
  dir=src/$project
  [ -f "$dir/Makefile" ] || { echo "=== $dir: no Makefile, skipped"; continue; }

  echo "=== $dir: build"
  if ! make -C "$dir" -j"$JOBS" > "$scratch/build" 2>&1; then
    tail -n 30 "$scratch/build"
    note_failure "$dir (build)"
    continue
  fi
  built="$built $project"

  echo "=== $dir: make check (qemu)"
  rm -f "$dir/build/results"
  make -C "$dir" check -j"$JOBS" 2>&1 | grep -v '^make\['
  if [ -f "$dir/build/results" ]; then
    tally < "$dir/build/results"
  else
    note_failure "$dir (make check produced no results)"
  fi
done

for run in $BOCHS_RUNS; do
  subset=
  case "$run" in *:*) subset=${run#*:}; run=${run%%:*} ;; esac
  project=${run%%@*}
  seed=
  [ "$run" != "$project" ] && seed=${run#*@}
  case " $built " in *" $project "*) ;; *) continue ;; esac

  label=bochs${seed:+-j$seed}${subset:+-${subset##*/}}
  echo "=== src/$project: make check${subset:+ $subset} under $label"
  copy=src/$project/build-$label
  rm -rf "$copy"
  cp -a "src/$project/build" "$copy"
  find "$copy/tests" \( -name '*.output' -o -name '*.errors' \
       -o -name '*.result' \) -delete
  rm -f "$copy/results"
  make -C "$copy" check -j"$JOBS" SIMULATOR=--bochs \
       PINTOSOPTS="${seed:+-j $seed}" CHECK_ONLY="$subset" 2>&1 \
    | grep -v '^make\['
  if [ -f "$copy/results" ]; then
    sed "s| | $label:|" "$copy/results" > "$scratch/bochs"
    tally < "$scratch/bochs"
  else
    note_failure "$copy (make check produced no results)"
  fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
