#!/usr/bin/env bash
# The .deb as IT in a municipality gets it: cpack builds it, it installs with
# apt on a clean Debian 12 (a minbase debootstrap, nothing else installed) and
# the installed program audits the sample corpus with the installed rules,
# giving the same JSON report as the build tree's binary.
#
# Needs root, debootstrap and the Debian mirror; without them it skips (77).
# The bootstrapped system is kept as a tarball in the build folder, so a rerun
# costs the apt install, not the bootstrap.
build=$1
source "$(dirname "$0")/common.sh" "$build/plugins/cli/ibic-audit" "$2"

if [ "$(id -u)" -ne 0 ] || ! command -v debootstrap >/dev/null ||
  ! command -v dpkg-shlibdeps >/dev/null || ! command -v unshare >/dev/null; then
  echo "SKIP: needs root, debootstrap, dpkg-dev and unshare"
  exit 77
fi

(cd "$tmp" && cpack --config "$build/CPackConfig.cmake" -B "$tmp/deb" >/dev/null 2>"$tmp/cpack.err")
deb=$(ls "$tmp"/deb/*.deb 2>/dev/null | head -1)
check "cpack makes a .deb" test -f "$deb"
[ -f "$deb" ] || { cat "$tmp/cpack.err"; finish; exit; }

dpkg-deb -c "$deb" >"$tmp/deb-contents"
for f in ./usr/bin/ibic-audit ./usr/share/ibic-audit/rules/granskningsmall/U1.yaml \
  ./usr/share/man/man1/ibic-audit.1 ./usr/share/bash-completion/completions/ibic-audit \
  ./usr/include/ibic/ibic_audit.h; do
  check "the .deb holds $f" bash -c "awk '{ print \$6 }' '$tmp/deb-contents' | grep -qxF '$f'"
done
depends=$(dpkg-deb -f "$deb" Depends)
for d in hunspell-sv libhunspell libre2 libicu libpugixml libsqlite3 libzip; do
  check "the .deb depends on $d" grep -q "$d" <<<"$depends"
done

root=$tmp/debian12
mkdir "$root"
base=$build/debian12-minbase.tar
if [ ! -f "$base" ]; then
  if ! debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian \
    >"$tmp/debootstrap.log" 2>&1; then
    tail -20 "$tmp/debootstrap.log"
    check "debootstrap makes a clean Debian 12" false
    finish; exit
  fi
  tar -C "$root" -cf "$base.part" . && mv "$base.part" "$base"
else
  tar -C "$root" -xf "$base"
fi

cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/ibic-audit.deb"
cp -r "$src/corpora/sample" "$root/tmp/sample"
# A private mount namespace: /proc (which the program reads to find its
# rules, as on any running system) is unmounted when the chroot ends.
in_debian() { unshare --mount chroot "$root" /bin/bash -c 'mount -t proc proc /proc && eval "$1"' _ "$1"; }

check "apt installs the .deb and what it depends on" \
  in_debian 'DEBIAN_FRONTEND=noninteractive apt-get -q update >/tmp/apt.log 2>&1 &&
    DEBIAN_FRONTEND=noninteractive apt-get -y -q install /tmp/ibic-audit.deb >>/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; false; }'
check "the installed binary is on PATH" in_debian 'command -v ibic-audit'
check "the installed rules are found" in_debian 'ibic-audit rules | grep -q "^sprak/vardeladdat-ord "'
in_debian 'cd /tmp/sample && ibic-audit audit --format json .' >"$tmp/installed.json" 2>"$tmp/installed.err"
echo "$?" >"$tmp/installed.rc"
(cd "$src/corpora/sample" && "$cli" audit --format json .) >"$tmp/built.json" 2>/dev/null
echo "$?" >"$tmp/built.rc"
check "the installed program audits the sample corpus" grep -q '"cases"' "$tmp/installed.json"
check "its exit code is the build tree's" cmp -s "$tmp/installed.rc" "$tmp/built.rc"
check "its report is the build tree's, byte for byte" cmp -s "$tmp/installed.json" "$tmp/built.json"
[ -s "$tmp/installed.err" ] && head -5 "$tmp/installed.err"
check "apt removes it cleanly" \
  in_debian 'DEBIAN_FRONTEND=noninteractive apt-get -y -q purge ibic-audit >/dev/null 2>&1 &&
    ! test -e /usr/bin/ibic-audit && ! test -e /usr/share/ibic-audit'

finish
