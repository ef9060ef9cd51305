#! /bin/bash
# run-tests.sh -- build every project and run every regression suite.
#
#   1. the check library's self-test (src/tests/check-selftest);
#   2. for each project directory that exists (src/threads, src/userprog,
#      src/vm, src/filesys): `make', then `make check' under qemu, with
#      JOBS tests at a time;
#   3. a subset of tests again under bochs (BOCHS_TESTS below), each
#      project's in a copy of its build directory, PROJECT/build-bochs,
#      so that the qemu results stay as they are.
#
# Prints each verdict as it comes, then one last line
# "N passed, N failed" over all of them; exits non-zero if anything
# failed (or did not build).  Packages are not installed here: run
# ./install-deps.sh first (the CI script does).
#
# Environment: JOBS (default 2), PROJECTS (default: all four), and
# BOCHS_TESTS, a list of PROJECT:TEST ("none" for no bochs runs).

set -u
cd "$(dirname "$0")" || exit 1

JOBS=${JOBS:-2}
PROJECTS=${PROJECTS:-"threads userprog vm filesys"}

# Tests that also run under bochs: deterministic runs with a different
# CPU and devices catch timing and driver assumptions that qemu hides.
# Keep it short: bochs is several times slower than qemu.
DEFAULT_BOCHS_TESTS="
  threads:tests/threads/alarm-multiple
  threads:tests/threads/priority-donate-chain
  threads:tests/threads/mlfqs-load-1
  userprog:tests/userprog/args-many
  userprog:tests/userprog/exec-multiple
  userprog:tests/filesys/base/syn-read
  vm:tests/vm/page-parallel
  filesys:tests/filesys/extended/dir-mk-tree
"
BOCHS_TESTS=${BOCHS_TESTS:-$DEFAULT_BOCHS_TESTS}
[ "$BOCHS_TESTS" = none ] && BOCHS_TESTS=

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

echo "=== check library self-test"
if perl src/tests/check-selftest > "$scratch/selftest" 2>&1; then
  tail -n 1 "$scratch/selftest"
else
  cat "$scratch/selftest"
fi
tally < <(sed -n 's/^ok   /pass /p; s/^BAD  /FAIL /p' "$scratch/selftest")

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

for project in $built; do
  tests=$(for entry in $BOCHS_TESTS; do
            [ "${entry%%:*}" = "$project" ] && echo "${entry#*:}"
          done)
  [ -n "$tests" ] || continue

  echo "=== src/$project: tests under bochs"
  copy=src/$project/build-bochs
  rm -rf "$copy"
  cp -a "src/$project/build" "$copy"
  results=
  for test in $tests; do
    if [ ! -f "src/$test.ck" ]; then
      echo "(no $test here; skipped)"
      continue
    fi
    rm -f "$copy/$test.output" "$copy/$test.result"
    results="$results $test.result"
  done
  [ -n "$results" ] || continue
  make -C "$copy" -j"$JOBS" -k SIMULATOR=--bochs $results 2>&1 \
    | grep -v '^make\['
  for result in $results; do
    if [ "$(head -n 1 "$copy/$result" 2>/dev/null)" = PASS ]; then
      echo "pass bochs:${result%.result}"
    else
      echo "FAIL bochs:${result%.result}"
    fi
  done > "$scratch/bochs"
  cat "$scratch/bochs"
  tally < "$scratch/bochs"
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
