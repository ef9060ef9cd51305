#! /bin/sh
# demo.sh -- from a fresh Debian machine to a booted Pintos: install the
# packages, build the threads kernel, and boot it running the
# alarm-multiple test; then, if the user-programs kernel builds, boot it
# and run the `echo' example program from its file system.
#
# Usage: ./demo.sh [--bochs]     (default: qemu)

set -e
cd "$(dirname "$0")"
sim=${1:---qemu}

./install-deps.sh

echo "=== building src/threads"
make -C src/threads > /dev/null
echo "=== booting the threads kernel: run alarm-multiple"
(cd src/threads/build && ../../utils/pintos -v -T 120 "$sim" -- -q run alarm-multiple < /dev/null)

if [ -f src/userprog/Makefile ] \
   && make -C src/userprog > /dev/null 2>&1 \
   && make -C src/examples > /dev/null 2>&1; then
  echo "=== booting the user-programs kernel: run 'echo hello, world'"
  (cd src/userprog/build && ../../utils/pintos -v -T 120 "$sim" \
     --filesys-size=2 -p ../../examples/echo -a echo \
     -- -q -f run 'echo hello, world' < /dev/null)
fi
