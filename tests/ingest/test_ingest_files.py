"""Folders, globs and missing paths: what gets read, in what order, and what is reported."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from claimscope.ingest import IngestError, SourceDoc, expand_inputs, iter_documents


def make(root: Path, *names: str) -> None:
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"text of {name}\n")


def rel(items, root: Path) -> list[str]:
    return [os.path.relpath(p, root) if isinstance(p, Path) else p for p in items]


def test_folder_is_walked_recursively_in_sorted_order_skipping_hidden(tmp_path):
    make(tmp_path, "b.txt", "a/z.txt", "a/b/y.txt", "c.html", ".hidden.txt", ".git/config", "a/.secret/x.txt")
    items = list(expand_inputs([str(tmp_path)]))
    assert rel(items, tmp_path) == ["a/b/y.txt", "a/z.txt", "b.txt", "c.html"]
    assert all(isinstance(p, Path) for p in items)


def test_hidden_file_named_explicitly_is_read(tmp_path):
    make(tmp_path, ".hidden.txt")
    [doc] = iter_documents([str(tmp_path / ".hidden.txt")])
    assert doc.text == "text of .hidden.txt\n"


def test_docs_follow_input_order_and_keep_the_path_as_given(tmp_path, monkeypatch):
    make(tmp_path, "news/2.txt", "news/1.txt", "solo.txt")
    monkeypatch.chdir(tmp_path)
    docs = list(iter_documents(["solo.txt", "news"]))
    assert [d.path for d in docs] == ["solo.txt", os.path.join("news", "1.txt"), os.path.join("news", "2.txt")]
    assert [d.origin for d in docs] == [d.path for d in docs]


def test_glob_patterns(tmp_path, monkeypatch):
    make(tmp_path, "x/a.txt", "x/b.txt", "x/c.html", "x/deep/d.txt", "x/.e.txt")
    monkeypatch.chdir(tmp_path)
    assert rel(expand_inputs(["x/*.txt"]), tmp_path) == ["x/a.txt", "x/b.txt"]
    assert rel(expand_inputs(["x/**/*.txt"]), tmp_path) == ["x/a.txt", "x/b.txt", "x/deep/d.txt"]
    assert rel(expand_inputs(["x/[ab].txt"]), tmp_path) == ["x/a.txt", "x/b.txt"]
    assert rel(expand_inputs(["x/de*"]), tmp_path) == ["x/deep/d.txt"]  # a folder match is walked


def test_glob_matching_nothing(tmp_path):
    pattern = str(tmp_path / "*.nothing")
    [err] = expand_inputs([pattern])
    assert isinstance(err, IngestError)
    assert str(err) == f"{pattern}: no files match this pattern"


def test_missing_path_is_an_error_and_the_rest_goes_on(tmp_path):
    make(tmp_path, "ok.txt")
    missing = str(tmp_path / "nope.txt")
    out = list(iter_documents([missing, str(tmp_path / "ok.txt")]))
    assert isinstance(out[0], IngestError)
    assert str(out[0]) == f"{missing}: no such file or directory"
    assert isinstance(out[1], SourceDoc)


def test_a_file_reached_twice_is_read_once(tmp_path):
    make(tmp_path, "a.txt", "b.txt")
    items = list(expand_inputs([str(tmp_path / "a.txt"), str(tmp_path), str(tmp_path / "*.txt")]))
    assert rel(items, tmp_path) == ["a.txt", "b.txt"]


def test_literal_name_with_glob_characters(tmp_path):
    make(tmp_path, "what[1].txt")
    [path] = expand_inputs([str(tmp_path / "what[1].txt")])
    assert path.name == "what[1].txt"


def test_stdin_marker_and_pathlike_inputs(tmp_path):
    make(tmp_path, "a.txt")
    assert list(expand_inputs(["-"])) == ["-"]
    assert list(expand_inputs([tmp_path / "a.txt"])) == [tmp_path / "a.txt"]
    assert list(expand_inputs(str(tmp_path / "a.txt"))) == [tmp_path / "a.txt"]  # one string, not its letters


def test_empty_folder_yields_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    assert list(expand_inputs([str(tmp_path / "empty")])) == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_file_in_a_folder_is_reported_not_read(tmp_path):
    make(tmp_path, "a.txt")
    os.mkfifo(tmp_path / "pipe")
    items = list(iter_documents([str(tmp_path)]))  # would hang if the FIFO were opened
    assert isinstance(items[0], SourceDoc)
    assert isinstance(items[1], IngestError) and items[1].reason == "not a regular file"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_symlinks_broken_and_looping(tmp_path):
    make(tmp_path, "d/a.txt")
    (tmp_path / "d" / "loop").symlink_to(tmp_path / "d")
    (tmp_path / "d" / "broken.txt").symlink_to(tmp_path / "missing.txt")
    items = list(expand_inputs([str(tmp_path / "d")]))
    assert rel(items[:1], tmp_path) == ["d/a.txt"]
    assert [str(e) for e in items[1:]] == [f"{tmp_path / 'd' / 'broken.txt'}: broken symbolic link"]


def test_unreadable_folder(tmp_path, monkeypatch):
    make(tmp_path, "d/a.txt")
    import claimscope.ingest.files as files

    def denied(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files.os, "scandir", denied)
    [err] = expand_inputs([str(tmp_path / "d")])
    assert str(err) == f"{tmp_path / 'd'}: permission denied"
