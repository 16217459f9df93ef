"""The unit table that spares a run pint's start-up holds exactly what pint computes."""

import os
import subprocess
import sys
from pathlib import Path

from crosscheck import unit_table, units

TABLE = Path(units.__file__).with_name("unit_table.py")


def test_unit_table_matches_pint(tmp_path):
    fresh = tmp_path / "unit_table.py"
    units.write_table(str(fresh))
    if os.environ.get("CROSSCHECK_UPDATE_UNITS"):
        TABLE.write_text(fresh.read_text(encoding="utf-8"), encoding="utf-8")
    assert fresh.read_text(encoding="utf-8") == TABLE.read_text(encoding="utf-8"), \
        "unit_table.py is stale: CROSSCHECK_UPDATE_UNITS=1 pytest tests/test_units.py"


def test_table_lookups_agree_with_the_registry():
    from crosscheck.extract.quantities import canonical, canonical_by_pint

    for unit in unit_table.CANONICAL:
        assert canonical(unit) == canonical_by_pint(unit)
    assert units.to_years(3, "decade_of_years") == 30


def test_extraction_does_not_load_pint(tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("Over three decades the road grew to 510 km and the plant to 1,320 MW.",
                   encoding="utf-8")
    code = ("import sys; from crosscheck.pipeline import analyze; "
            "r = analyze([sys.argv[1]]); print(sorted({c.unit for c in r.claim_list}), "
            "'pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(doc)], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "['meter', 'watt', 'year'] False"


def test_arithmetic_writes_base_units_as_a_reader_does():
    from crosscheck.units import unit_text

    from conftest import findings_of

    assert [unit_text(u) for u in ("meter^2", "kilogram", "degree_Celsius", "CNY", "year")] == \
        ["m²", "kg", "°C", "CNY", "year"]
    fs = [f for f in findings_of({"a": "The fire burned 8,200 hectares (20,260 acres)."})
          if f.rule == "unit-conversion"]
    assert fs and any(a.endswith("m²") for a in fs[0].arithmetic)
    assert not any("meter^2" in a for f in fs for a in f.arithmetic)
