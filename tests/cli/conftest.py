"""End-to-end tests of the `claimscope` console script, run in subprocesses with cwd in tmp_path, as a new user would.

Each call that analyses text pays ~2 s of spaCy start-up, so the tests group their assertions per call.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # lets the tests import cli_helpers
