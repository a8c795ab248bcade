#!/usr/bin/env sh
# Run the test suite in .venv, setting it up first if needed; extra arguments go to pytest.
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
exec .venv/bin/python -m pytest "$@"
