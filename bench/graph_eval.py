#!/usr/bin/env python3
"""Helpers of bench/graph_eval.sh (standard library only, except `reference`).

    python3 bench/graph_eval.py reference --data DIR [--epsilon 0.1] [--loops 20]
        Runs the rgmining Fraud Eagle reference (PyPI rgmining-fraud-eagle,
        imported as `fraud_eagle`; run it with the Python of the venv it is
        installed in) on DIR/review.dat, the way rgmining's own evaluation
        does: reviewers created in reviewer.dat order, products in
        product.dat order, each review with score / 5, `update()` LOOPS
        times, reviewers ranked by `anomalous_score` (a stable sort, so ties
        keep reviewer.dat order). Prints `key value` lines: k, hits,
        precision, loops, seconds (graph building and updates).

    python3 bench/graph_eval.py candor-ranking --ranking FILE --labels FILE
        Reads `candor eval-graph` output and a labels file of the rgmining
        kind (`id name`, anomalous names carry "(anomaly)") and prints the
        same k, hits and precision lines, as a cross-check of candor's own.

    python3 bench/graph_eval.py rings --ranking FILE --labels FILE
        For a graph from bench/graph_gen.py: how many of each planted ring's
        reviewers are in the top K (K = all planted reviewers), by ring kind.

The data is read from where it lies at run time and never copied.
"""

import argparse
import collections
import sys
import time


def read_ranking(path):
    ranked = []
    with open(path) as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            fields = line.split()
            ranked.append(fields[1])
    return ranked


def rgmining_labels(path):
    labelled = set()
    with open(path) as f:
        for line in f:
            fields = line.split(None, 1)
            if len(fields) == 2 and "(anomaly)" in fields[1]:
                labelled.add(fields[0])
    return labelled


def reference(args):
    try:
        import fraud_eagle
    except ImportError:
        sys.exit("graph_eval.py: the module fraud_eagle (PyPI rgmining-fraud-eagle) is not installed in this Python")
    data = args.data.rstrip("/")
    reviewer_lines = [line.split(None, 1) for line in open(f"{data}/reviewer.dat") if line.strip()]
    product_lines = [line.split(None, 1) for line in open(f"{data}/product.dat") if line.strip()]
    review_lines = [line.split() for line in open(f"{data}/review.dat") if line.strip()]
    labelled = {fields[0] for fields in reviewer_lines if "(anomaly)" in fields[1]}

    start = time.perf_counter()
    graph = fraud_eagle.ReviewGraph(args.epsilon)
    reviewers = {fields[0]: graph.new_reviewer(fields[0]) for fields in reviewer_lines}
    products = {fields[0]: graph.new_product(fields[0]) for fields in product_lines}
    for reviewer, product, score in review_lines:
        graph.add_review(reviewers[reviewer], products[product], float(score) / 5)
    for _ in range(args.loops):
        graph.update()
    ranked = sorted(graph.reviewers, key=lambda r: r.anomalous_score, reverse=True)
    seconds = time.perf_counter() - start

    k = len(labelled)
    hits = sum(1 for r in ranked[:k] if r.name in labelled)
    print(f"k {k}")
    print(f"hits {hits}")
    print(f"precision {hits / k:.4f}" if k else "precision nan")
    print(f"loops {args.loops}")
    print(f"seconds {seconds:.4f}")


def candor_ranking(args):
    labelled = rgmining_labels(args.labels)
    ranked = read_ranking(args.ranking)
    k = len(labelled)
    hits = sum(1 for r in ranked[:k] if r in labelled)
    print(f"k {k}")
    print(f"hits {hits}")
    print(f"precision {hits / k:.4f}" if k else "precision nan")


def rings(args):
    ring_of = {}
    kinds = {}
    ring = None
    with open(args.labels) as f:
        for line in f:
            line = line.strip()
            if line.startswith("# ring"):
                ring = line
                kinds[ring] = line.split(", ", 1)[1] if ", " in line else "?"
            elif line and not line.startswith("#"):
                ring_of[line] = ring
    k = len(ring_of)
    top = set(read_ranking(args.ranking)[:k])
    by_kind = collections.defaultdict(lambda: [0, 0, 0])
    for reviewer, ring in ring_of.items():
        kind = kinds[ring]
        by_kind[kind][0] += 1
        by_kind[kind][1] += reviewer in top
    for kind in kinds.values():
        by_kind[kind][2] += 1
    for kind in sorted(by_kind):
        total, found, count = by_kind[kind]
        print(f"  {kind:<24} {count:>2} ring(s), {total:>4} reviewers, {found:>4} in the top {k} ({found / total:.0%})")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("reference")
    p.add_argument("--data", required=True)
    p.add_argument("--epsilon", type=float, default=0.1)
    p.add_argument("--loops", type=int, default=20)
    p.set_defaults(run=reference)
    for name, run in (("candor-ranking", candor_ranking), ("rings", rings)):
        p = sub.add_parser(name)
        p.add_argument("--ranking", required=True)
        p.add_argument("--labels", required=True)
        p.set_defaults(run=run)
    args = parser.parse_args()
    args.run(args)


if __name__ == "__main__":
    main()
