//! Fraud Eagle: loopy belief propagation on the signed reviewer–product
//! network (Akoglu, Chandy and Faloutsos, "Opinion Fraud Detection in
//! Online Reviews by Network Effects", ICWSM 2013). The formulas are in the
//! module docs of [`super`].
//!
//! Every message is a two-valued distribution, kept as one log-odds number
//! (`ln m(1) - ln m(0)`), so a product of messages is a sum and a reviewer
//! with thousands of reviews neither underflows nor needs renormalising.

use super::csr::{Graph, Sign};

/// Labels: reviewer honest (0) / fraud (1), product good (0) / bad (1).
const HONEST: usize = 0;
const FRAUD: usize = 1;
const GOOD: usize = 0;
const BAD: usize = 1;

#[derive(Debug)]
pub(super) struct Beliefs {
    /// P(fraud) per dense reviewer.
    pub reviewer_fraud: Vec<f64>,
    /// Per review (input order): the belief that it is fake, i.e. written
    /// by a fraud and pushing against the product's true class.
    pub review_fake: Vec<f64>,
    pub iterations: u32,
    pub converged: bool,
}

/// ψˢ(reviewer label, product label) and its logarithm, for a negative
/// (index 0) and a positive (index 1) review.
struct Potentials {
    linear: [[[f64; 2]; 2]; 2],
    log: [[[f64; 2]; 2]; 2],
}

type Table = [[f64; 2]; 2];

impl Potentials {
    fn new(epsilon: f64) -> Self {
        let e = epsilon;
        // [reviewer][product]
        let positive = [[1.0 - e, e], [2.0 * e, 1.0 - 2.0 * e]];
        let negative = [[e, 1.0 - e], [1.0 - 2.0 * e, 2.0 * e]];
        let linear = [negative, positive];
        let log = linear.map(|table| table.map(|row| row.map(f64::ln)));
        Self { linear, log }
    }

    fn index(sign: Sign) -> usize {
        usize::from(sign == Sign::Positive)
    }
}

/// `ln(e^a + e^b)` without overflow.
fn log_add_exp(a: f64, b: f64) -> f64 {
    let (high, low) = if a >= b { (a, b) } else { (b, a) };
    if low == f64::NEG_INFINITY {
        return high;
    }
    high + (low - high).exp().ln_1p()
}

pub(super) fn sigmoid(x: f64) -> f64 {
    if x >= 0.0 {
        1.0 / (1.0 + (-x).exp())
    } else {
        let e = x.exp();
        e / (1.0 + e)
    }
}

/// `ln((a + b·e^x) / (c + d·e^x))` for positive a, b, c, d, with one `exp`
/// and one `ln`, and no overflow for any finite x.
fn log_ratio(a: f64, b: f64, c: f64, d: f64, x: f64) -> f64 {
    if x <= 0.0 {
        let t = x.exp();
        ((a + b * t) / (c + d * t)).ln()
    } else {
        let t = (-x).exp();
        ((a * t + b) / (c * t + d)).ln()
    }
}

/// Message reviewer → product, as log-odds bad:good, given the reviewer's
/// log-odds fraud:honest from everything but this product (`cavity`):
/// `ln Σ_r ψ(r, bad) e^{c·[r = fraud]} − ln Σ_r ψ(r, good) e^{c·[r = fraud]}`.
fn to_product(psi: &Table, cavity: f64) -> f64 {
    log_ratio(
        psi[HONEST][BAD],
        psi[FRAUD][BAD],
        psi[HONEST][GOOD],
        psi[FRAUD][GOOD],
        cavity,
    )
}

/// Message product → reviewer, as log-odds fraud:honest, given the
/// product's log-odds bad:good from everyone but this reviewer.
fn to_reviewer(psi: &Table, cavity: f64) -> f64 {
    log_ratio(
        psi[FRAUD][GOOD],
        psi[FRAUD][BAD],
        psi[HONEST][GOOD],
        psi[HONEST][BAD],
        cavity,
    )
}

/// Below this many reviews a round runs on one thread.
const PARALLEL_FROM: usize = 50_000;

/// Runs belief propagation. `reviewer_prior` is each dense reviewer's prior
/// log-odds of fraud; products start from an even prior. Each round updates
/// every message from the previous round's (a flooding schedule), so the
/// result does not depend on how the edges are split across `threads`.
pub(super) fn propagate(
    graph: &Graph,
    reviewer_prior: &[f64],
    epsilon: f64,
    max_iterations: u32,
    tolerance: f64,
    threads: usize,
) -> Beliefs {
    let psi = Potentials::new(epsilon);
    let edges = graph.edges();
    let threads = if edges < PARALLEL_FROM {
        1
    } else {
        threads.max(1)
    };
    let chunk = edges.div_ceil(threads).max(1);
    let mut to_p = vec![0.0f64; edges];
    let mut to_r = vec![0.0f64; edges];
    let mut next_p = vec![0.0f64; edges];
    let mut next_r = vec![0.0f64; edges];
    let mut reviewer_sum = vec![0.0f64; graph.reviewers()];
    let mut product_sum = vec![0.0f64; graph.products()];
    let mut iterations = 0;
    let mut converged = edges == 0;
    while !converged && iterations < max_iterations {
        iterations += 1;
        sums(
            graph,
            reviewer_prior,
            &to_p,
            &to_r,
            &mut reviewer_sum,
            &mut product_sum,
        );
        let round = Round {
            graph,
            psi: &psi,
            reviewer_sum: &reviewer_sum,
            product_sum: &product_sum,
            to_p: &to_p,
            to_r: &to_r,
        };
        let delta = if threads == 1 {
            round.update(0, &mut next_p, &mut next_r)
        } else {
            std::thread::scope(|scope| {
                let round = &round;
                let workers: Vec<_> = next_p
                    .chunks_mut(chunk)
                    .zip(next_r.chunks_mut(chunk))
                    .enumerate()
                    .map(|(i, (p, r))| scope.spawn(move || round.update(i * chunk, p, r)))
                    .collect();
                workers
                    .into_iter()
                    .map(|w| {
                        w.join()
                            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                    })
                    .fold(0.0f64, f64::max)
            })
        };
        std::mem::swap(&mut to_p, &mut next_p);
        std::mem::swap(&mut to_r, &mut next_r);
        converged = delta < tolerance;
    }
    sums(
        graph,
        reviewer_prior,
        &to_p,
        &to_r,
        &mut reviewer_sum,
        &mut product_sum,
    );
    let reviewer_fraud = reviewer_sum.iter().map(|&x| sigmoid(x)).collect();
    let review_fake = (0..edges)
        .map(|edge| {
            let sign = graph.sign[edge];
            if sign == Sign::Neutral {
                return 0.0;
            }
            let u = graph.edge_reviewer[edge] as usize;
            let p = graph.edge_product[edge] as usize;
            fake_belief(
                &psi.log[Potentials::index(sign)],
                sign,
                reviewer_sum[u] - to_r[edge],
                product_sum[p] - to_p[edge],
            )
        })
        .collect();
    Beliefs {
        reviewer_fraud,
        review_fake,
        iterations,
        converged,
    }
}

/// One round's inputs, shared by the threads.
struct Round<'a> {
    graph: &'a Graph,
    psi: &'a Potentials,
    reviewer_sum: &'a [f64],
    product_sum: &'a [f64],
    to_p: &'a [f64],
    to_r: &'a [f64],
}

impl Round<'_> {
    /// New messages of the edges from `first` on, into `next_p`/`next_r`;
    /// returns the largest change.
    fn update(&self, first: usize, next_p: &mut [f64], next_r: &mut [f64]) -> f64 {
        let mut delta = 0.0f64;
        for (i, (new_p, new_r)) in next_p.iter_mut().zip(next_r.iter_mut()).enumerate() {
            let edge = first + i;
            let sign = self.graph.sign[edge];
            if sign == Sign::Neutral {
                continue;
            }
            let psi = &self.psi.linear[Potentials::index(sign)];
            let u = self.graph.edge_reviewer[edge] as usize;
            let p = self.graph.edge_product[edge] as usize;
            *new_p = to_product(psi, self.reviewer_sum[u] - self.to_r[edge]);
            *new_r = to_reviewer(psi, self.product_sum[p] - self.to_p[edge]);
            delta = delta
                .max((*new_p - self.to_p[edge]).abs())
                .max((*new_r - self.to_r[edge]).abs());
        }
        delta
    }
}

/// Each reviewer's prior plus all incoming messages, and each product's.
fn sums(
    graph: &Graph,
    reviewer_prior: &[f64],
    to_p: &[f64],
    to_r: &[f64],
    reviewer_sum: &mut [f64],
    product_sum: &mut [f64],
) {
    reviewer_sum.copy_from_slice(reviewer_prior);
    product_sum.fill(0.0);
    for edge in 0..graph.edges() {
        reviewer_sum[graph.edge_reviewer[edge] as usize] += to_r[edge];
        product_sum[graph.edge_product[edge] as usize] += to_p[edge];
    }
}

/// The edge's joint belief `b(y_r, y_p) ∝ ψ^s(y_r, y_p) · e^{c·[y_r = fraud]}
/// · e^{d·[y_p = bad]}` (c, d: the two ends' cavity log-odds), and from it
/// the probability that the reviewer is a fraud and the review pushes against
/// the product's class: praising a bad product or running down a good one.
fn fake_belief(psi: &Table, sign: Sign, reviewer: f64, product: f64) -> f64 {
    let weight = |r: usize, p: usize| {
        psi[r][p] + if r == FRAUD { reviewer } else { 0.0 } + if p == BAD { product } else { 0.0 }
    };
    let total = log_add_exp(
        log_add_exp(weight(HONEST, GOOD), weight(HONEST, BAD)),
        log_add_exp(weight(FRAUD, GOOD), weight(FRAUD, BAD)),
    );
    let against = if sign == Sign::Positive { BAD } else { GOOD };
    (weight(FRAUD, against) - total).exp().clamp(0.0, 1.0)
}
