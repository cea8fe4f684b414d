"""`scorer batch` on a generated corpus: throughput with 1 and 2 jobs, peak memory at two sizes.

Usage: python bench/batch_throughput.py [--records 100000] [--throughput-records 20000] [--dask]

The corpus cycles through the project's own articles (each record gets a unique id and a
numbered last line, so no two records are identical). Memory is the largest resident set of
any process of the run (ru_maxrss of the waited-for children), read with GNU time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import project_articles
from bench.machine import describe


def write_corpus(path: Path, records: int, shards: int = 1) -> list[Path]:
    """The corpus in one file, or cut into `shards` files (a Dask job's input is sharded)."""
    texts = project_articles(".txt")
    paths = [path] if shards == 1 else [path.with_name(f"{path.stem}-{n:02d}.jsonl") for n in range(shards)]
    handles = [p.open("w", encoding="utf-8") for p in paths]
    for number in range(records):
        text = f"{texts[number % len(texts)]}\n\nRecord {number}."
        handles[number * shards // records].write(json.dumps({"id": f"r{number}", "text": text}) + "\n")
    for handle in handles:
        handle.close()
    return paths


def run_batch(corpus: Path | list[Path], output: Path, jobs: int, extra: tuple[str, ...] = ()) -> tuple[float, int]:
    """(seconds, peak resident set in KiB) of one `scorer batch` run."""
    inputs = [str(p) for p in corpus] if isinstance(corpus, list) else [str(corpus)]
    command = [
        "/usr/bin/time",
        "-f",
        "%M",
        sys.executable,
        "-m",
        "scorer",
        "batch",
        *inputs,
        "-o",
        str(output),
        "--jobs",
        str(jobs),
        "--quiet",
        "--overwrite",
        *extra,
    ]
    started = time.perf_counter()
    finished = subprocess.run(command, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if finished.returncode not in (0, 5):
        raise SystemExit(f"scorer batch failed: {finished.stderr}")
    return seconds, int(finished.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000, help="size of the large corpus")
    parser.add_argument("--small-records", type=int, default=10_000, help="size of the small corpus")
    parser.add_argument("--throughput-records", type=int, default=20_000, help="records for the jobs 1 vs 2 runs")
    parser.add_argument("--dask", action="store_true", help="also time the Dask engine on a local cluster")
    arguments = parser.parse_args()
    print(f"Machine: {describe()}")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        large, small, medium = work / "large.jsonl", work / "small.jsonl", work / "medium.jsonl"
        write_corpus(large, arguments.records)
        write_corpus(small, arguments.small_records)
        write_corpus(medium, arguments.throughput_records)
        rates = {}
        for jobs in (1, 2):
            seconds, _ = run_batch(medium, work / f"out{jobs}.jsonl", jobs)
            rates[jobs] = arguments.throughput_records / seconds
            count = arguments.throughput_records
            print(f"--jobs {jobs}: {rates[jobs]:,.0f} records/s ({count:,} records, {seconds:.1f} s)")
        print(f"speed-up --jobs 2 / --jobs 1: {rates[2] / rates[1]:.2f}x (target >= 1.6)")
        if arguments.dask:
            shards = write_corpus(work / "sharded.jsonl", arguments.throughput_records, shards=8)
            seconds, _ = run_batch(shards, work / "dask_out", 2, ("--engine", "dask", "--scheduler", "local"))
            print(
                f"--engine dask (LocalCluster, 2 workers, 8 shards, cluster start-up included): "
                f"{arguments.throughput_records / seconds:,.0f} records/s"
            )
        small_s, small_kib = run_batch(small, work / "small_out.jsonl", 2)
        large_s, large_kib = run_batch(large, work / "large_out.jsonl", 2)
        print(f"peak memory at {arguments.small_records:,} records: {small_kib / 1024:.1f} MiB ({small_s:.0f} s)")
        print(
            f"peak memory at {arguments.records:,} records: {large_kib / 1024:.1f} MiB ({large_s:.0f} s, "
            f"{arguments.records / large_s:,.0f} records/s)"
        )
        print(f"ratio: {large_kib / small_kib:.2f}x (target <= 1.2)")


if __name__ == "__main__":
    main()
