#!/usr/bin/env python3
"""A synthetic reviewer-product rating graph with planted fraud rings, for
timing (and a sanity check of) `candor eval-graph` at scale.

    python3 bench/graph_gen.py --reviews 1000000 --seed 42 \
        --out /tmp/graph.dat --labels /tmp/graph.labels

Writes `reviewer product stars` lines (1..5 stars, shuffled) and the ids of
the planted reviewers, one a line, with a `# kind` comment per ring.

Honest part: about reviews/5 reviewers and reviews/20 products, both drawn
with Zipf-like weights (weight 1/(rank + 10)^0.9 for products, ^0.8 for
reviewers), so a few products and reviewers have thousands of reviews and
most have one or two. Each product has a quality (1..5 stars); an honest
rating is the quality, one star off three times in ten, and uniformly random
one time in twenty.

Planted part: `--rings` rings (default 20) of 5..40 reviewers, each ring
praising 3..10 of the least-reviewed products with 5 stars; every other ring
also gives 1 star to 1..3 popular, good products. Rings alternate between
"lockstep" (members review exactly the ring's products) and "camouflaged"
(each member adds 1..4 honest-looking reviews of popular products). Reviewer
ids are shuffled so that a ring's ids say nothing.

Standard library only; the same seed gives the same files.
"""

import argparse
import bisect
import itertools
import random
import sys


def zipf_cumulative(n, exponent):
    return list(itertools.accumulate(1.0 / (rank + 10) ** exponent for rank in range(n)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--rings", type=int, default=20)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--out", required=True)
    parser.add_argument("--labels", required=True)
    args = parser.parse_args()
    if args.reviews < 1000:
        parser.error("--reviews must be at least 1000")

    rng = random.Random(args.seed)
    n_reviewers = args.reviews // 5
    n_products = args.reviews // 20
    product_cum = zipf_cumulative(n_products, 0.9)
    reviewer_cum = zipf_cumulative(n_reviewers, 0.8)
    quality = [rng.choices((1, 2, 3, 4, 5), weights=(1, 1, 2, 3, 3))[0] for _ in range(n_products)]
    popular_good = [p for p in range(min(200, n_products)) if quality[p] >= 4]
    tail = list(range(n_products // 2, n_products))

    def honest_rating(product):
        roll = rng.random()
        if roll < 0.05:
            return rng.randint(1, 5)
        if roll < 0.35:
            return min(5, max(1, quality[product] + rng.choice((-1, 1))))
        return quality[product]

    def popular_product():
        return bisect.bisect_left(product_cum, rng.random() * product_cum[-1])

    # Rings first, so the honest part fills the rest of the budget.
    planted = []  # (reviewer, product, stars)
    rings = []  # (kind, members)
    next_reviewer = n_reviewers
    used_targets = set()
    for ring in range(args.rings):
        size = rng.randint(5, 40)
        n_targets = rng.randint(3, 10)
        targets = []
        while len(targets) < n_targets:
            t = rng.choice(tail)
            if t not in used_targets:
                used_targets.add(t)
                targets.append(t)
        attacks = rng.sample(popular_good, rng.randint(1, 3)) if ring % 2 == 1 and popular_good else []
        camouflaged = ring % 4 >= 2
        members = list(range(next_reviewer, next_reviewer + size))
        next_reviewer += size
        for member in members:
            planted.extend((member, t, 5) for t in targets)
            planted.extend((member, a, 1) for a in attacks)
            if camouflaged:
                for _ in range(rng.randint(1, 4)):
                    p = popular_product()
                    planted.append((member, p, honest_rating(p)))
        kind = ("camouflaged" if camouflaged else "lockstep") + (", attacking" if attacks else "")
        rings.append((kind, members))

    seen = set((r, p) for r, p, _ in planted)
    rows = list(planted)
    budget = args.reviews - len(planted)
    while budget > 0:
        batch = min(budget * 2, 200_000)
        reviewers = rng.choices(range(n_reviewers), cum_weights=reviewer_cum, k=batch)
        products = rng.choices(range(n_products), cum_weights=product_cum, k=batch)
        for r, p in zip(reviewers, products):
            if budget == 0:
                break
            if (r, p) in seen:
                continue
            seen.add((r, p))
            rows.append((r, p, honest_rating(p)))
            budget -= 1

    ids = list(range(1, next_reviewer + 1))
    rng.shuffle(ids)
    rng.shuffle(rows)
    with open(args.out, "w") as out:
        out.writelines(f"{ids[r]} {p + 1} {s}\n" for r, p, s in rows)
    with open(args.labels, "w") as out:
        for i, (kind, members) in enumerate(rings):
            out.write(f"# ring {i}: {len(members)} reviewers, {kind}\n")
            out.writelines(f"{ids[m]}\n" for m in members)
    n_planted = sum(len(m) for _, m in rings)
    print(
        f"graph_gen: {len(rows)} reviews ({len(planted)} planted) by up to {next_reviewer} reviewers "
        f"({n_planted} planted in {len(rings)} rings) of {n_products} products -> {args.out}, {args.labels}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
