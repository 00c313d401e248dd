# Shared by the scripts: paths to the tools the setup step installs. Sourced, not run.
CLIENTWISE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$CLIENTWISE_ROOT/.tools/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Playwright must use Debian's Chromium, never download its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

step() {
  printf '\n\033[1m==> %s\033[0m\n' "$1"
}
