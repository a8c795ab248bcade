#!/usr/bin/env sh
# Run the test suite in .venv, setting it up first if needed; extra arguments go to pytest.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
# The browser tests drive Debian's Chromium (no Playwright browser download): install it when missing, as root.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "claimscope test: installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-dejavu-core) \
        >/dev/null 2>&1 || echo "claimscope test: could not install chromium; browser tests will be skipped" >&2
fi
# Two workers by default (CLAIMSCOPE_TEST_WORKERS=0 runs in one process); a module's tests stay on one worker, so
# module fixtures (a parsed article, a linked store) are built once.
workers="${CLAIMSCOPE_TEST_WORKERS:-2}"
exec .venv/bin/python -m pytest -n "$workers" --dist loadscope "$@"
