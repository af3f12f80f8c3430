#!/usr/bin/env bash
# Builds tools/ferretdb (embedded FerretDB v1.24.2, SQLite backend) into
# .cache/ferretdb/tym-ferretdb, the MongoDB wire-protocol server the integration
# tests use when MONGODB_URI is not set.
#
# Idempotent: the binary is reused while it is newer than tools/ferretdb/go.mod,
# go.sum and main.go. Pass --force to rebuild anyway.
# The last line printed to stdout is the binary's absolute path; progress goes to stderr.
#
# Needs Go >= 1.24 (`go` on PATH or /usr/local/go/bin/go) and the Go module proxy
# (a cold module cache downloads ~70 modules; a cold build takes a minute or two).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$root/tools/ferretdb"
cache="$root/.cache/ferretdb"
bin="$cache/tym-ferretdb"

force=0
for arg in "$@"; do
  case "$arg" in
    --force) force=1 ;;
    -h | --help)
      sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
      exit 0
      ;;
    *)
      echo "build-ferretdb: unknown argument: $arg" >&2
      exit 2
      ;;
  esac
done

log() { echo "build-ferretdb: $*" >&2; }

is_fresh() {
  [[ $force -eq 0 && -x "$bin" ]] || return 1
  local f
  for f in "$src/go.mod" "$src/go.sum" "$src/main.go"; do
    [[ "$bin" -nt "$f" ]] || return 1
  done
}

if is_fresh; then
  echo "$bin"
  exit 0
fi

mkdir -p "$cache"

# Serialise concurrent builds (e.g. several test workers finding the binary missing).
if command -v flock >/dev/null 2>&1; then
  exec 9>"$cache/.build.lock"
  flock 9
  if is_fresh; then
    echo "$bin"
    exit 0
  fi
fi

if command -v go >/dev/null 2>&1; then
  go_bin="$(command -v go)"
elif [[ -x /usr/local/go/bin/go ]]; then
  go_bin=/usr/local/go/bin/go
else
  log "no Go toolchain found (looked for 'go' on PATH and /usr/local/go/bin/go); install Go >= 1.24"
  exit 1
fi

log "building $bin with $("$go_bin" version) (cold builds take a minute or two)..."
start=$SECONDS
tmp="$(mktemp "$cache/.tym-ferretdb.XXXXXX")"
trap 'rm -f "$tmp"' EXIT

# -mod=readonly: go.sum is the source of truth, never rewritten by a build.
# ferretdb_no_postgresql: only the SQLite backend is compiled in.
build_args=(build -mod=readonly -trimpath -buildvcs=false -tags ferretdb_no_postgresql -o "$tmp")
if ! (cd "$src" && "$go_bin" "${build_args[@]}" .); then
  # Newer Go linkers reject some go:linkname pulls made by dependencies.
  log "build failed; retrying with -ldflags=-checklinkname=0"
  (cd "$src" && "$go_bin" "${build_args[@]}" -ldflags=-checklinkname=0 .)
fi

chmod +x "$tmp"
mv -f "$tmp" "$bin"
trap - EXIT
log "built in $((SECONDS - start)) s"
echo "$bin"
