//! Separating the indifferent from the passionate (seed 003): ambassadors,
//! detractors and everyone in between, and how far their word travels.

mod markers;
mod reach;

pub use markers::intensity_markers;
pub use reach::{Reach, ReachError, ReachParams, reach};

use serde::{Deserialize, Serialize};

/// Weight of rating extremity, `|rating − 3| / 2`.
pub const WEIGHT_EXTREMITY: f64 = 0.30;
/// Weight of sentiment strength, `|polarity|`.
pub const WEIGHT_POLARITY: f64 = 0.25;
/// Weight of written intensity, `min(markers, 3) / 3`.
pub const WEIGHT_INTENSITY: f64 = 0.15;
/// Weight of length, `min(1, ln(1 + words) / ln(1 + 100))`.
pub const WEIGHT_LENGTH: f64 = 0.20;
/// Weight of repeat activity, `min(reviewer_reviews − 1, 3) / 3`.
pub const WEIGHT_REPEAT: f64 = 0.10;
/// Markers at which intensity is full: a fourth "!!!" adds nothing.
pub const INTENSITY_SATURATION: u32 = 3;
/// Words at which length is full. Log scale: the first words say the most
/// about effort (1 word 0.15, 10 words 0.52, 50 words 0.85).
pub const LENGTH_SATURATION_WORDS: u32 = 100;
/// Extra reviews (after the first) at which repeat activity is full.
pub const REPEAT_SATURATION: u32 = 3;
/// Passion from which a 1–2 or 4–5 star reviewer counts as passionate:
/// half of the maximum. Chosen so that the rating alone never suffices:
/// a bare 4-star scores 0.15 and a bare 1- or 5-star 0.30 (0.40 from a
/// regular with 4 or more reviews); words, sentiment or intensity must add
/// the rest.
pub const PASSION_THRESHOLD: f64 = 0.5;

/// What [`passion`] needs to know about one review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentInput {
    /// Stars 1..=5; other values are clamped into that range.
    pub rating: u8,
    /// Lexicon sentiment in −1..=1; clamped, NaN counts as 0.
    pub polarity: f64,
    /// [`intensity_markers`] of the text.
    pub intensity_markers: u32,
    /// Words in the text.
    pub words: u32,
    /// Reviews this reviewer wrote for the business, this one included (≥ 1;
    /// 0 is read as 1).
    pub reviewer_reviews: u32,
}

/// The five parts of [`passion`], each in [0, 1], before weighting.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassionParts {
    pub extremity: f64,
    pub polarity: f64,
    pub intensity: f64,
    pub length: f64,
    pub repeat: f64,
}

/// The unweighted parts, for showing why a reviewer landed where they did.
pub fn passion_parts(input: &SegmentInput) -> PassionParts {
    let rating = f64::from(input.rating.clamp(1, 5));
    let polarity = if input.polarity.is_nan() {
        0.0
    } else {
        input.polarity.abs().min(1.0)
    };
    let length =
        (1.0 + f64::from(input.words)).ln() / (1.0 + f64::from(LENGTH_SATURATION_WORDS)).ln();
    let extra_reviews = input
        .reviewer_reviews
        .saturating_sub(1)
        .min(REPEAT_SATURATION);
    PassionParts {
        extremity: (rating - 3.0).abs() / 2.0,
        polarity,
        intensity: f64::from(input.intensity_markers.min(INTENSITY_SATURATION))
            / f64::from(INTENSITY_SATURATION),
        length: length.min(1.0),
        repeat: f64::from(extra_reviews) / f64::from(REPEAT_SATURATION),
    }
}

/// How strongly the reviewer feels, in [0, 1]:
/// `0.30·extremity + 0.25·polarity + 0.15·intensity + 0.20·length + 0.10·repeat`
/// (see [`PassionParts`] and the weight constants). The weights sum to 1.
pub fn passion(input: &SegmentInput) -> f64 {
    let p = passion_parts(input);
    let sum = WEIGHT_EXTREMITY * p.extremity
        + WEIGHT_POLARITY * p.polarity
        + WEIGHT_INTENSITY * p.intensity
        + WEIGHT_LENGTH * p.length
        + WEIGHT_REPEAT * p.repeat;
    sum.clamp(0.0, 1.0)
}

/// Where a reviewer stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Segment {
    /// 4–5 stars and passion ≥ [`PASSION_THRESHOLD`].
    Ambassador,
    /// 1–2 stars and passion ≥ [`PASSION_THRESHOLD`].
    Detractor,
    /// Everyone else, 3 stars always.
    Indifferent,
}

impl Segment {
    /// The stable name stored and shown to translators (`ambassador`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Segment::Ambassador => "ambassador",
            Segment::Detractor => "detractor",
            Segment::Indifferent => "indifferent",
        }
    }
}

/// Places one reviewer. A bare 1- or 5-star rating (no text, first review)
/// is indifferent: the rating is extreme, but nothing tells a passionate
/// rater from a one-click habit.
pub fn place(input: &SegmentInput) -> Segment {
    let rating = input.rating.clamp(1, 5);
    if rating == 3 || passion(input) < PASSION_THRESHOLD {
        Segment::Indifferent
    } else if rating >= 4 {
        Segment::Ambassador
    } else {
        Segment::Detractor
    }
}

/// How many reviewers are in each segment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub ambassadors: u64,
    pub detractors: u64,
    pub indifferent: u64,
}

impl Counts {
    /// Adds one reviewer.
    pub fn add(&mut self, segment: Segment) {
        let slot = match segment {
            Segment::Ambassador => &mut self.ambassadors,
            Segment::Detractor => &mut self.detractors,
            Segment::Indifferent => &mut self.indifferent,
        };
        *slot = slot.saturating_add(1);
    }

    /// Places and counts every input.
    pub fn tally<'a>(inputs: impl IntoIterator<Item = &'a SegmentInput>) -> Self {
        let mut counts = Self::default();
        for input in inputs {
            counts.add(place(input));
        }
        counts
    }
}

#[cfg(test)]
mod tests;
