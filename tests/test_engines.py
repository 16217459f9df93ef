"""The Dask engine runs the same pipeline on a cluster and reports byte for byte what the
local engine reports."""

from __future__ import annotations

import pytest

from crosscheck.cli import main

distributed = pytest.importorskip("distributed")


def _output(capsys, argv: list[str]) -> str:
    code = main(argv)
    out = capsys.readouterr().out
    assert code in (0, 1), out
    return out


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=50) as c:
        yield c


@pytest.mark.parametrize("command", [["check", "--format", "json", "--fail-on", "never"],
                                     ["claims", "--format", "jsonl"]])
def test_a_cluster_reports_what_the_local_engine_reports(cluster, capsys, command):
    local = _output(capsys, [*command, "seeds", "--no-cache"])
    remote = _output(capsys, [*command, "seeds", "--no-cache", "--engine", "dask",
                              "--scheduler", cluster.scheduler_address])
    assert remote == local and len(local) > 1000


def test_a_cluster_started_for_the_run_reports_the_same(capsys):
    argv = ["check", "seeds", "--format", "json", "--fail-on", "never", "--no-cache"]
    assert _output(capsys, [*argv, "--engine", "dask", "--jobs", "2"]) == _output(capsys, argv)


def test_a_scheduler_without_the_dask_engine_is_a_usage_error(capsys):
    assert main(["check", "seeds", "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert "--scheduler needs --engine dask" in capsys.readouterr().err


def test_a_scheduler_that_does_not_answer_is_one_line_of_error(capsys, monkeypatch):
    monkeypatch.setattr("crosscheck.engines.CONNECT_TIMEOUT", "2s")
    assert main(["check", "seeds", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"]) \
        == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("crosscheck: error: cannot start the Dask")


def test_a_failing_task_on_the_cluster_is_one_typed_error(cluster):
    from crosscheck.engines import DaskEngine
    from crosscheck.errors import EngineError

    engine = DaskEngine(cluster.scheduler_address)
    try:
        with pytest.raises(EngineError, match="ZeroDivisionError"):
            engine.map(lambda x: 1 / 0, [1, 2, 3], {})
    finally:
        engine.close()
