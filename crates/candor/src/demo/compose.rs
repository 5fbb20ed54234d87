//! Composing reviews from the corpus: stars first, then a title and
//! sentences that fit them, a date within the last two years, and sometimes
//! an edit, a reply and helpful votes.

use std::collections::HashMap;

use candor_app::{App, Business, ImportItem, User};
use candor_core::ReviewInput;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use serde::Deserialize;

const CORPORA: [&str; 6] = [
    include_str!("corpus/en.json"),
    include_str!("corpus/de.json"),
    include_str!("corpus/da.json"),
    include_str!("corpus/nb.json"),
    include_str!("corpus/ru.json"),
    include_str!("corpus/sw.json"),
];

const DAY_MS: i64 = 86_400_000;
const BATCH: usize = 500;
/// The star mix of generated load when none is given: J-shaped, as real reviews are.
const DEFAULT_WEIGHTS: [u32; 5] = [15, 6, 9, 22, 48];

#[derive(Debug, Deserialize)]
struct Corpus {
    language: String,
    reviewer_names: Vec<String>,
    titles: HashMap<String, Vec<String>>,
    sentences: Sentences,
    replies: Replies,
    edit_notes: Vec<String>,
    reply_edit_notes: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Sentences {
    negative: Vec<String>,
    neutral: Vec<String>,
    positive: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Replies {
    negative: Vec<String>,
    positive: Vec<String>,
}

fn corpora() -> anyhow::Result<Vec<Corpus>> {
    CORPORA
        .iter()
        .map(|raw| serde_json::from_str(raw).map_err(anyhow::Error::from))
        .collect()
}

fn pick<'a>(rng: &mut StdRng, items: &'a [String]) -> &'a str {
    items
        .get(rng.random_range(0..items.len().max(1)))
        .map_or("", String::as_str)
}

fn weighted_stars(rng: &mut StdRng, weights: [u32; 5]) -> i64 {
    let total: u32 = weights.iter().sum();
    let mut roll = rng.random_range(0..total.max(1));
    for (index, weight) in weights.iter().enumerate() {
        if roll < *weight {
            return index as i64 + 1;
        }
        roll -= weight;
    }
    5
}

fn body(rng: &mut StdRng, corpus: &Corpus, stars: i64) -> String {
    let s = &corpus.sentences;
    let plan: Vec<&[String]> = match stars {
        1 => vec![&s.negative, &s.negative, &s.negative],
        2 => vec![&s.negative, &s.neutral, &s.negative],
        3 => vec![&s.positive, &s.neutral, &s.negative],
        4 => vec![&s.positive, &s.neutral, &s.positive],
        _ => vec![&s.positive, &s.positive, &s.positive],
    };
    let take = rng.random_range(2..=plan.len());
    let mut sentences: Vec<&str> = Vec::new();
    for pool in plan.into_iter().take(take) {
        let sentence = pick(rng, pool);
        if !sentences.contains(&sentence) {
            sentences.push(sentence);
        }
    }
    sentences.join(" ")
}

fn compose(
    rng: &mut StdRng,
    corpus: &Corpus,
    weights: [u32; 5],
    now: i64,
    serial: usize,
) -> ImportItem {
    let stars = weighted_stars(rng, weights);
    let written_at = now - rng.random_range(0..730 * DAY_MS);
    let name = pick(rng, &corpus.reviewer_names).to_string();
    let experienced =
        chrono::DateTime::from_timestamp_millis(written_at - rng.random_range(0..10) * DAY_MS)
            .map(|t| t.date_naive().to_string());
    let input = ReviewInput {
        rating: Some(stars),
        title: corpus
            .titles
            .get(&stars.to_string())
            .map(|t| pick(rng, t).to_string())
            .unwrap_or_default(),
        body: body(rng, corpus, stars),
        author_name: name,
        author_email: format!("reviewer{serial}@example.com"),
        language: rng.random_bool(0.8).then(|| corpus.language.clone()),
        experienced_on: if rng.random_bool(0.7) {
            experienced
        } else {
            None
        },
        testimonial_consent: rng.random_bool(0.4),
    };
    // Businesses answer critical reviews (1-3 stars) more often, and apologetically.
    let negative = stars <= 3;
    let reply_chance = if negative { 0.6 } else { 0.3 };
    let reply = rng.random_bool(reply_chance).then(|| {
        let pool = if negative {
            &corpus.replies.negative
        } else {
            &corpus.replies.positive
        };
        (
            pick(rng, pool).to_string(),
            (written_at + rng.random_range(1..72) * 3_600_000).min(now),
        )
    });
    let reply_edit = reply
        .as_ref()
        .filter(|_| rng.random_bool(0.15))
        .map(|(text, at)| {
            let note = pick(rng, &corpus.reply_edit_notes);
            (format!("{text} {note}"), (*at + DAY_MS).min(now))
        });
    let edit = rng.random_bool(0.06).then(|| {
        let mut revised = input.clone();
        revised.body = format!("{} {}", input.body, pick(rng, &corpus.edit_notes));
        if stars <= 2 && rng.random_bool(0.5) {
            revised.rating = Some(stars + 2);
        }
        (
            revised,
            (written_at + rng.random_range(1..30) * DAY_MS).min(now),
        )
    });
    let helpful_votes = if rng.random_bool(0.4) {
        rng.random_range(1..25)
    } else {
        0
    };
    ImportItem {
        input,
        written_at,
        source: "demo".into(),
        edit,
        reply,
        reply_edit,
        helpful_votes,
    }
}

/// Adds `count` generated reviews to `business` in all six languages.
pub async fn generate(
    app: &App,
    business: &Business,
    count: usize,
    seed: u64,
) -> anyhow::Result<usize> {
    let replier = super::replier(app, business).await?;
    generate_with(app, business, &replier, count, seed, DEFAULT_WEIGHTS).await
}

pub(super) async fn generate_with(
    app: &App,
    business: &Business,
    replier: &User,
    count: usize,
    seed: u64,
    weights: [u32; 5],
) -> anyhow::Result<usize> {
    let corpora = corpora()?;
    let mut rng = StdRng::seed_from_u64(seed);
    let now = candor_app::now_ms();
    let mut written = 0;
    while written < count {
        let size = BATCH.min(count - written);
        let items: Vec<ImportItem> = (0..size)
            .map(|i| {
                let corpus = &corpora[rng.random_range(0..corpora.len())];
                compose(&mut rng, corpus, weights, now, written + i)
            })
            .collect();
        written += app.import_batch(business, replier, &items).await?;
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_corpus_parses_and_composes_valid_reviews() {
        let corpora = corpora().expect("corpora parse");
        let languages: Vec<_> = corpora.iter().map(|c| c.language.as_str()).collect();
        assert_eq!(languages, ["en", "de", "da", "nb", "ru", "sw"]);
        let mut rng = StdRng::seed_from_u64(1);
        let today = chrono::Utc::now().date_naive();
        for corpus in &corpora {
            for serial in 0..50 {
                let item = compose(
                    &mut rng,
                    corpus,
                    DEFAULT_WEIGHTS,
                    candor_app::now_ms(),
                    serial,
                );
                candor_core::ReviewDraft::parse(&item.input, today)
                    .expect("composed review is valid");
                assert!(!item.input.body.is_empty());
            }
        }
    }
}
