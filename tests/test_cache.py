"""The claims cache: a re-run reads only what changed, gives the same bytes, and never trusts
an entry it cannot verify."""

import shutil

from crosscheck.cache import ClaimsCache
from crosscheck.cli import main
from crosscheck.pipeline import analyze
from crosscheck.report.jsonfmt import claims_json

from conftest import SEEDS


def _corpus(tmp_path):
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_a_warm_run_reads_nothing_and_gives_the_same_claims(tmp_path):
    folder = _corpus(tmp_path)
    cold_cache = ClaimsCache(tmp_path / "cache")
    cold = analyze([folder], cache=cold_cache)
    warm_cache = ClaimsCache(tmp_path / "cache")
    warm = analyze([folder], cache=warm_cache)
    n = len(cold.documents)
    assert (cold_cache.hits, warm_cache.hits, warm_cache.misses) == (0, n, 0)
    assert claims_json(warm.claim_list) == claims_json(cold.claim_list)
    assert [f.record() for f in warm.findings] == [f.record() for f in cold.findings]
    assert [d.published for d in warm.documents] == [d.published for d in cold.documents]
    # the sentences come back from the offsets the entry keeps, without splitting again
    assert all(d.spans is not None for d in warm.documents)
    assert [d.sentences for d in warm.documents] == [d.sentences for d in cold.documents]


def test_only_a_changed_file_is_read_again(tmp_path):
    folder = _corpus(tmp_path)
    analyze([folder], cache=ClaimsCache(tmp_path / "cache"))
    first = sorted(folder.glob("*.txt"))[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nIt also built 12 schools.\n",
                     encoding="utf-8")
    cache = ClaimsCache(tmp_path / "cache")
    again = analyze([folder], cache=cache)
    assert (cache.misses, cache.hits) == (1, len(again.documents) - 1)
    assert any(c.surface == "12" for c in again.claim_list)


def test_an_entry_with_offsets_outside_its_text_is_not_trusted(tmp_path):
    import hashlib

    import orjson

    folder = _corpus(tmp_path)
    analyze([folder], cache=ClaimsCache(tmp_path / "cache"))
    for path in (tmp_path / "cache").rglob("*.json"):
        entry = orjson.loads(path.read_bytes())
        entry["body"]["spans"][-1] = 10**9
        body = orjson.dumps(entry["body"])
        entry["sum"] = hashlib.sha256(body).hexdigest()
        path.write_bytes(orjson.dumps(entry))
    cache = ClaimsCache(tmp_path / "cache")
    again = analyze([folder], cache=cache)
    assert cache.hits == 0 and all(d.spans[-1] <= len(d.text) for d in again.documents)


def test_a_corrupt_or_cut_entry_is_rebuilt_not_trusted(tmp_path):
    folder = _corpus(tmp_path)
    clean = analyze([folder], cache=ClaimsCache(tmp_path / "cache"))
    entries = sorted((tmp_path / "cache").rglob("*.json"))
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # cut short
    text = entries[1].read_text(encoding="utf-8")
    entries[1].write_text(text.replace('"count"', '"money"', 1), encoding="utf-8")  # altered
    cache = ClaimsCache(tmp_path / "cache")
    again = analyze([folder], cache=cache)
    assert cache.misses == 2
    assert claims_json(again.claim_list) == claims_json(clean.claim_list)


def test_no_cache_stores_nothing(tmp_path, capsys):
    folder = _corpus(tmp_path)
    assert main(["claims", str(folder), "--format", "json", "--cache", str(tmp_path / "c"),
                 "--no-cache"]) == 0
    assert not (tmp_path / "c").exists()
    assert main(["claims", str(folder), "--format", "json", "--cache", str(tmp_path / "c")]) == 0
    assert list((tmp_path / "c").rglob("*.json"))
    capsys.readouterr()


def test_other_rules_data_is_another_entry(tmp_path):
    folder = _corpus(tmp_path)
    rules = tmp_path / "rules"
    shutil.copytree(SEEDS.parent / "rules", rules)
    analyze([folder], [rules], cache=ClaimsCache(tmp_path / "cache"))
    with (rules / "qualifiers.yaml").open("a", encoding="utf-8") as fh:
        fh.write("\n# a comment changes the data's hash\n")
    cache = ClaimsCache(tmp_path / "cache")
    analyze([folder], [rules], cache=cache)
    assert cache.hits == 0


def test_a_sentence_is_stored_once_and_read_back_as_one_string(tmp_path):
    import orjson

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Aid\n\nIn 2016 the city sent 300 doctors, 200 nurses and "
                                  "40 engineers to the county.\n", encoding="utf-8")
    cache = ClaimsCache(tmp_path / "cache")
    analyze([folder], cache=cache)
    entry = orjson.loads(next((tmp_path / "cache").rglob("*.json")).read_bytes())
    assert len(entry["body"]["sentences"]) < len(entry["body"]["claims"])
    warm = analyze([folder], cache=ClaimsCache(tmp_path / "cache")).claim_list
    figures = [c for c in warm if c.kind == "count"]
    assert len(figures) == 3 and len({id(c.sentence) for c in figures}) == 1


def test_claims_read_back_share_their_numbers_and_keep_their_types(tmp_path):
    from crosscheck.claims import NumberPool

    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a", "b"):
        (folder / f"{name}.txt").write_text("Aid\n\nIn 2016 the city sent 300 doctors.\n",
                                            encoding="utf-8")
    for cache in (None, ClaimsCache(tmp_path / "cache"), ClaimsCache(tmp_path / "cache")):
        claims = [c for c in analyze([folder], cache=cache, jobs=2).claim_list
                  if c.surface == "300"]
        assert len(claims) == 2 and claims[0].start is claims[1].start
        assert claims[0].value is claims[1].value and type(claims[0].value) is float
    value = claims[0]._fields.index("value")
    pool = NumberPool()
    shared = pool.share(list(claims[0]))
    ones = pool.share([1] * len(claims[0]))
    assert type(ones[value]) is int and shared[value] == 300.0  # 1 and 1.0 stay apart
