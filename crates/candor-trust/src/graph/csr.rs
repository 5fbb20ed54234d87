//! The reviewer–product graph in compressed sparse rows: dense indices,
//! one edge per review (in input order), and each side's edge lists.

use super::{GraphError, Review};

/// How a review leans, Fraud Eagle's edge sign (Akoglu et al. 2013, §3):
/// a normalised rating above 0.5 is positive, below is negative, exactly
/// 0.5 (3 of 1..5 stars) is neutral and carries no evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Sign {
    Negative = 0,
    Neutral = 1,
    Positive = 2,
}

impl Sign {
    pub(super) fn of(rating: f64) -> Self {
        if rating > 0.5 {
            Sign::Positive
        } else if rating < 0.5 {
            Sign::Negative
        } else {
            Sign::Neutral
        }
    }
}

#[derive(Debug)]
pub(super) struct Graph {
    /// Dense reviewer index → caller's id, ascending (so index order is id order).
    pub reviewer_ids: Vec<u32>,
    pub product_ids: Vec<u32>,
    /// Per review, in input order.
    pub edge_reviewer: Vec<u32>,
    pub edge_product: Vec<u32>,
    pub sign: Vec<Sign>,
    /// Reviewer `u`'s reviews are `reviewer_edges[reviewer_offsets[u]..reviewer_offsets[u + 1]]`.
    pub reviewer_offsets: Vec<usize>,
    pub reviewer_edges: Vec<u32>,
    pub product_offsets: Vec<usize>,
}

impl Graph {
    pub(super) fn build(reviews: &[Review]) -> Result<Self, GraphError> {
        if u32::try_from(reviews.len()).is_err() {
            return Err(GraphError::TooLarge(reviews.len()));
        }
        for (index, review) in reviews.iter().enumerate() {
            if !(review.rating.is_finite() && (0.0..=1.0).contains(&review.rating)) {
                return Err(GraphError::Rating {
                    index,
                    rating: review.rating,
                });
            }
        }
        let reviewer_ids = sorted_unique(reviews.iter().map(|r| r.reviewer));
        let product_ids = sorted_unique(reviews.iter().map(|r| r.product));
        let edge_reviewer = dense(&reviewer_ids, reviews.iter().map(|r| r.reviewer));
        let edge_product = dense(&product_ids, reviews.iter().map(|r| r.product));
        let sign = reviews.iter().map(|r| Sign::of(r.rating)).collect();
        let (reviewer_offsets, reviewer_edges) = group_edges(reviewer_ids.len(), &edge_reviewer);
        let (product_offsets, _) = group_edges(product_ids.len(), &edge_product);
        Ok(Self {
            reviewer_ids,
            product_ids,
            edge_reviewer,
            edge_product,
            sign,
            reviewer_offsets,
            reviewer_edges,
            product_offsets,
        })
    }

    pub(super) fn reviewers(&self) -> usize {
        self.reviewer_ids.len()
    }

    pub(super) fn products(&self) -> usize {
        self.product_ids.len()
    }

    pub(super) fn edges(&self) -> usize {
        self.edge_reviewer.len()
    }

    /// The reviews (edge indices) of dense reviewer `u`, in input order.
    pub(super) fn reviews_of(&self, u: usize) -> &[u32] {
        &self.reviewer_edges[self.reviewer_offsets[u]..self.reviewer_offsets[u + 1]]
    }

    /// How many reviews product `p` has.
    pub(super) fn product_degree(&self, p: usize) -> usize {
        self.product_offsets[p + 1] - self.product_offsets[p]
    }
}

fn sorted_unique(ids: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut ids: Vec<u32> = ids.collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn dense(sorted: &[u32], ids: impl Iterator<Item = u32>) -> Vec<u32> {
    // Every id is in `sorted` (it was built from the same reviews), so the
    // search always succeeds; `unwrap_or_else` keeps the types total.
    ids.map(|id| sorted.binary_search(&id).unwrap_or_else(|i| i) as u32)
        .collect()
}

/// Counting sort of edge indices by their node: offsets (n + 1) and the
/// edge indices, each node's in input order.
fn group_edges(n: usize, node_of_edge: &[u32]) -> (Vec<usize>, Vec<u32>) {
    let mut offsets = vec![0usize; n + 1];
    for &node in node_of_edge {
        offsets[node as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut next = offsets.clone();
    let mut edges = vec![0u32; node_of_edge.len()];
    for (edge, &node) in node_of_edge.iter().enumerate() {
        let slot = &mut next[node as usize];
        edges[*slot] = edge as u32;
        *slot += 1;
    }
    (offsets, edges)
}
