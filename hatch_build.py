"""Wheel build hook: compile the extraction modules to C extensions with mypyc.

Extraction is the one stage whose cost grows with the corpus, and its time goes to many
small Python steps around each figure (the regexes themselves already run in C). mypyc
compiles those modules from their type hints and makes extraction about twice as fast on
figure-dense text (1.7x on news prose), with the same output. The ``.py`` files ship
beside the extensions, so when compiling is not possible (no C compiler, or
``CROSSCHECK_PURE_PYTHON=1``) the wheel is pure Python and behaves the same, only slower.
Editable installs are never compiled: a developer's edits must take effect without a
rebuild.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# Paths under src/, the modules on the extraction hot path: reading figures, then their
# scope and frames (scope.py and frame.py were two thirds of a document's time once the
# figures were compiled; compiled too, a document is read about 20% faster). claims.py stays
# interpreted: extraction builds each Claim (a named tuple) with tuple.__new__, which costs
# the same either way, and the module's pandas table is no hot path.
COMPILED = (
    "crosscheck/extract/caches.py",
    "crosscheck/extract/fastre.py",
    "crosscheck/extract/figures.py",
    "crosscheck/extract/money.py",
    "crosscheck/extract/numerals.py",
    "crosscheck/extract/quantities.py",
    "crosscheck/extract/subjects.py",
    "crosscheck/extract/timeexpr.py",
    "crosscheck/normalize.py",
    "crosscheck/sentences.py",
    "crosscheck/frame.py",
    "crosscheck/scope.py",
)
PURE_ENV = "CROSSCHECK_PURE_PYTHON"


class MypycHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._work: str | None = None
        if self.target_name != "wheel" or version == "editable":
            return
        if os.environ.get(PURE_ENV, "") not in ("", "0"):
            self.app.display_info(f"crosscheck: {PURE_ENV} is set; building pure Python")
            return
        self.app.display_info("crosscheck: compiling the extraction modules with mypyc")
        self._work = tempfile.mkdtemp(prefix="crosscheck-mypyc-")
        try:
            built = self._compile(Path(self._work))
        # mypy reports type errors by exiting; any failure still leaves a working wheel.
        except (Exception, SystemExit) as exc:  # noqa: BLE001
            text = str(exc).strip()
            first = text.splitlines()[0] if text else type(exc).__name__
            first = first if len(first) <= 120 else first[:117] + "..."  # compiler command lines
            self.app.display_warning(
                f"crosscheck: could not compile the extraction modules ({first}); "
                "building pure Python, which gives the same results more slowly")
            return
        for path, dest in built:
            build_data["force_include"][str(path)] = dest
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._work:
            shutil.rmtree(self._work, ignore_errors=True)

    def _compile(self, work: Path) -> list[tuple[Path, str]]:
        """Build the extensions in ``work``; return (file, path inside the wheel) pairs."""
        from mypyc.build import mypycify
        from setuptools import Distribution

        src = Path(self.root) / "src"
        here = os.getcwd()
        # mypy names modules from paths relative to the working directory.
        os.chdir(src)
        try:
            extensions = mypycify(
                # Only the compiled modules must type-check; the rest of the package is read
                # for its types, and its own type errors are not this build's concern.
                [*COMPILED, "--ignore-missing-imports", "--follow-imports=silent",
                 "--cache-dir", str(work / "cache")],
                opt_level="3", target_dir=str(work / "c"))
            dist = Distribution({"name": "crosscheck", "ext_modules": extensions})
            cmd = dist.get_command_obj("build_ext")
            cmd.build_lib = str(work / "lib")
            cmd.build_temp = str(work / "obj")
            cmd.parallel = os.cpu_count() or 1
            cmd.ensure_finalized()
            cmd.run()
        finally:
            os.chdir(here)
        lib = work / "lib"
        built = [(p, p.relative_to(lib).as_posix()) for p in sorted(lib.rglob("*"))
                 if p.is_file()]
        if len(built) < len(COMPILED):
            raise RuntimeError(f"expected {len(COMPILED)} extensions, got {len(built)}")
        return built
