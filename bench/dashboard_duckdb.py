#!/usr/bin/env python3
"""The insights dashboard's main aggregates computed by DuckDB straight from
the raw rows, for comparison with Candor's rollups (bench/dashboard.sh).

    python3 bench/dashboard_duckdb.py CSVDIR [--runs 50] [--warmup 3] [--now-ms MS]
                                             [--threads N] [--json OUT]

CSVDIR holds reviews.csv, review_analyses.csv and replies.csv as
bench/dashboard_gen.py writes them. DuckDB comes from PyPI: when it cannot be
imported it is installed with `python3 -m pip install --user duckdb`. The
files are loaded into an in-memory database (timed and printed), then each
query runs --warmup times untimed and --runs times timed (result rows
fetched into Python); p50 and p99 are nearest-rank percentiles (with 50 runs
p99 is the slowest run). The queries, over published reviews of the
business, the way a warehouse would compute them from the rows:
  a  score input: reviews per UTC day and stars, over all time
  b  star mix per month over the last year (UTC days today-364 .. today)
  c  per aspect: reviews mentioning it and those mentioning it negatively,
     over the last year and over the year before (the aspects JSON of
     review_analyses unnested; one count per review, as Candor counts)
  d  response rate per star band (1-2, 3, 4-5, and all) and median delay
     from review to reply, over the last 365 days
"now" is --now-ms, else the end_ms in CSVDIR/meta.json, else the clock.
"""

import argparse
import importlib
import json
import math
import os
import site
import subprocess
import sys
import time

DAY_MS = 86_400_000


def ensure_duckdb():
    try:
        import duckdb  # noqa: F401
        return duckdb
    except ImportError:
        pass
    cmd = [sys.executable, "-m", "pip", "install", "--user", "--quiet", "duckdb"]
    print(f"dashboard_duckdb: duckdb is not installed; {' '.join(cmd)}", file=sys.stderr)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True)
    except OSError as e:
        raise SystemExit(f"dashboard_duckdb: cannot run pip ({e})")
    if done.returncode != 0 and "externally-managed-environment" in (done.stderr + done.stdout):
        # Debian's own Python refuses even --user installs without this flag;
        # it still only writes into the user's site directory.
        cmd.append("--break-system-packages")
        print(f"dashboard_duckdb: retrying: {' '.join(cmd)}", file=sys.stderr)
        done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-2000:] + done.stderr[-2000:])
        if "No module named pip" in done.stderr:
            raise SystemExit("dashboard_duckdb: pip is missing: apt-get install -y python3-pip")
        raise SystemExit("dashboard_duckdb: could not install duckdb from PyPI")
    # The user site may not have existed when this interpreter started.
    user_site = site.getusersitepackages()
    if user_site not in sys.path:
        site.addsitedir(user_site)
    importlib.invalidate_caches()
    import duckdb
    return duckdb


def percentile(sorted_values, p):
    rank = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[rank - 1]


def queries(now_ms):
    today = now_ms // DAY_MS
    since = (today - 364) * DAY_MS  # first day of the dashboard's default range
    until = (today + 1) * DAY_MS  # end of today
    before = since - 365 * DAY_MS  # the range of the same length before it
    response_since = now_ms - 365 * DAY_MS
    published = "r.business_id = $business AND r.status = 'published'"
    return [
        ("a", "reviews per day and stars, all time (score input)", f"""
            SELECT r.created_at // {DAY_MS} AS day, r.rating, count(*) AS reviews
            FROM reviews r
            WHERE {published} AND r.created_at < {until}
            GROUP BY ALL ORDER BY day, r.rating"""),
        ("b", "star mix per month, last year", f"""
            SELECT date_trunc('month', epoch_ms(r.created_at)) AS month,
                   count(*) AS reviews,
                   count(*) FILTER (WHERE r.rating = 1) AS s1,
                   count(*) FILTER (WHERE r.rating = 2) AS s2,
                   count(*) FILTER (WHERE r.rating = 3) AS s3,
                   count(*) FILTER (WHERE r.rating = 4) AS s4,
                   count(*) FILTER (WHERE r.rating = 5) AS s5,
                   avg(r.rating) AS mean
            FROM reviews r
            WHERE {published} AND r.created_at >= {since} AND r.created_at < {until}
            GROUP BY month ORDER BY month"""),
        ("c", "aspect mentions and negative ones, last year vs the year before", f"""
            WITH mention AS (
                SELECT r.id, r.created_at >= {since} AS current,
                       unnest(from_json(a.aspects,
                           '[{{"aspect": "VARCHAR", "sentiment": "DOUBLE"}}]'), recursive := true)
                FROM reviews r JOIN review_analyses a ON a.review_id = r.id
                WHERE {published} AND r.created_at >= {before} AND r.created_at < {until}
            )
            , per_review AS (  -- an aspect counts once per review, negative if any mention is
                SELECT id, aspect, any_value(current) AS current, bool_or(sentiment < 0) AS neg
                FROM mention GROUP BY id, aspect
            )
            SELECT aspect,
                   count(*) FILTER (WHERE current) AS mentions,
                   count(*) FILTER (WHERE current AND neg) AS negative,
                   count(*) FILTER (WHERE NOT current) AS previous_mentions,
                   count(*) FILTER (WHERE NOT current AND neg) AS previous_negative
            FROM per_review GROUP BY aspect
            ORDER BY negative / greatest(mentions, 1) DESC, mentions DESC, aspect"""),
        ("d", "response rate per star band and median reply delay, last 365 days", f"""
            SELECT CASE WHEN r.rating <= 2 THEN '1-2' WHEN r.rating = 3 THEN '3' ELSE '4-5' END
                       AS band,
                   count(*) AS reviews, count(p.id) AS replied,
                   count(p.id) / count(*) AS rate,
                   median(p.created_at - r.created_at) / 3600000.0 AS median_delay_h
            FROM reviews r LEFT JOIN replies p ON p.review_id = r.id
            WHERE {published} AND r.created_at >= {response_since}
            GROUP BY GROUPING SETS ((band), ()) ORDER BY band NULLS LAST"""),
    ]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("csvdir")
    p.add_argument("--runs", type=int, default=50)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--now-ms", type=int, default=None)
    p.add_argument("--business-id", default=None,
                   help="default: business_id in CSVDIR/meta.json, else the first review's")
    p.add_argument("--threads", type=int, default=None, help="DuckDB threads (default: its own)")
    p.add_argument("--json", help="write the timings here as JSON")
    p.add_argument("--quiet", action="store_true", help="do not print the query results")
    args = p.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        p.error("--runs must be at least 1 and --warmup not negative")

    meta = {}
    meta_path = os.path.join(args.csvdir, "meta.json")
    if os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8") as f:
            meta = json.load(f)
    now_ms = args.now_ms or meta.get("end_ms") or int(time.time() * 1000)

    duckdb = ensure_duckdb()
    con = duckdb.connect(":memory:")
    if args.threads:
        con.execute(f"SET threads = {int(args.threads)}")
    threads = con.execute("SELECT current_setting('threads')").fetchone()[0]
    print(f"duckdb {duckdb.__version__} (python {sys.version.split()[0]}), {threads} threads, "
          f"in memory; now = {time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(now_ms / 1000))} UTC")

    started = time.perf_counter()
    counts = {}
    for table in ("reviews", "review_analyses", "replies"):
        path = os.path.join(args.csvdir, f"{table}.csv")
        if not os.path.exists(path):
            raise SystemExit(f"dashboard_duckdb: {path} is missing")
        t0 = time.perf_counter()
        con.execute(
            f"CREATE TABLE {table} AS SELECT * FROM read_csv(?, header = true, "
            "auto_detect = true, sample_size = -1)", [path])
        counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        print(f"  loaded {table}: {counts[table]} rows in {time.perf_counter() - t0:.2f} s")
    load_s = time.perf_counter() - started
    print(f"  load total: {load_s:.2f} s")

    business = args.business_id or meta.get("business_id")
    if business is None:
        business = con.execute("SELECT business_id FROM reviews LIMIT 1").fetchone()[0]
    params = {"business": business}

    results = []
    print(f"\n{'query':<6} {'runs':>5} {'p50 ms':>9} {'p99 ms':>9} {'mean ms':>9} {'rows':>6}  what")
    for key, what, sql in queries(now_ms):
        rows = None
        for _ in range(args.warmup):
            rows = con.execute(sql, params).fetchall()
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            rows = con.execute(sql, params).fetchall()
            times.append((time.perf_counter() - t0) * 1000.0)
        times.sort()
        row = {"query": key, "what": what, "runs": len(times), "rows": len(rows),
               "p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2),
               "mean_ms": round(sum(times) / len(times), 2)}
        results.append((row, rows))
        print(f"{key:<6} {row['runs']:>5} {row['p50_ms']:>9.2f} {row['p99_ms']:>9.2f} "
              f"{row['mean_ms']:>9.2f} {row['rows']:>6}  {what}", flush=True)
    sum_p50 = round(sum(r["p50_ms"] for r, _ in results), 2)
    sum_p99 = round(sum(r["p99_ms"] for r, _ in results), 2)
    print(f"{'sum':<6} {'':>5} {sum_p50:>9.2f} {sum_p99:>9.2f}")

    if not args.quiet:
        by_key = {r["query"]: rows for r, rows in results}
        last_year = sum(row[1] for row in by_key["b"])
        print(f"\nresults: {counts['reviews']} reviews in all; last year {last_year}, "
              f"{len(by_key['a'])} (day, stars) rows in all")
        print("  aspects, last year (mentions, negative) vs the year before:")
        for aspect, mentions, negative, prev_m, prev_n in by_key["c"]:
            share = negative / mentions if mentions else float("nan")
            prev = f"{prev_n / prev_m:.3f}" if prev_m else "-"
            print(f"    {aspect:<17} {mentions:>8} {negative:>8}  negative share {share:.3f} "
                  f"(before {prev})")
        print("  responses, last 365 days:")
        for band, reviews, replied, rate, delay in by_key["d"]:
            delay_s = f"{delay:.1f} h" if delay is not None else "-"
            print(f"    {band or 'all':<4} {reviews:>8} reviews, {replied:>8} replied "
                  f"({100 * rate:.1f}%), median delay {delay_s}")

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({
                "duckdb": duckdb.__version__, "threads": threads, "load_s": round(load_s, 3),
                "rows": counts, "now_ms": now_ms, "queries": [r for r, _ in results],
                "sum_p50_ms": sum_p50, "sum_p99_ms": sum_p99,
            }, f, indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
