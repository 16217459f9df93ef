"""Extraction: text -> claims, one module per grammar, composed in :mod:`.figures`."""

from .figures import extract_document, extract_sentence
from .lexicon import Lexicon, load_lexicon

__all__ = ["Lexicon", "extract_document", "extract_sentence", "load_lexicon"]
