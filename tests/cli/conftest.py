"""End-to-end tests of the `claimscope` command line, run in this process with cwd in tmp_path, as a new user would.

The spaCy pipeline loads once per session; the few tests named `test_process_*` start the console script in a
subprocess because only a real process shows what they check (a signal, the script's own exit code).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # lets the tests import cli_helpers
