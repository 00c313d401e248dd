# Shared by the scripts: paths to the tools the setup step installs. Sourced, not run.
CLIENTWISE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$CLIENTWISE_ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Playwright must use Debian's Chromium, never download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

# Each step says how long the whole command has run so far (scripts that call each other share
# the start).
export CLIENTWISE_STARTED="${CLIENTWISE_STARTED:-$(date +%s)}"
step() {
  local elapsed=$(($(date +%s) - CLIENTWISE_STARTED))
  printf '\n\033[1m==> %s\033[0m  [%d:%02d]\n' "$1" $((elapsed / 60)) $((elapsed % 60))
}
