//! Tantivy tokenizers that cut and stem text the way `candor-text` does.

use std::sync::Arc;

use candor_text::stemmer;
use rust_stemmers::Stemmer;
use tantivy::tokenizer::{Token, TokenStream, Tokenizer, TokenizerManager};
use unicode_segmentation::UnicodeSegmentation;

/// Tokenizer name of a language's text field.
pub(crate) fn tokenizer_name(language: &str) -> String {
    format!("candor_{language}")
}

/// Registers one tokenizer per language, and one without stemming (`und`).
pub(crate) fn register(manager: &TokenizerManager) {
    for language in crate::LANGUAGES.iter().chain(&["und"]) {
        let tokenizer = LanguageTokenizer {
            stemmer: stemmer(language).map(Arc::new),
        };
        manager.register(&tokenizer_name(language), tokenizer);
    }
}

/// Unicode words, lowercased, then stemmed where the language has a stemmer.
#[derive(Clone)]
pub(crate) struct LanguageTokenizer {
    stemmer: Option<Arc<Stemmer>>,
}

impl LanguageTokenizer {
    pub(crate) fn for_language(language: &str) -> Self {
        Self {
            stemmer: stemmer(language).map(Arc::new),
        }
    }

    /// The terms this tokenizer makes of `text`, in order.
    pub(crate) fn terms(&self, text: &str) -> Vec<String> {
        words(text, self.stemmer.as_deref())
            .into_iter()
            .map(|t| t.text)
            .collect()
    }
}

fn words(text: &str, stemmer: Option<&Stemmer>) -> Vec<Token> {
    text.unicode_word_indices()
        .filter(|(_, word)| word.chars().any(char::is_alphanumeric))
        .enumerate()
        .map(|(position, (offset, word))| {
            let lower = word.to_lowercase();
            let text = match stemmer {
                Some(s) => s.stem(&lower).into_owned(),
                None => lower,
            };
            Token {
                offset_from: offset,
                offset_to: offset + word.len(),
                position,
                text,
                position_length: 1,
            }
        })
        .collect()
}

pub(crate) struct WordStream {
    tokens: std::vec::IntoIter<Token>,
    current: Token,
}

impl Tokenizer for LanguageTokenizer {
    type TokenStream<'a> = WordStream;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream {
        WordStream {
            tokens: words(text, self.stemmer.as_deref()).into_iter(),
            current: Token::default(),
        }
    }
}

impl TokenStream for WordStream {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(token) => {
                self.current = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}
