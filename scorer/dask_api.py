"""Scores as columns of a Dask DataFrame (or keys of a Dask Bag), computed lazily on the workers.

    import dask.dataframe as dd
    from scorer.dask_api import add_scores
    scored = add_scores(dd.read_parquet("crawl/*.parquet"), text_column="body")
    scored[scored.band == "low"].to_parquet("low/")

The model is checked here, where add_scores is called (the trust rule of scorer.model_loading),
and its bytes travel with the task graph; each worker process unpickles them once. The workers
need no copy of the model file.
"""

from __future__ import annotations

import json
from pathlib import Path

from scorer.batch.inputs import RecordFields, record_from_mapping
from scorer.batch.rows import score_record
from scorer.model_loading import model_from_bytes, trusted_model_bytes

SCORE_COLUMNS = ("score", "band", "probability", "top_reasons", "error")
# The model as it travels in the graph: its checked bytes and their SHA-256.
_Model = tuple[bytes, str]


def _scored_fields(item: dict, fields: RecordFields, model: _Model, position: int) -> dict:
    row = score_record(record_from_mapping(item, fields, str(position)), position, model_from_bytes(*model))
    return {
        "score": row.get("score"),
        "band": row.get("band"),
        "probability": row.get("probability"),
        "top_reasons": json.dumps(row.get("reasons", []), ensure_ascii=False),
        "error": row.get("error"),
    }


def _score_frame(frame, fields: RecordFields, model: _Model):
    import pandas

    scored = [
        _scored_fields(item, fields, model, position)
        for position, item in enumerate(frame.to_dict("records"))
    ]
    columns = pandas.DataFrame(scored, index=frame.index, columns=list(SCORE_COLUMNS))
    return pandas.concat([frame, columns.astype({"score": "float64", "probability": "float64"})], axis=1)


def _score_items(items, fields: RecordFields, model: _Model) -> list[dict]:
    return [{**item, **_scored_fields(item, fields, model, n)} for n, item in enumerate(items)]


def add_scores(
    collection,
    text_column: str = "text",
    id_column: str = "id",
    title_column: str = "title",
    html_column: str = "html",
    model_path: str | Path | None = None,
    trust: bool = False,
):
    """The collection with score, band, probability, top_reasons (JSON) and error added, lazily.

    collection: a dask.dataframe.DataFrame (columns added) or a dask.bag.Bag of dicts (keys added).
    """
    fields = RecordFields(id=id_column, text=text_column, title=title_column, html=html_column)
    model = trusted_model_bytes(model_path, trust)  # refused here, before any task exists
    if hasattr(collection, "map_partitions") and hasattr(collection, "columns"):
        import pandas

        meta = collection._meta.assign(
            score=pandas.Series(dtype="float64"),
            band=pandas.Series(dtype="object"),
            probability=pandas.Series(dtype="float64"),
            top_reasons=pandas.Series(dtype="object"),
            error=pandas.Series(dtype="object"),
        )
        return collection.map_partitions(_score_frame, fields, model, meta=meta)
    return collection.map_partitions(_score_items, fields, model)
