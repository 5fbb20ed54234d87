#!/usr/bin/env python3
"""Time a running Candor's insights dashboard: sequential GETs on one
keep-alive connection, wall time per request on this machine (bench/dashboard.sh).

    python3 bench/dashboard_time.py --base http://127.0.0.1:PORT --slug SLUG \\
        --email OWNER --password PASSWORD [--requests 200] [--warmup 10] [--no-html] [--json OUT]

Logs in with the password (POST /login, the session cookie), creates an API
token with it (POST /api/v1/staff/tokens), then times, each after --warmup
untimed requests:
  api         GET /api/v1/staff/businesses/SLUG/insights   (Authorization: Bearer TOKEN;
              the default filter: the last year, all languages, by month)
  api-week-de GET the same with ?period=week&language=de
  page        GET /dashboard/b/SLUG/insights               (the HTML page, session cookie)
Each time runs from sending the request to the last byte of the answer.
p50 and p99 are nearest-rank percentiles of the timed requests.
"""

import argparse
import http.client
import json
import math
import sys
import time
import urllib.parse


def percentile(sorted_values, p):
    """Nearest rank: the smallest value with at least p% of them at or below it."""
    if not sorted_values:
        return float("nan")
    rank = max(1, math.ceil(p / 100.0 * len(sorted_values)))
    return sorted_values[rank - 1]


class Client:
    """One keep-alive connection; reconnects if the server closes it."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        if url.scheme != "http":
            raise SystemExit(f"dashboard_time: only http:// is supported, not {base}")
        self.host, self.port = url.hostname, url.port or 80
        self.conn = None
        self.reconnects = -1

    def request(self, method, path, headers=None, body=None):
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=120)
                self.reconnects += 1
            try:
                self.conn.request(method, path, body=body, headers=headers or {})
                response = self.conn.getresponse()
                data = response.read()
                if response.getheader("Connection", "").lower() == "close":
                    self.conn.close()
                    self.conn = None
                return response, data
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")


def log_in(client, email, password):
    form = urllib.parse.urlencode({"email": email, "password": password})
    response, data = client.request(
        "POST", "/login", {"Content-Type": "application/x-www-form-urlencoded"}, form)
    if response.status != 303:
        raise SystemExit(f"dashboard_time: POST /login answered {response.status}: {data[:300]!r}")
    for header, value in response.getheaders():
        if header.lower() == "set-cookie" and value.startswith("candor_session="):
            return value.split(";", 1)[0]
    raise SystemExit("dashboard_time: POST /login set no candor_session cookie")


def create_token(client, cookie):
    response, data = client.request(
        "POST", "/api/v1/staff/tokens",
        {"Cookie": cookie, "Content-Type": "application/json"},
        json.dumps({"name": "dashboard-bench"}),
    )
    if response.status != 201:
        raise SystemExit(
            f"dashboard_time: POST /api/v1/staff/tokens answered {response.status}: {data[:300]!r}")
    return json.loads(data)["token"]


def timed(client, path, headers, warmup, requests):
    """Times `requests` GETs of `path` after `warmup` untimed ones; returns
    (sorted milliseconds, the first answer's body)."""
    first = None
    for _ in range(warmup):
        response, data = client.request("GET", path, headers)
        if response.status != 200:
            raise SystemExit(f"dashboard_time: GET {path} answered {response.status}: {data[:300]!r}")
        if first is None:
            first = data
    times = []
    perf = time.perf_counter
    for _ in range(requests):
        t0 = perf()
        response, data = client.request("GET", path, headers)
        elapsed = (perf() - t0) * 1000.0
        if response.status != 200:
            raise SystemExit(f"dashboard_time: GET {path} answered {response.status}: {data[:300]!r}")
        if first is None:
            first = data
        times.append(elapsed)
    times.sort()
    return times, first


def summary(name, path, times, size):
    return {
        "name": name, "path": path, "requests": len(times), "bytes": size,
        "p50_ms": round(percentile(times, 50), 2), "p99_ms": round(percentile(times, 99), 2),
        "mean_ms": round(sum(times) / len(times), 2) if times else None,
        "min_ms": round(times[0], 2) if times else None,
        "max_ms": round(times[-1], 2) if times else None,
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base", required=True, help="http://HOST:PORT of candor serve")
    p.add_argument("--slug", required=True)
    p.add_argument("--email", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--requests", type=int, default=200)
    p.add_argument("--warmup", type=int, default=10)
    p.add_argument("--no-html", action="store_true", help="skip the HTML page")
    p.add_argument("--json", help="write the results here as JSON")
    args = p.parse_args(argv)
    if args.requests < 1 or args.warmup < 0:
        p.error("--requests must be at least 1 and --warmup not negative")

    client = Client(args.base)
    cookie = log_in(client, args.email, args.password)
    token = create_token(client, cookie)
    api = f"/api/v1/staff/businesses/{urllib.parse.quote(args.slug)}/insights"
    cases = [
        ("api", api, {"Authorization": f"Bearer {token}", "Accept": "application/json"}),
        ("api-week-de", api + "?period=week&language=de",
         {"Authorization": f"Bearer {token}", "Accept": "application/json"}),
    ]
    if not args.no_html:
        cases.append(("page", f"/dashboard/b/{urllib.parse.quote(args.slug)}/insights",
                      {"Cookie": cookie, "Accept": "text/html"}))

    results = []
    facts = {}
    print(f"{'request':<12} {'n':>5} {'p50 ms':>9} {'p99 ms':>9} {'mean ms':>9} {'min ms':>9} "
          f"{'max ms':>9} {'bytes':>9}  path")
    for name, path, headers in cases:
        times, first = timed(client, path, headers, args.warmup, args.requests)
        row = summary(name, path, times, len(first or b""))
        results.append(row)
        print(f"{name:<12} {row['requests']:>5} {row['p50_ms']:>9.2f} {row['p99_ms']:>9.2f} "
              f"{row['mean_ms']:>9.2f} {row['min_ms']:>9.2f} {row['max_ms']:>9.2f} "
              f"{row['bytes']:>9}  {path}", flush=True)
        if name.startswith("api"):
            body = json.loads(first)
            facts[name] = {
                "backlog": body.get("backlog"),
                "range_reviews": (body.get("range") or {}).get("reviews"),
                "range_stars": (body.get("range") or {}).get("stars"),
                "range_replied": (body.get("range") or {}).get("replied"),
                "trend_points": len(body.get("trend") or []),
                "aspects": len(body.get("aspects") or []),
                "filter": body.get("filter"),
            }
    for name, f in facts.items():
        print(f"{name}: filter {json.dumps(f['filter'])}; {f['range_reviews']} reviews in range, "
              f"{f['range_replied']} replied, {f['trend_points']} trend points, "
              f"{f['aspects']} aspects, backlog {f['backlog']}")
    if client.reconnects:
        print(f"note: the connection was reopened {client.reconnects} times", file=sys.stderr)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"results": results, "facts": facts, "reconnects": client.reconnects}, f,
                      indent=1)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
