#! /bin/sh
# install-deps.sh -- install the Debian packages this tree needs to
# build and run: the 32-bit gcc toolchain, make, perl, both emulators
# (qemu, and bochs with its BIOS images and terminal display), and
# gnuplot without X, which draws the charts of `make bench' in the VM
# builds.  Installs only what is missing, so it is quick to run again.
# Needs root, or sudo.

set -e

PACKAGES="gcc gcc-multilib binutils make perl qemu-system-x86 bochs bochsbios vgabios bochs-term gnuplot-nox"

missing=
for pkg in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in
    *" installed") ;;
    *) missing="$missing $pkg" ;;
  esac
done

if [ -z "$missing" ]; then
  echo "install-deps: all packages present"
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  as_root=
elif command -v sudo >/dev/null 2>&1; then
  as_root=sudo
else
  echo "install-deps: need root (or sudo) to install:$missing" >&2
  exit 1
fi

echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$as_root apt-get update -q
$as_root apt-get install -y -q --no-install-recommends $missing
