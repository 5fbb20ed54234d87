//! Aspects a business defines for itself ("financing", "test drive"), with
//! keywords per language, matched like the built-in aspect lexicons: a plain
//! keyword matches the word and every word with the same stem, `term*` a
//! prefix, `*term` a suffix.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::lexicon::TermMatcher;
use crate::tokens::{Token, stemmer};

/// Keywords listed under this key apply whatever the review's language
/// (brand and product names).
pub const ANY_LANGUAGE: &str = "any";
/// Longest keyword accepted, in characters.
pub const MAX_KEYWORD_CHARS: usize = 40;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomAspect {
    /// Lowercase id (`a-z`, `0-9`, `_`), distinct from the built-in ones.
    pub id: String,
    /// Language code (or `any`) to keywords.
    pub keywords: BTreeMap<String, Vec<String>>,
}

/// Why a keyword cannot be used.
pub fn keyword_problem(keyword: &str) -> Option<&'static str> {
    let core = keyword.trim_start_matches('*').trim_end_matches('*');
    if core.is_empty() {
        return Some("a keyword needs at least one letter or digit");
    }
    if keyword.chars().count() > MAX_KEYWORD_CHARS {
        return Some("a keyword is at most 40 characters");
    }
    if keyword.starts_with('*') && keyword.ends_with('*') {
        return Some("a keyword may have * at one end only");
    }
    if !core.chars().all(char::is_alphanumeric) {
        return Some(
            "a keyword is one word: letters and digits, with * at one end for a prefix or suffix",
        );
    }
    None
}

/// The matchers of a business's aspects, built once per change.
#[derive(Debug, Default)]
pub struct CustomAspects {
    ids: Vec<String>,
    by_language: HashMap<String, TermMatcher<usize>>,
}

/// `nb`/`nn` keywords serve reviews stored as `no`.
fn language_key(code: &str) -> String {
    match code {
        "nb" | "nn" => "no".to_string(),
        other => other.to_string(),
    }
}

impl CustomAspects {
    pub fn new(aspects: &[CustomAspect]) -> Self {
        let mut by_language: HashMap<String, TermMatcher<usize>> = HashMap::new();
        for (index, aspect) in aspects.iter().enumerate() {
            for (language, keywords) in &aspect.keywords {
                let key = language_key(language);
                let stemmer = stemmer(&key);
                let matcher = by_language.entry(key).or_default();
                for keyword in keywords.iter().filter(|k| keyword_problem(k).is_none()) {
                    matcher.insert(keyword, index, stemmer.as_ref());
                }
            }
        }
        let by_language = by_language
            .into_iter()
            .map(|(language, matcher)| (language, matcher.finish()))
            .collect();
        Self {
            ids: aspects.iter().map(|a| a.id.clone()).collect(),
            by_language,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Ids of the aspects `token` (of a text in `language`) names.
    pub(crate) fn lookup(&self, language: &str, token: &Token) -> Vec<String> {
        let mut found: Vec<usize> = [language, ANY_LANGUAGE]
            .iter()
            .filter_map(|l| self.by_language.get(*l))
            .flat_map(|m| m.lookup(token))
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found.into_iter().map(|i| self.ids[i].clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Analyzer;

    fn financing() -> CustomAspects {
        let keywords = BTreeMap::from([
            (
                "de".to_string(),
                vec!["finanzier*".to_string(), "Kredit".to_string()],
            ),
            ("en".to_string(), vec!["loan".to_string()]),
            (ANY_LANGUAGE.to_string(), vec!["autoplus".to_string()]),
        ]);
        CustomAspects::new(&[CustomAspect {
            id: "financing".into(),
            keywords,
        }])
    }

    fn aspects_of(text: &str, language: &str, custom: &CustomAspects) -> Vec<(String, f64)> {
        let analyzer = Analyzer::new().expect("analyzer");
        analyzer
            .analyze_with(text, Some(language), Some(5), Some(custom))
            .aspects
            .into_iter()
            .map(|a| (a.aspect, a.sentiment))
            .collect()
    }

    #[test]
    fn keywords_match_stems_and_prefixes_in_their_language() {
        let custom = financing();
        let found = aspects_of(
            "Die Finanzierung war schnell und super. Das Essen war kalt.",
            "de",
            &custom,
        );
        let financing = found
            .iter()
            .find(|(a, _)| a == "financing")
            .expect("financing");
        assert!(financing.1 > 0.0, "its sentence is positive: {found:?}");
        assert!(
            found.iter().any(|(a, _)| a == "food"),
            "built-in aspects stay"
        );
        let plural = aspects_of("Die Kredite waren teuer.", "de", &custom);
        assert!(plural.iter().any(|(a, _)| a == "financing"), "{plural:?}");
    }

    #[test]
    fn keywords_of_another_language_do_not_match_but_any_does() {
        let custom = financing();
        assert!(
            !aspects_of("Der loan war gut.", "de", &custom)
                .iter()
                .any(|(a, _)| a == "financing")
        );
        let any = aspects_of("Спасибо AutoPlus за машину.", "ru", &custom);
        assert!(any.iter().any(|(a, _)| a == "financing"), "{any:?}");
    }

    #[test]
    fn bad_keywords_are_named() {
        assert!(keyword_problem("prompt").is_none());
        assert!(keyword_problem("financ*").is_none());
        for bad in ["", "*", "*x*", "two words", "a-b", &"x".repeat(41)] {
            assert!(keyword_problem(bad).is_some(), "{bad:?}");
        }
    }
}
