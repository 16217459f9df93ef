"""Writing results to files without ever leaving a half-written one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from .errors import UsageError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def make_shareable(path: Path) -> None:
    """Give a file made by mkstemp (0600) the mode the user's umask gives new files."""
    os.chmod(path, 0o666 & ~_umask())


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A text handle on a temporary file beside ``path``, renamed over it when the block
    ends without error (removed otherwise): no reader ever sees half a report, and two runs
    writing one path each leave a whole file."""
    path = Path(path)
    if path.is_dir():
        raise UsageError("cannot write: Is a directory", path=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise UsageError(f"cannot write: {exc.strerror}", path=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            yield fh
        make_shareable(Path(tmp))  # mkstemp makes 0600; a report is for sharing
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UsageError(f"cannot write: {exc.strerror}", path=str(path)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, one after another) to ``path`` atomically."""
    with atomic_writer(path) as fh:
        if isinstance(text, str):
            fh.write(text)
        else:
            for piece in text:
                fh.write(piece)
