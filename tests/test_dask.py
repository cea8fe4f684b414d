"""The Dask engine and API agree with the local engine, bad records included."""

from __future__ import annotations

import json
import sys

import pytest
from click.testing import CliRunner

from scorer.cli import cli
from tests.batch_corpus import project_articles, read_rows
from tests.resources import CONTENT_FARM_TEXT

distributed = pytest.importorskip("dask.distributed", reason="the Dask extra is not installed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


def _shards(tmp_path) -> list[str]:
    """Two JSON Lines shards with good and bad records."""
    articles = project_articles(30)
    paths = []
    for number, chunk in enumerate((articles[:15], articles[15:])):
        path = tmp_path / f"shard{number}.jsonl"
        lines = [json.dumps({"id": record_id, "text": text}) for record_id, text in chunk]
        lines.insert(3, '{"id": "broken", ')
        lines.insert(7, json.dumps({"id": f"empty-{number}", "text": ""}))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def _comparable(rows: list[dict]) -> list[tuple]:
    return sorted((r["id"], r.get("score"), r.get("band"), r.get("probability"), r.get("error")) for r in rows)


def test_dask_engine_output_equals_the_local_engine(tmp_path, cluster) -> None:
    shards = _shards(tmp_path)
    local = tmp_path / "local.jsonl"
    run_local = CliRunner().invoke(cli, ["batch", *shards, "-o", str(local), "--quiet", "--jobs", "1"])
    assert run_local.exit_code == 5
    folder = tmp_path / "dask_out"
    summary = tmp_path / "summary.json"
    pattern = str(tmp_path / "shard*.jsonl")  # a quoted glob, as a cluster job names its shards
    run_dask = CliRunner().invoke(
        cli,
        [
            "batch",
            pattern,
            "-o",
            str(folder),
            "--quiet",
            "--engine",
            "dask",
            "--scheduler",
            cluster.scheduler_address,
            "--summary",
            str(summary),
        ],
    )
    assert run_dask.exit_code == 5, run_dask.output
    parts = sorted(folder.glob("part-*.jsonl"))
    assert [p.name for p in parts] == ["part-00000.jsonl", "part-00001.jsonl"]
    dask_rows = [row for part in parts for row in read_rows(part)]
    local_rows = read_rows(local)
    assert _comparable(dask_rows) == _comparable(local_rows)
    report = json.loads(summary.read_text())
    assert report["scored"] == 30 and report["failed"] == 4


def test_dask_engine_resume_skips_finished_shards(tmp_path, cluster) -> None:
    shards = _shards(tmp_path)
    folder = tmp_path / "out"
    args = [
        "batch",
        *shards,
        "-o",
        str(folder),
        "--quiet",
        "--engine",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    ]
    assert CliRunner().invoke(cli, args).exit_code == 5
    first = (folder / "part-00000.jsonl").read_bytes()
    (folder / "part-00001.jsonl").unlink()  # as if the job died before the second shard
    assert CliRunner().invoke(cli, args).exit_code == 3  # not empty: needs --resume or --overwrite
    assert CliRunner().invoke(cli, [*args, "--resume"]).exit_code == 5
    assert (folder / "part-00000.jsonl").read_bytes() == first and (folder / "part-00001.jsonl").exists()


def test_add_scores_to_a_dask_dataframe_and_bag(cluster) -> None:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas

    from scorer.batch import score_many
    from scorer.dask_api import add_scores

    frame = pandas.DataFrame(
        [{"id": record_id, "text": text} for record_id, text in project_articles(6)]
        + [{"id": "farm", "text": CONTENT_FARM_TEXT.read_text()}, {"id": "empty", "text": ""}]
    )
    with distributed.Client(cluster):
        lazy = add_scores(dd.from_pandas(frame, npartitions=2))
        scored = lazy.compute().set_index("id")
        bag = add_scores(db.from_sequence(frame.to_dict("records"), npartitions=2)).compute()
    expected = {row["id"]: row for row in score_many(frame.to_dict("records"))}
    assert scored.loc["farm", "band"] == "low"
    assert isinstance(scored.loc["empty", "error"], str)
    for record_id, row in expected.items():
        if "error" in row:
            continue
        assert scored.loc[record_id, "score"] == row["score"]
        assert scored.loc[record_id, "probability"] == row["probability"]
    assert {item["id"]: item["score"] for item in bag if item["error"] is None} == {
        k: v["score"] for k, v in expected.items() if "error" not in v
    }


def test_without_dask_the_engine_says_how_to_install_it(tmp_path, monkeypatch) -> None:
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "a", "text": CONTENT_FARM_TEXT.read_text()}) + "\n")
    result = CliRunner().invoke(cli, ["batch", str(source), "-o", str(tmp_path / "out"), "--engine", "dask"])
    assert result.exit_code == 3
    assert "pip install 'scorer[dask]'" in result.output
