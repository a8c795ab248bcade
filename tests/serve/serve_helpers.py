"""Helpers for the serve tests and scripts/screenshots.py: run `claimscope serve` in a subprocess on a free
loopback port, and drive Debian's Chromium (/usr/bin/chromium) through Playwright; no browser download."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CLAIMSCOPE_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--font-render-hinting=none"]


def claimscope_cmd(*args: str) -> list[str]:
    """The real console script (as a user runs it), else the module through this Python."""
    for candidate in (REPO / ".venv" / "bin" / "claimscope", Path(sys.executable).parent / "claimscope"):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate), *args]
    found = shutil.which("claimscope")
    if found:
        return [found, *args]
    return [sys.executable, "-c", "from claimscope.cli.app import main; main()", *args]


def env() -> dict[str, str]:
    out = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "FORCE_COLOR", "CLAIMSCOPE_TOKEN")}
    out.update({"PYTHONUNBUFFERED": "1", "NO_COLOR": "1"})
    return out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A running `claimscope serve`; `url` is its base URL."""

    def __init__(self, proc: subprocess.Popen, url: str, log: Path):
        self.proc, self.url, self.log = proc, url, log

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace") if self.log.exists() else ""


@contextlib.contextmanager
def running_server(db: Path, *, token: str | None = None, log_dir: Path | None = None, timeout: float = 30):
    """Start `claimscope serve --db DB` on a free loopback port; wait until /api/health answers; stop it after."""
    port = free_port()
    args = ["serve", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)]
    if token:
        args += ["--token", token]
    log = (log_dir or db.parent) / f"serve-{port}.log"
    fh = open(log, "w", encoding="utf-8")
    proc = subprocess.Popen(claimscope_cmd(*args), stdout=fh, stderr=subprocess.STDOUT, env=env(),
                            stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    server = Server(proc, url, log)
    try:
        deadline = time.monotonic() + timeout
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        client = httpx.Client(timeout=2)
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"claimscope serve exited with {proc.returncode}:\n{server.log_text()}")
            try:
                if client.get(f"{url}/api/health", headers=headers).status_code == 200:
                    client.close()
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                client.close()
                raise RuntimeError(f"claimscope serve did not answer within {timeout}s:\n{server.log_text()}")
            time.sleep(0.05)
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        fh.close()


def chromium_available() -> bool:
    return Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)


@contextlib.contextmanager
def browser():
    """A headless Debian Chromium driven by Playwright (executable_path: no Playwright browser download)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


def new_page(b, *, width: int = 1360, height: int = 900):
    """A page that records console errors, page errors and CSP violations in `page.problems`."""
    context = b.new_context(viewport={"width": width, "height": height}, device_scale_factor=1,
                            java_script_enabled=True, service_workers="block")
    page = context.new_page()
    page.problems = []
    page.on("pageerror", lambda e: page.problems.append(f"pageerror: {e}"))
    page.on("console", lambda m: page.problems.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
    page.set_default_timeout(15000)
    return page


def open_page(page, url: str) -> None:
    """Go to `url` and wait until the app has rendered (the router sets data-ready on #app)."""
    page.goto(url, wait_until="load")
    page.wait_for_selector("#app[data-ready='1']", state="attached")


def screenshot(page, path: Path, *, full_page: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=full_page)
    return path
