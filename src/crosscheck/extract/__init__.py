"""Extraction: text -> claims, one module per grammar, composed in :mod:`.figures`."""

from importlib.machinery import EXTENSION_SUFFIXES

from . import figures
from .figures import extract_document, extract_sentence
from .lexicon import Lexicon, load_lexicon


def compiled() -> bool:
    """True when the extraction modules run as C extensions built by mypyc (a wheel install
    with a C compiler at hand, see ``hatch_build.py``); False for pure Python."""
    return (figures.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))


def build_name() -> str:
    """Which build runs, in words (``crosscheck --version``, the speed bench)."""
    return "extraction compiled with mypyc" if compiled() else "pure Python"


__all__ = ["Lexicon", "build_name", "compiled", "extract_document", "extract_sentence",
           "load_lexicon"]
