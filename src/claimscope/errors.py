"""Typed exceptions: the library raises these; the CLI turns them into one-line messages."""


class ClaimscopeError(Exception):
    """Base class for every error a user can cause."""


class UsageError(ClaimscopeError):
    """A bad option or argument; the CLI exits with code 2."""


class StoreError(ClaimscopeError):
    """The store cannot be opened or is not a claimscope store."""


class IngestError(ClaimscopeError):
    """One input could not be read; names the input so the user can find it."""

    def __init__(self, origin: str, reason: str):
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
