"""`claimscope serve` as a user starts it: loopback by default, a token anywhere else, clear refusals."""

from __future__ import annotations

import socket
import subprocess

import httpx
import pytest

from serve_helpers import claimscope_cmd, env, running_server

TOKEN = "s3cret-token_for.tests"


def run(*args, timeout=30, extra_env=None):
    e = env()
    e.update(extra_env or {})
    proc = subprocess.run(claimscope_cmd(*args), capture_output=True, text=True, env=e, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr
    return proc


def test_non_loopback_without_token_refuses_to_start(example_store):
    """The real console script, as a user would run it."""
    proc = run("serve", "--db", str(example_store), "--host", "0.0.0.0", "--port", "8765", timeout=20)
    assert proc.returncode == 2, proc.stderr
    assert "refusing to serve on 0.0.0.0 without a token" in proc.stderr and "--token" in proc.stderr


def main_exit(capsys, *args) -> tuple[int, str]:
    """Run the CLI entry point in this process (fast); (exit code, stderr)."""
    import sys

    from claimscope.cli.app import main

    old = sys.argv
    sys.argv = ["claimscope", *args]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = old
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return exit_info.value.code, " ".join(err.split())


@pytest.mark.parametrize("host", ["::", "192.0.2.10", "example.org"])
def test_other_hosts_without_token_refused_too(example_store, capsys, host, monkeypatch):
    monkeypatch.delenv("CLAIMSCOPE_TOKEN", raising=False)
    code, err = main_exit(capsys, "serve", "--db", str(example_store), "--host", host)
    assert code == 2 and f"refusing to serve on {host} without a token" in err


@pytest.mark.parametrize("command", ["serve", "export"])
def test_help(capsys, command):
    import sys

    from claimscope.cli.app import main

    old, sys.argv = sys.argv, ["claimscope", command, "--help"]
    try:
        with pytest.raises(SystemExit) as exit_info:
            main()
    finally:
        sys.argv = old
    out = capsys.readouterr().out
    assert exit_info.value.code == 0 and "Usage:" in out and "--db" in out


def test_usage_errors(example_store, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("CLAIMSCOPE_TOKEN", raising=False)
    code, err = main_exit(capsys, "serve", "--db", str(tmp_path / "missing.db"))
    assert code == 2 and "no such store" in err
    code, err = main_exit(capsys, "serve", "--db", str(example_store), "--token", "short")
    assert code == 2 and "--token" in err
    code, err = main_exit(capsys, "serve", "--db", str(example_store), "--token", "has space and ; semicolon")
    assert code == 2 and "--token" in err
    code, err = main_exit(capsys, "serve", "--db", str(example_store), "--port", "70000")
    assert code == 2
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    code, err = main_exit(capsys, "serve", "--db", str(junk))
    assert code == 1 and "not a claimscope store" in err


def test_port_in_use_is_a_clear_error(example_store, capsys, monkeypatch):
    monkeypatch.delenv("CLAIMSCOPE_TOKEN", raising=False)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(1)
        port = s.getsockname()[1]
        code, err = main_exit(capsys, "serve", "--db", str(example_store), "--port", str(port))
    assert code == 1 and f"cannot listen on 127.0.0.1:{port}" in err


def test_token_is_required_on_every_request(example_store):
    with running_server(example_store, token=TOKEN) as server, httpx.Client(timeout=10) as c:
        for path in ("/api/statements", "/", "/static/js/app.js", "/openapi.json", "/docs"):
            r = c.get(server.url + path)
            assert r.status_code == 401, path
            assert r.json()["error"]["code"] == "unauthorized"
            assert r.headers["www-authenticate"].startswith("Bearer")
        r = c.get(server.url + "/api/statements", headers={"Authorization": "Bearer wrong-token-123"})
        assert r.status_code == 401 and r.json()["error"]["message"] == "wrong token"
        r = c.get(server.url + "/api/statements", headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200 and r.json()["total"] > 0
        assert "set-cookie" not in r.headers
        # a browser opens ?token= once; the HttpOnly cookie carries it from then on, and a redirect takes the
        # token out of the address bar
        r = c.get(server.url + f"/statements?token={TOKEN}&speaker=x")
        assert r.status_code == 303 and r.headers["location"] == "/statements?speaker=x"
        cookie = r.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
        r = c.get(server.url + r.headers["location"])
        assert r.status_code == 200 and "text/html" in r.headers["content-type"]
        r = c.get(server.url + "/api/actors")  # the client kept the cookie
        assert r.status_code == 200
        # with a token, other Host headers are fine (the token protects the server)
        r = c.get(server.url + "/api/health", headers={"Host": "example.org", "Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200


def test_loopback_and_host_header_rules():
    from claimscope.serve.security import _host_name, is_loopback

    for host in ("127.0.0.1", "127.3.2.1", "::1", "[::1]", "localhost", "LOCALHOST"):
        assert is_loopback(host), host
    for host in ("0.0.0.0", "::", "192.168.1.5", "10.0.0.1", "example.org", "localhost.example.org", ""):
        assert not is_loopback(host), host
    assert _host_name("127.0.0.1:8000") == "127.0.0.1"
    assert _host_name("[::1]:8000") == "::1"
    assert _host_name("localhost") == "localhost"
    assert _host_name("evil.example:80") == "evil.example"
