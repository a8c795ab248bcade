"""The token stays secret: read from a file or the environment, redacted from access logs, out of the address bar."""

from __future__ import annotations

import logging
import logging.config
import subprocess
import time

import httpx
import pytest

from serve_helpers import claimscope_cmd, env, free_port

TOKEN = "file-token_for.tests-42"


def test_redact_hides_every_token_value():
    from claimscope.serve.security import redact

    assert redact("GET /?token=abc HTTP/1.1") == "GET /?token=[redacted] HTTP/1.1"
    assert redact("/statements?speaker=x&token=abc&q=y") == "/statements?speaker=x&token=[redacted]&q=y"
    assert redact("/statements?mytoken=abc") == "/statements?mytoken=abc"


def test_access_log_config_redacts_the_request_line(capsys):
    from claimscope.cli.serve import _log_config

    logging.config.dictConfig(_log_config())
    logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET",
                                             f"/?token={TOKEN}", "1.1", 303)
    logged = capsys.readouterr()
    assert TOKEN not in logged.out + logged.err and "token=[redacted]" in logged.out + logged.err


def test_token_file_and_environment(tmp_path, monkeypatch):
    from claimscope.cli.serve import _token
    from claimscope.errors import UsageError

    monkeypatch.delenv("CLAIMSCOPE_TOKEN", raising=False)
    (tmp_path / "token").write_text(f"  {TOKEN}\n", encoding="utf-8")
    assert _token(None, tmp_path / "token") == TOKEN
    assert _token(None, None) is None
    monkeypatch.setenv("CLAIMSCOPE_TOKEN", "from-the-environment")
    assert _token(None, None) == "from-the-environment"
    assert _token(" given-on-the-line ", None) == "given-on-the-line"
    (tmp_path / "empty").write_text("\n", encoding="utf-8")
    with pytest.raises(UsageError, match="empty"):
        _token(None, tmp_path / "empty")
    with pytest.raises(UsageError, match="cannot read"):
        _token(None, tmp_path / "missing")
    with pytest.raises(UsageError, match="not both"):
        _token("x" * 10, tmp_path / "token")


def test_served_with_a_token_file_and_access_log_never_shows_the_token(example_store, tmp_path):
    (tmp_path / "token").write_text(TOKEN + "\n", encoding="utf-8")
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as fh:
        proc = subprocess.Popen(claimscope_cmd("serve", "--db", str(example_store), "--port", str(port),
                                               "--token-file", str(tmp_path / "token"), "--access-log"),
                                stdout=fh, stderr=subprocess.STDOUT, env=env(), stdin=subprocess.DEVNULL)
        try:
            url = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 30
            with httpx.Client(timeout=2) as c:
                while True:
                    try:
                        r = c.get(f"{url}/documents?token={TOKEN}")
                        break
                    except httpx.HTTPError:
                        assert time.monotonic() < deadline and proc.poll() is None, log.read_text()
                        time.sleep(0.1)
                assert r.status_code == 303 and r.headers["location"] == "/documents"
                assert c.get(url + "/api/health").status_code == 200  # the cookie carries it
                api = c.get(f"{url}/api/health?token={TOKEN}")  # API calls are answered, not redirected
                assert api.status_code == 200
        finally:
            proc.terminate()
            proc.wait(timeout=10)
    text = log.read_text(encoding="utf-8")
    assert "token=[redacted]" in text and TOKEN not in text
    assert "/documents" in text
