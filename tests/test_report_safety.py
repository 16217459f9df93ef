"""Reports quote documents, and a document can hold anything: no HTML, link, image or escape
sequence from a document reaches a rendered report, and no CSV cell is a formula."""

import csv
import io

from markdown_it import MarkdownIt

from crosscheck.cli import main
from crosscheck.report.safe import csv_text, md_inline, visible

HOSTILE = (
    "Hostile <b>title</b> [x](javascript:alert(1))\n\n"
    "In 2016 <script>alert(1)</script> the city sent 300 doctors to Tibet, see "
    "[click](javascript:alert(2)) and ![](http://tracker.example/p.png).\n\n"
    "In 2016 the city sent 520 doctors to Tibet \x1b[31m\x1b]0;owned\x07 | `code` "
    "www.example.com &amp; <img src=x onerror=alert(3)>.\n\n"
    "=HYPERLINK(\"http://evil.example\") In 2016 the city sent 300 doctors to Tibet.\n"
)


def _corpus(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "b.txt").write_text("In 2016 the city sent 300 doctors to Tibet.\n",
                                  encoding="utf-8")
    return folder


def _tokens(markdown: str):
    for tok in MarkdownIt("commonmark").parse(markdown):
        yield tok
        yield from tok.children or ()


def test_markdown_report_has_no_html_link_or_image_from_a_document(tmp_path, capsys):
    out = tmp_path / "r.md"
    assert main(["report", str(_corpus(tmp_path)), "--output", str(out)]) in (0, 1)
    capsys.readouterr()
    text = out.read_text(encoding="utf-8")
    kinds = {t.type for t in _tokens(text)}
    assert not kinds & {"html_inline", "html_block", "link_open", "image"}
    assert "**300**" in text or "**520**" in text  # the figure is still highlighted


def test_terminal_report_carries_no_escape_sequence_from_a_document(tmp_path, capsys):
    main(["check", str(_corpus(tmp_path)), "--no-color"])
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b" in out  # shown, harmlessly


def test_csv_has_no_formula_cell(tmp_path, capsys):
    folder = _corpus(tmp_path)
    for args in (["claims", str(folder), "--format", "csv"],
                 ["check", str(folder), "--format", "csv"]):
        main(args)
        rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
        assert rows and not [c for r in rows for c in r if c[:1] in ("=", "+", "@")
                             and not _number(c)]
        assert not [c for r in rows for c in r if c.startswith("-") and not _number(c)]


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_the_escapers_on_their_own():
    assert md_inline("<b>[x](y)</b>") == r"\<b\>\[x\](y)\</b\>"
    assert md_inline("- item", line=True) == r"\- item"
    assert md_inline("12. item", line=True) == r"12\. item"
    assert "\u200b" in md_inline("https://example.org")
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert csv_text("=1+1") == "'=1+1" and csv_text("300 doctors") == "300 doctors"
