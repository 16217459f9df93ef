"""crosscheck: a linter for numbers across documents."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("crosscheck")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0+source"

from .pipeline import Result, analyze, check  # noqa: E402

__all__ = ["Result", "__version__", "analyze", "check"]
