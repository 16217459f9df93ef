"""schema.org ClaimReview JSON-LD: one item per finding, for fact-checking tools."""

from __future__ import annotations

import json
from typing import Any, TextIO

from .. import __version__
from ..corpus import DATELINE_AND_FOLDER
from ..pipeline import Result
from .common import ReportOptions, shown

# How a finding rates the claims it cites, on schema.org's 1 (worst) to 3 (best) scale.
_RATING = {"error": (1, "Contradicted"), "warning": (2, "Inconsistent"),
           "info": (3, "Consistent")}


def item(result: Result, finding) -> dict[str, Any]:
    """One ClaimReview for one finding."""
    docs = result.documents_by_id
    claims = [result.claims_by_id[c] for c in finding.claims]
    value, name = _RATING[finding.severity]
    appearances = []
    for c in claims:
        d = docs[c.doc]
        work: dict[str, Any] = {"@type": "CreativeWork", "name": d.title, "text": c.sentence}
        if d.url:
            work["url"] = d.url
        if d.outlet:
            work["publisher"] = {"@type": "Organization", "name": d.outlet}
        if d.published and d.date_source == "stated" and d.date_from != DATELINE_AND_FOLDER:
            # (a day whose year was taken from the folder is no date the page published)
            work["datePublished"] = d.published.isoformat()
        appearances.append(work)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": finding.id,
        "claimReviewed": "; ".join(dict.fromkeys(c.surface for c in claims)),
        "itemReviewed": {"@type": "Claim", "appearance": appearances},
        "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 3,
                         "worstRating": 1, "alternateName": name},
        "reviewBody": " ".join([finding.message, *finding.arithmetic]),
        "author": {"@type": "Organization", "name": f"crosscheck {__version__}"},
    }


def render(result: Result, out: TextIO, opts: ReportOptions) -> None:
    """Write the findings as a JSON array of ClaimReview items."""
    items = [item(result, f) for f in shown(result, opts)]
    out.write(json.dumps(items, indent=2, ensure_ascii=False) + "\n")
