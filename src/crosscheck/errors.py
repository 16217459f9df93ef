"""The typed error tree. The CLI turns any of these into one line and exit code 2."""

from __future__ import annotations


class CrosscheckError(Exception):
    """Base of every error crosscheck reports to a user (bad input, bad rule, bad usage)."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return f"{where}{self.message}"


class CorpusError(CrosscheckError):
    """A document or corpus metadata file cannot be read."""


class RuleError(CrosscheckError):
    """A rule file (or qualifiers/aliases data file) is invalid."""


class UsageError(CrosscheckError):
    """The command line asks for something that does not exist."""


class EngineError(CrosscheckError):
    """The engine the run asked for failed (a Dask cluster lost, a worker that cannot run)."""
