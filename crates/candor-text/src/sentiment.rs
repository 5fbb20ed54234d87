//! Lexicon sentiment with negation, intensifiers and contrast, per sentence.
//!
//! Each sentiment word adds its score (-5..5), scaled by the intensifiers
//! before it, flipped (and damped) inside a negation scope (the three words
//! after a negator, ended early by clause punctuation), and weighted after a
//! contrast word ("but") by its value, before it by the inverse. The sum `s`
//! becomes a polarity `s / sqrt(s² + 15)` in [-1, 1].

use crate::lexicon::{LanguageLexicon, Modifier};
use crate::tokens::{Token, TokenKind};

/// Words after a negator that it reaches.
const NEGATION_SCOPE: u32 = 3;
/// "not good" is less negative than "bad": a negated word flips and shrinks.
const NEGATION_DAMPING: f64 = 0.75;
/// Normalisation constant of the polarity (as in VADER).
const ALPHA: f64 = 15.0;

/// The sentiment of a span of text.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Sentiment {
    /// The weighted sum of the matched words' scores.
    pub raw: f64,
    /// How many sentiment words matched.
    pub hits: u32,
}

impl Sentiment {
    pub fn polarity(&self) -> f64 {
        self.raw / (self.raw * self.raw + ALPHA).sqrt()
    }

    pub fn add(&mut self, other: Sentiment) {
        self.raw += other.raw;
        self.hits += other.hits;
    }
}

/// Stars (1-5) that a polarity suggests; a text without sentiment words is a 3.
pub fn stars_from_polarity(polarity: f64) -> u8 {
    match polarity {
        p if p <= -0.6 => 1,
        p if p <= -0.2 => 2,
        p if p < 0.2 => 3,
        p if p < 0.6 => 4,
        _ => 5,
    }
}

/// Swahili negates verbs with a prefix (si-, ha-, hu-, hatu-, ham-, hawa-)
/// followed by a tense marker (-ku- past, -ja- not yet, -ta- future:
/// `sikupenda`, `hajafika`, `hatapenda`) or, in the present, a final -i
/// (`hapendi`, "does not like"). Without either it is no negation: `hu-` +
/// final -a is the habitual (`hupenda`, "usually likes").
fn swahili_negated_stem(word: &str) -> Option<String> {
    const PREFIXES: [&str; 6] = ["hawa", "hatu", "ham", "si", "ha", "hu"];
    const TENSES: [&str; 3] = ["ku", "ja", "ta"];
    let rest = PREFIXES.iter().find_map(|p| word.strip_prefix(p))?;
    let (rest, tense_marked) = match TENSES.iter().find_map(|t| rest.strip_prefix(t)) {
        Some(verb) => (verb, true),
        None => (rest, false),
    };
    if rest.chars().count() < 4 {
        return None;
    }
    match rest.strip_suffix('i') {
        Some(stem) if !tense_marked => Some(format!("{stem}a")),
        _ if tense_marked => Some(rest.to_string()),
        _ => None,
    }
}

/// Scores the tokens of one sentence.
pub(crate) fn score(tokens: &[Token], lexicon: &LanguageLexicon, language: &str) -> Sentiment {
    let mut before_contrast = Sentiment::default();
    let mut current = Sentiment::default();
    let mut negation_left = 0u32;
    let mut scale = 1.0;
    for token in tokens {
        if token.kind == TokenKind::Break {
            negation_left = 0;
            scale = 1.0;
            continue;
        }
        match lexicon.modifiers.lookup(token).first() {
            Some(Modifier::Negator) => {
                negation_left = NEGATION_SCOPE;
                continue;
            }
            Some(Modifier::Scale(value)) => {
                scale *= value;
                continue;
            }
            Some(Modifier::Contrast(value)) => {
                before_contrast.raw += current.raw / value;
                before_contrast.hits += current.hits;
                current = Sentiment { raw: 0.0, hits: 0 };
                scale = *value;
                negation_left = 0;
                continue;
            }
            None => {}
        }
        let (value, negated_by_prefix) = word_score(token, lexicon, language);
        if let Some(value) = value {
            let negated = negation_left > 0 || negated_by_prefix;
            let signed = if negated {
                -value * NEGATION_DAMPING
            } else {
                value
            };
            current.raw += signed * scale;
            current.hits += 1;
            scale = 1.0;
        }
        if token.kind == TokenKind::Word {
            negation_left = negation_left.saturating_sub(1);
        }
    }
    before_contrast.add(current);
    before_contrast
}

fn word_score(token: &Token, lexicon: &LanguageLexicon, language: &str) -> (Option<f64>, bool) {
    let negated_stem = if language == "sw" {
        swahili_negated_stem(&token.text)
    } else {
        None
    };
    if lexicon.sentiment.direct(token).is_none()
        && let Some(stem) = &negated_stem
        && let Some(value) = lexicon.sentiment.wildcard(stem).first()
    {
        // A Swahili verb with a negative prefix: `sikupenda`, `hapendi`.
        return (Some(*value), true);
    }
    (lexicon.sentiment.lookup(token).first().copied(), false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polarity_is_bounded_and_signed() {
        for raw in [-100.0, -3.0, 0.0, 2.0, 50.0] {
            let p = Sentiment { raw, hits: 1 }.polarity();
            assert!((-1.0..=1.0).contains(&p));
            assert_eq!(
                p.signum(),
                if raw == 0.0 {
                    p.signum()
                } else {
                    f64::signum(raw)
                }
            );
        }
    }

    #[test]
    fn stars_follow_polarity() {
        assert_eq!(
            [-0.9, -0.3, 0.0, 0.4, 0.9].map(stars_from_polarity),
            [1, 2, 3, 4, 5]
        );
    }

    #[test]
    fn swahili_negative_verbs_are_recognised() {
        assert_eq!(swahili_negated_stem("hapendi").as_deref(), Some("penda"));
        assert_eq!(swahili_negated_stem("sikupenda").as_deref(), Some("penda"));
        assert_eq!(swahili_negated_stem("safi"), None);
        assert_eq!(swahili_negated_stem("hatapenda").as_deref(), Some("penda"));
        assert_eq!(
            swahili_negated_stem("hajafurahi").as_deref(),
            Some("furahi")
        );
        // The habitual hu- + -a is not a negation.
        assert_eq!(swahili_negated_stem("hushinda"), None);
        assert_eq!(swahili_negated_stem("hupenda"), None);
    }
}
