//! Lockstep groups: reviewers whose whole review histories are the same
//! products with the same leaning, scored by how much of those products'
//! audience the group is (the group size ratio of Mukherjee, Liu and
//! Glance, "Spotting Fake Reviewer Groups in Consumer Reviews", WWW 2012).
//!
//! Finding them is a sort of the reviewers by their signature (the sorted
//! `(product, sign)` list), so it costs O(E log V) comparisons and no pair of
//! reviewers is ever compared outside a run of equal signatures.

use super::csr::Graph;

#[derive(Debug)]
pub(super) struct Group {
    /// Dense reviewer indices, ascending.
    pub members: Vec<u32>,
    /// Dense product indices, ascending, distinct.
    pub products: Vec<u32>,
    /// Mean over the group's products of (the group's reviews of it) /
    /// (all its reviews), in (0, 1].
    pub size_ratio: f64,
}

impl Group {
    /// A member's lockstep evidence: the noisy-or over its `|G| − 1`
    /// partners, each counting as the group size ratio,
    /// `ℓ = 1 − (1 − GSR)^(|G| − 1)`. A pair keeps its size ratio; every
    /// further reviewer repeating the same history makes chance less likely.
    pub fn evidence(&self) -> f64 {
        let partners = self.members.len().saturating_sub(1);
        let partners = i32::try_from(partners).unwrap_or(i32::MAX);
        (1.0 - (1.0 - self.size_ratio).powi(partners)).clamp(0.0, 1.0)
    }
}

/// The groups of at least `min_size` reviewers sharing a signature of at
/// least `min_products` distinct products, most suspicious (highest
/// evidence, then size ratio, then largest) first, then by their members.
pub(super) fn groups(graph: &Graph, min_products: usize, min_size: usize) -> Vec<Group> {
    // Each reviewer's signature, laid out like `reviewer_edges`.
    let mut keys: Vec<u64> = graph
        .reviewer_edges
        .iter()
        .map(|&edge| {
            let edge = edge as usize;
            (u64::from(graph.edge_product[edge]) << 2) | graph.sign[edge] as u64
        })
        .collect();
    let offsets = &graph.reviewer_offsets;
    let mut candidates = Vec::new();
    for u in 0..graph.reviewers() {
        let signature = &mut keys[offsets[u]..offsets[u + 1]];
        signature.sort_unstable();
        if distinct_products(signature).count() >= min_products.max(1) {
            candidates.push(u);
        }
    }
    let signature = |u: usize| &keys[offsets[u]..offsets[u + 1]];
    candidates.sort_by(|&a, &b| signature(a).cmp(signature(b)).then(a.cmp(&b)));

    let mut groups = Vec::new();
    let mut start = 0;
    while start < candidates.len() {
        let first = signature(candidates[start]);
        let end = start
            + candidates[start..]
                .iter()
                .take_while(|&&u| signature(u) == first)
                .count();
        let size = end - start;
        if size >= min_size.max(2) {
            groups.push(group(graph, &candidates[start..end], first));
        }
        start = end;
    }
    groups.sort_by(|a, b| {
        b.evidence()
            .total_cmp(&a.evidence())
            .then(b.size_ratio.total_cmp(&a.size_ratio))
            .then(b.members.len().cmp(&a.members.len()))
            .then(a.members.cmp(&b.members))
    });
    groups
}

/// Products of a sorted signature, each once, with how often it occurs.
fn distinct_products(signature: &[u64]) -> impl Iterator<Item = (u32, usize)> + '_ {
    signature
        .chunk_by(|a, b| a >> 2 == b >> 2)
        .map(|run| ((run[0] >> 2) as u32, run.len()))
}

fn group(graph: &Graph, members: &[usize], signature: &[u64]) -> Group {
    let size = members.len();
    let mut products = Vec::new();
    let mut ratio_sum = 0.0;
    for (product, reviews_each) in distinct_products(signature) {
        products.push(product);
        let degree = graph.product_degree(product as usize).max(1);
        ratio_sum += ((size * reviews_each) as f64 / degree as f64).min(1.0);
    }
    let size_ratio = ratio_sum / products.len().max(1) as f64;
    Group {
        members: members.iter().map(|&u| u as u32).collect(),
        products,
        size_ratio,
    }
}
