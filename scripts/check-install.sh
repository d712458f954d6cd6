#!/usr/bin/env bash
# CI: the package installs built and runs from outside the repository, installed two ways into a
# scratch project each:
#   1. from the tarball `npm pack` makes (what npm publishes), packed from the current build;
#   2. as a git dependency, `npm install git+file://<this clone>#<HEAD>`: npm clones the commit,
#      installs its dev dependencies, runs `prepare` (the build) and installs what that packs — so
#      a dependency on the repository gets dist/ and a working `aftersale-rules` command.
# In each: `require` and `import` judge the example case, and the installed bin judges it too.
# `--git-only` / `--tarball-only` run one half. Uncommitted changes are not in the git install.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
example="$root/examples/late-shipment.json"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
npm_install=(npm install --no-audit --no-fund --prefer-offline --loglevel=error)

# The installed package, used the three ways a user uses it.
check() {
  local dir="$1" what="$2"
  (
    cd "$dir"
    [ -f node_modules/aftersale-rules/dist/cli.js ] || { echo "check-install: $what: no dist/ in the installed package" >&2; exit 1; }
    node -e '
      const { judge } = require("aftersale-rules");
      judge(require(process.argv[1])).then((v) => {
        if (v.outcome.liability !== "seller") throw new Error("require: unexpected verdict " + JSON.stringify(v.outcome));
      });
    ' "$example"
    node --input-type=module -e '
      import { readFileSync } from "node:fs";
      import { judge } from "aftersale-rules";
      const v = await judge(JSON.parse(readFileSync(process.argv[1], "utf8")));
      if (v.status.liability !== "firm") throw new Error("import: unexpected status " + JSON.stringify(v.status));
    ' "$example"
    out="$(npx --no-install aftersale-rules judge "$example" --lang en)"
    grep -q "Liability: seller (firm)" <<<"$out" || { echo "check-install: $what: the bin printed:" >&2; echo "$out" >&2; exit 1; }
  )
  echo "check-install: $what: installed built; require, import and the aftersale-rules command judge the example case"
}

scratch() {
  mkdir -p "$tmp/$1"
  (cd "$tmp/$1" && npm init -y >/dev/null)
  echo "$tmp/$1"
}

if [ "${1:-}" != "--git-only" ]; then
  [ -f "$root/dist/cli.js" ] && [ -f "$root/dist/index.js" ] || (cd "$root" && npm run build >/dev/null)
  tgz="$(cd "$root" && npm pack --ignore-scripts --silent --pack-destination "$tmp")"
  dir="$(scratch tarball)"
  (cd "$dir" && "${npm_install[@]}" "$tmp/$tgz")
  check "$dir" "npm pack + npm install <tarball>"
fi

if [ "${1:-}" != "--tarball-only" ]; then
  head="$(git -C "$root" rev-parse HEAD)"
  dir="$(scratch git)"
  (cd "$dir" && "${npm_install[@]}" "git+file://$root#$head")
  check "$dir" "npm install git+file://…#${head:0:12} (a git dependency, built by prepare)"
fi
