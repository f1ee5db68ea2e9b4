"""The exception hierarchy of Tidings. Library code raises these; the CLI
turns each into one clear line and an exit code."""

from __future__ import annotations


class TidingsError(Exception):
    """Base class of every error Tidings raises on purpose."""

    exit_code = 1


class InputError(TidingsError):
    """An input path, file or record cannot be used."""

    exit_code = 2


class ArticleRejected(InputError):
    """One article was unusable; the batch goes on without it."""

    def __init__(self, reason: str, *, origin: str = "<input>", line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.origin = origin
        self.line = line


class FetchFailed(InputError):
    """A feed or page could not be fetched (HTTP error, timeout, over the size cap, robots.txt).

    ``transient`` failures (timeouts, 5xx, 429, refused connections) are worth trying on the
    next poll; the others (404, robots.txt, too large) are not."""

    def __init__(self, reason: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.transient = transient
        self.status = status


class ModelNotInstalled(TidingsError):
    """The spaCy model package is missing."""

    exit_code = 3


class OntologyError(TidingsError):
    """Packaged ontology data is missing or inconsistent, or a user dictionary is malformed."""

    exit_code = 4


class StoreError(TidingsError):
    """The event store cannot be opened or written."""

    exit_code = 5


class StoreBusy(StoreError):
    """Another process holds the store's write lock; retry later."""

    exit_code = 6


class SchemaMismatch(StoreError):
    """The store was written by another schema version and cannot be migrated automatically."""

    exit_code = 7


class QueryError(TidingsError):
    """A query parameter is invalid (bad date, bad code, bad dyad)."""

    exit_code = 2
