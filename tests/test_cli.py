"""The command line: formats, the JSON contract, exit codes, one-line errors."""

import json
import subprocess
import sys

from crosscheck.cli import main

from conftest import ROOT, SEEDS

CLAIM_KEYS = {"id", "doc", "start", "end", "surface", "sentence", "kind", "value", "unit", "low",
              "high", "qualifier", "subject", "linked", "measure", "actor", "time_scope", "time",
              "aggregation", "status", "incident"}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_claims_json_contract(capsys):
    code, out, _ = run(capsys, "claims", str(SEEDS), "--format", "json")
    assert code == 0
    claims = json.loads(out)
    assert claims and all(set(c) >= CLAIM_KEYS for c in claims)
    c = next(c for c in claims if c["surface"] == "11.484 billion yuan")
    assert c["id"] == f"{c['doc']}:{c['start']}-{c['end']}"
    assert (c["value"], c["unit"], c["kind"]) == (11.484e9, "CNY", "money")
    assert len(c["linked"]) == 1
    # the frame: "From 2013 to 2016, the 17 provinces ... invested a total of ..."
    assert (c["time_scope"], c["time"], c["aggregation"], c["status"]) == \
        ("period", "2013–2016", "cumulative", "actual")


def test_claims_json_written_a_claim_at_a_time_is_the_whole_array_pretty_printed(capsys):
    from crosscheck.pipeline import analyze
    from crosscheck.report.jsonfmt import claim_record, claims_json_chunks, dumps

    claims = analyze([SEEDS], run_checks=False).claim_list
    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end))
    assert "".join(claims_json_chunks(claims)) == dumps([claim_record(c) for c in ordered])
    # an unbounded interval side is null, and no claims is an empty array
    over = ordered[0].evolve(high=float("inf"))
    assert "".join(claims_json_chunks([over])) == dumps([claim_record(over)])
    assert "".join(claims_json_chunks([])) == dumps([])
    _, out, _ = run(capsys, "claims", str(SEEDS), "--format", "json")
    assert out == dumps([claim_record(c) for c in ordered])
    # the check's object is written a record at a time too, as the whole would be
    _, out, _ = run(capsys, "check", str(SEEDS), "--format", "json", "--no-cache")
    assert out == dumps(json.loads(out))


def test_claims_written_as_read_in_batches_and_sections_are_those_of_a_whole_run(
        capsys, monkeypatch, tmp_path):
    from crosscheck import pipeline
    from crosscheck.pipeline import analyze
    from crosscheck.report.jsonfmt import claim_record, dumps

    for doc in SEEDS.glob("*.txt"):
        (tmp_path / doc.name).write_text(doc.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "long.txt").write_text(" ".join(
        f"In {2000 + i % 20} the county hired {100 + i} nurses and spent {5 + i % 40} million "
        f"dollars." for i in range(400)), encoding="utf-8")
    # a batch per document, and the long text read in sections (as a whole run reads it)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 1)
    monkeypatch.setattr(pipeline, "SECTION_CHARS", 3_000)
    claims = analyze([tmp_path], run_checks=False).claim_list
    ordered = sorted(claims, key=lambda c: (c.doc, c.start, c.end))
    assert any(c.doc == "long" and c.start > 3_000 for c in ordered)
    _, out, _ = run(capsys, "claims", str(tmp_path), "--format", "json", "--no-cache")
    assert out == dumps([claim_record(c) for c in ordered])
    _, out, _ = run(capsys, "claims", str(tmp_path), "--format", "jsonl", "--no-cache")
    assert [json.loads(line) for line in out.splitlines()] == \
        [json.loads(dumps(claim_record(c))) for c in ordered]


def test_claims_skipped_files_are_said_and_strict_fails(capsys, tmp_path):
    (tmp_path / "good.txt").write_text("The county hired 120 nurses in 2019.", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    code, out, err = run(capsys, "claims", str(tmp_path), "--format", "jsonl", "--no-cache")
    assert code == 0 and "skipped" in err and "bad.txt" in err
    assert [json.loads(line)["surface"] for line in out.splitlines()] == ["120", "2019"]
    code, _, _ = run(capsys, "claims", str(tmp_path), "--format", "json", "--no-cache",
                     "--strict")
    assert code == 2


def test_check_json_contract_and_clean_stdout(capsys):
    code, out, _ = run(capsys, "check", str(SEEDS), "--format", "json")
    assert code == 0
    doc = json.loads(out)
    assert set(doc) >= {"documents", "claims", "findings"}
    f = doc["findings"][0]
    assert {"id", "rule", "check", "severity", "message", "claims", "data"} <= set(f)
    assert f["severity"] in ("info", "warning", "error")


def test_jsonl_holds_the_json_records_one_per_line(capsys):
    _, whole, _ = run(capsys, "claims", str(SEEDS), "--format", "json")
    _, lines, _ = run(capsys, "claims", str(SEEDS), "--format", "jsonl")
    assert [json.loads(line) for line in lines.splitlines()] == json.loads(whole)
    _, whole, _ = run(capsys, "check", str(SEEDS), "--format", "json")
    _, lines, _ = run(capsys, "check", str(SEEDS), "--format", "jsonl")
    records = [json.loads(line) for line in lines.splitlines()]
    doc = json.loads(whole)
    for kind, key in (("document", "documents"), ("claim", "claims"), ("finding", "findings"),
                      ("rule", "rules")):
        mine = [{k: v for k, v in r.items() if k != "type"} for r in records
                if r["type"] == kind]
        assert mine == doc[key]


def test_fail_on_sets_the_exit_code(capsys):
    assert run(capsys, str(SEEDS), "--format", "json", "--fail-on", "warning")[0] == 1
    assert run(capsys, str(SEEDS), "--format", "json", "--fail-on", "error")[0] == 0
    assert run(capsys, str(SEEDS), "--format", "json", "--fail-on", "never")[0] == 0


def test_output_is_deterministic(capsys, tmp_path):
    target = tmp_path / "a.md"
    run(capsys, "report", str(SEEDS), "--output", str(target))
    first = target.read_bytes()
    run(capsys, "report", str(SEEDS), "--output", str(target))
    assert target.read_bytes() == first


def test_report_writes_into_reports_named_after_the_corpus(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "report", str(SEEDS))
    assert code == 0
    assert (tmp_path / "reports" / "seeds.md").is_file()
    assert "reports/seeds.md" in out


def test_bad_input_is_one_line_and_exit_2(capsys, tmp_path):
    code, out, err = run(capsys, str(tmp_path / "missing"))
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0
    assert "missing: no such file or folder" in err


def test_bad_rule_is_one_line_and_exit_2(capsys, tmp_path):
    (tmp_path / "bad.yaml").write_text("id: x\ntitle: t\ncheck: nope\nseverity: info\n")
    code, _, err = run(capsys, str(SEEDS), "--rules", str(tmp_path))
    assert code == 2
    assert err.startswith(f"crosscheck: error: {tmp_path / 'bad.yaml'}:3:8: unknown check type")


def test_failed_output_leaves_no_partial_file(capsys, tmp_path):
    (tmp_path / "bad.yaml").write_text("id: x\n")
    target = tmp_path / "out.json"
    code, _, _ = run(capsys, str(SEEDS), "--rules", str(tmp_path), "--output", str(target),
                     "--format", "json")
    assert code == 2 and not target.exists()


def test_console_script_runs_without_arguments_from_the_repo():
    proc = subprocess.run([sys.executable, "-m", "crosscheck", "--no-color"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "conversion-rate" in proc.stdout
    assert "6.615" in proc.stdout


def test_rules_test_passes_on_the_bundled_pack(capsys):
    code, out, _ = run(capsys, "rules", "test")
    assert code == 0
    assert "0 failed" in out


def test_groups_show_members_quotes_and_scores(capsys):
    code, out, _ = run(capsys, "groups", str(SEEDS))
    assert code == 0
    assert "\"provinces and cities\"" in out and "score" in out
    assert "Seventeen paired provinces and cities" in out


def test_explain_prints_one_finding_with_its_rule_file_and_line(capsys):
    _, out, _ = run(capsys, str(SEEDS), "--format", "json")
    fid = next(f["id"] for f in json.loads(out)["findings"] if f["rule"] == "start-year")
    code, out, _ = run(capsys, "explain", fid, str(SEEDS))
    assert code == 0
    assert out.startswith(fid)
    assert "start-year.yaml:" in out and "arithmetic:" in out and "[1980s]" in out
    code, _, err = run(capsys, "explain", "nope#123", str(SEEDS))
    assert code == 2 and "no finding" in err


def test_rules_schema_accepts_every_bundled_rule(capsys):
    import pytest
    import yaml

    from crosscheck.rulebook import DATA_FILES

    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = run(capsys, "rules", "schema")
    schema = json.loads(out)
    rules_dir = ROOT / "rules"
    for f in sorted(rules_dir.glob("*.yaml")):
        if f.name in DATA_FILES:
            continue
        jsonschema.validate(yaml.safe_load(f.read_text()), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"id": "x", "title": "t", "check": "agreement",
                             "severity": "info", "params": {"speed": 1}}, schema)


def test_process_pool_gives_the_same_output(capsys):
    _, one, _ = run(capsys, str(SEEDS), "--format", "json")
    _, two, _ = run(capsys, str(SEEDS), "--format", "json", "--jobs", "2")
    assert one == two


def test_rules_run_in_forked_workers_give_the_same_output(capsys, monkeypatch):
    from crosscheck import engines, pipeline

    genres = str(ROOT / "tests" / "fixtures" / "genres")
    _, here, _ = run(capsys, genres, "--format", "json", "--no-cache", "--jobs", "1")
    monkeypatch.setattr(pipeline, "PARALLEL_RULES_MIN_CLAIMS", 1)
    forked = []
    real = engines.LocalEngine._forked

    def spy(self, *args, **kwargs):
        forked.append(True)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(engines.LocalEngine, "_forked", spy)
    _, there, _ = run(capsys, genres, "--format", "json", "--no-cache", "--jobs", "2")
    assert forked and there == here


def test_progress_is_told_for_reading_grouping_and_checks():
    from crosscheck.pipeline import analyze

    seen = []
    analyze([SEEDS], progress=lambda done, total, stage: seen.append((stage, done, total)))
    stages = [s for s, _, _ in seen]
    assert stages.index("reading documents") < stages.index("grouping claims") < \
        stages.index("running checks")
    last = {s: (d, t) for s, d, t in seen}
    assert all(d == t for d, t in last.values())


def test_progress_bars_stay_off_when_stderr_is_no_terminal(capsys):
    code, _, err = run(capsys, "check", str(SEEDS), "--format", "json")
    assert code == 0 and err == ""


def test_two_reports_written_at_once_are_both_whole(tmp_path):
    import concurrent.futures

    target = tmp_path / "r.md"
    cmd = [sys.executable, "-m", "crosscheck", "report", str(SEEDS), "--output", str(target)]
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        codes = list(pool.map(lambda _: subprocess.run(cmd, capture_output=True).returncode,
                              range(2)))
    assert codes == [0, 0]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# crosscheck audit report") and text.endswith("\n")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left


def test_output_over_a_folder_is_refused_in_one_line(tmp_path, capsys):
    code, _, err = run(capsys, "check", str(SEEDS), "--output", str(tmp_path))
    assert code == 2 and err.count("\n") == 1 and "Is a directory" in err
