//! The screening of one text: the spam model's score, the rules' findings,
//! and the decision they lead to, with every reason kept.

use std::sync::Arc;

use serde::Serialize;

use crate::rules::{Finding, findings};
use crate::spam::SpamModel;

/// What happens to a screened review.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Publish,
    /// Waits for a moderator.
    Hold,
    /// Not published; kept with its scores and reasons.
    Reject,
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Publish => "publish",
            Self::Hold => "hold",
            Self::Reject => "reject",
        }
    }
}

/// Spam-score thresholds; configurable per instance.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Thresholds {
    /// At or above: held for a moderator.
    pub hold: f64,
    /// At or above: rejected.
    pub reject: f64,
}

impl Default for Thresholds {
    /// Conservative: a genuine review wrongly held costs a moderator a
    /// click, one wrongly rejected costs a customer's voice.
    fn default() -> Self {
        Self {
            hold: 0.80,
            reject: 0.98,
        }
    }
}

/// Below this many words the model's score alone decides nothing: with a
/// handful of features a single word weighs fully ("Text" alone scores
/// 0.89, because SMS spam says "text WIN to ..."); the rules still apply.
const MIN_MODEL_WORDS: usize = 6;

/// Findings that hold a review on their own; the others (shouting,
/// repeated characters) are only noted for the moderator.
const HOLDING: [&str; 10] = [
    "burst",
    "many_businesses",
    "duplicate",
    "link",
    "url_shortener",
    "phone_number",
    "email_address",
    "off_topic",
    "blocked_term",
    "spam_model",
];

/// Findings that refuse a business's reply. A reply is written by the
/// business itself and often gives a way to reach it, so links and contact
/// details are only noted; what a genuine reply never needs is refused.
const REFUSING_REPLY: [&str; 3] = ["blocked_term", "url_shortener", "off_topic"];

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Screening {
    pub spam_score: f64,
    /// Every reason found, the model's own (`spam_model`) included.
    pub reasons: Vec<Finding>,
    pub decision: Decision,
}

pub struct Screener {
    model: Arc<SpamModel>,
    thresholds: Thresholds,
}

impl Screener {
    pub fn new(model: Arc<SpamModel>, thresholds: Thresholds) -> Self {
        Self { model, thresholds }
    }

    /// Screens `text` against the model, the rules and the instance's
    /// `blocklist` (lowercase terms).
    pub fn screen(&self, text: &str, blocklist: &[String]) -> Screening {
        self.screen_with(text, blocklist, Vec::new())
    }

    /// Like [`Screener::screen`], with findings made elsewhere (duplicates
    /// found in the database, behaviour) counted in the decision.
    pub fn screen_with(&self, text: &str, blocklist: &[String], extra: Vec<Finding>) -> Screening {
        let spam_score = round3(self.model.probability(text));
        let mut reasons = findings(text, blocklist);
        reasons.extend(extra);
        let enough_words = word_count_up_to(text, MIN_MODEL_WORDS) >= MIN_MODEL_WORDS;
        let spam_score_counts = enough_words && spam_score >= self.thresholds.hold;
        if spam_score_counts {
            reasons.push(Finding {
                code: "spam_model",
                detail: format!("spam score {spam_score:.3}"),
            });
        }
        let holding = reasons.iter().filter(|r| HOLDING.contains(&r.code)).count();
        // Two independent signals (say a link and a high score) are as
        // telling as a very high score alone.
        // Only a program fills in the form's hidden field.
        let bot = reasons.iter().any(|r| r.code == "honeypot");
        let decision = if bot
            || (enough_words && spam_score >= self.thresholds.reject)
            || (holding >= 2 && spam_score_counts)
        {
            Decision::Reject
        } else if holding > 0 {
            Decision::Hold
        } else {
            Decision::Publish
        };
        Screening {
            spam_score,
            reasons,
            decision,
        }
    }
}

impl Screener {
    /// Screens a business's public reply: published, or rejected (refused,
    /// the text kept with its reasons); never held, since its writer is
    /// signed in and can change it at once.
    pub fn screen_reply(&self, text: &str, blocklist: &[String]) -> Screening {
        let spam_score = round3(self.model.probability(text));
        let mut reasons = findings(text, blocklist);
        let enough_words = word_count_up_to(text, MIN_MODEL_WORDS) >= MIN_MODEL_WORDS;
        // "Call us on ..." reads like SMS spam to the model: its score
        // refuses a reply only at the reject threshold and with another
        // finding beside it.
        let model_refuses = enough_words
            && spam_score >= self.thresholds.reject
            && reasons.iter().any(|r| HOLDING.contains(&r.code));
        if model_refuses {
            reasons.push(Finding {
                code: "spam_model",
                detail: format!("spam score {spam_score:.3}"),
            });
        }
        let refused = model_refuses || reasons.iter().any(|r| REFUSING_REPLY.contains(&r.code));
        Screening {
            spam_score,
            reasons,
            decision: if refused {
                Decision::Reject
            } else {
                Decision::Publish
            },
        }
    }
}

/// Whitespace-separated pieces holding a letter or digit: close enough to
/// words for a threshold, and far cheaper than word segmentation. One pass
/// over the chars, each piece counted at its first letter or digit.
/// The number of whitespace-separated pieces holding a letter or digit,
/// counted up to `limit` only: the decision needs no more, and a long text
/// is not walked to its end for it.
fn word_count_up_to(text: &str, limit: usize) -> usize {
    let mut count = 0;
    let mut counted = false;
    for c in text.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            count += 1;
            if count >= limit {
                break;
            }
            counted = true;
        }
    }
    count
}

fn round3(value: f64) -> f64 {
    (value * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The one-pass count is the plain definition's.
        #[test]
        fn word_count_counts_pieces_with_a_letter_or_digit(
            text in "[a-zA-Z0-9 \t\r\n\u{0b}\u{0c}.,!?'\u{a0}\u{3000}\u{85}\u{2028}éЯ٣½😍-]{0,60}"
        ) {
            let pieces = text
                .split_whitespace()
                .filter(|piece| piece.chars().any(char::is_alphanumeric))
                .count();
            prop_assert_eq!(word_count_up_to(&text, usize::MAX), pieces);
            prop_assert_eq!(word_count_up_to(&text, 3), pieces.min(3));
        }
    }
}
