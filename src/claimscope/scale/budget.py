"""A time budget around analysis: past it, the work in progress is interrupted with DocTimeout.

On a process's main thread (the one-process CLI, each worker of the local pool) the budget is a real-time
interval timer (`signal.setitimer`) whose SIGALRM handler raises DocTimeout; it also cuts a blocking sleep
or read short. On any other thread (Ray Data calls an actor's batch function on a thread of its own, a web
server's request thread) a watchdog `threading.Timer` raises DocTimeout in the analysing thread through
`PyThreadState_SetAsyncExc`. Either way Python raises it between bytecodes, so a long tokenizer or
component loop stops at its next Python-level step; a single call into C that never returns to Python
(one enormous regular-expression match) is not cut short.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class DocTimeout(Exception):
    """The analysis ran past its time budget (raised without arguments: a thread cannot be handed an instance)."""


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise DocTimeout inside the block once `seconds` have passed (None or 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
    elif hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        with _alarm(seconds):
            yield
    else:
        with _watchdog(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def on_alarm(signum, frame):
        raise DocTimeout()

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _watchdog(seconds: float) -> Iterator[None]:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(DocTimeout))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
