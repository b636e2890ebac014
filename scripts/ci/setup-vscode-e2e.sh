#!/usr/bin/env bash
# Installs what test/e2e/vscode.test.ts needs: Debian Chromium and code-server 4.100.3 (VS Code
# 1.100.3 for the browser). Follows /work/shared/notes/vscode-e2e.md: code-server's own
# postinstall downloads ripgrep from the internet, so its steps are replayed offline here.
# Idempotent: the install is cached outside the repo, keyed by version, and skipped when present.
set -euo pipefail
CS_VERSION=4.100.3
CS="${CASEDRAFT_CODE_SERVER_DIR:-/var/cache/casedraft/code-server-$CS_VERSION}"
export DEBIAN_FRONTEND=noninteractive

need_pkgs=()
for p in libkrb5-dev libxkbfile-dev libsecret-1-dev ripgrep chromium; do
  dpkg -s "$p" >/dev/null 2>&1 || need_pkgs+=("$p")
done
if [ ${#need_pkgs[@]} -gt 0 ]; then
  apt-get -o DPkg::Lock::Timeout=900 update -qq || true
  apt-get -o DPkg::Lock::Timeout=900 install -y -qq "${need_pkgs[@]}"
fi

# A finished install leaves this marker; a half-finished one (interrupted) is redone.
if [ -f "$CS/.casedraft-ready" ]; then
  echo "code-server $CS_VERSION already in $CS"
  exit 0
fi
rm -rf "$CS"
mkdir -p "$CS"
cd "$CS"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts "code-server@$CS_VERSION"
cd node_modules/code-server/lib/vscode
npm install --omit=dev --ignore-scripts --no-audit --no-fund
# @vscode/ripgrep's postinstall downloads a binary; it skips that when bin/ exists.
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --foreground-scripts
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm_config_yes=true npm install --omit=dev --no-audit --no-fund)
cd "$CS"
npm_config_yes=true npm rebuild argon2 --foreground-scripts
XDG_CONFIG_HOME="$CS/.xdg-config" ./node_modules/.bin/code-server --version  # (keeps its default config out of $HOME)
touch "$CS/.casedraft-ready"
