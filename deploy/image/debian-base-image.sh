#!/bin/sh
# A base image for Jib built without any container registry: a minimal Debian 12 (bookworm) root
# file system with Debian's OpenJDK 17 runtime, from Debian's own package mirror (debootstrap),
# written as a `docker save` tar that Jib reads with `-Djib.from.image=tar://…`.
#
#   sudo deploy/image/debian-base-image.sh /var/tmp/draftroom-base.tar
#   ./mvnw -Pimage -DskipTests -Djib.from.image=tar:///var/tmp/draftroom-base.tar package
#
# Needs root (debootstrap, chroot) and the debootstrap package. DEBIAN_MIRROR overrides the mirror.
set -eu
out=$(realpath -m "${1:-target/base-image.tar}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d "${TMPDIR:-/tmp}/draftroom-base.XXXXXX")
trap 'rm -rf "$work"' EXIT

debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates,tzdata,libxml2,libssl3 \
    bookworm "$work/root" "$mirror"
# The image runs as 1000:1000, and the embedded PostgreSQL's initdb refuses a user without a name.
chroot "$work/root" groupadd --gid 1000 draftroom
chroot "$work/root" useradd --uid 1000 --gid 1000 --home-dir /data --no-create-home --shell /usr/sbin/nologin draftroom
# The embedded PostgreSQL listens on "localhost": runtimes write /etc/hosts, but a bare root has none.
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n' > "$work/root/etc/hosts"
rm -rf "$work/root"/var/cache/apt/archives/*.deb "$work/root"/var/lib/apt/lists/* "$work/root"/usr/share/doc \
    "$work/root"/usr/share/man "$work/root"/usr/share/locale
java_home=$(dirname "$(dirname "$(readlink -f "$work/root/usr/bin/java" | sed "s|^$work/root||")")")

mkdir "$work/image"
tar -C "$work/root" --numeric-owner --sort=name --mtime=@0 -cf "$work/image/layer.tar" .
diff_id=$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"]},
 "rootfs":{"type":"layers","diff_ids":["sha256:$diff_id"]}}
JSON
cat > "$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["draftroom-base:bookworm-jre17"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "Base image written to $out (JAVA_HOME $java_home, layer sha256:$diff_id)"
