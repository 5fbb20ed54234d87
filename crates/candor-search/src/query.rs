//! Turning a search request into a tantivy query. Users type words, not a
//! query language: each word (or "quoted phrase") must match, in any of the
//! language fields, after that field's own analyser has stemmed it.

use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::IndexRecordOption;

use crate::analysis::LanguageTokenizer;
use crate::fields::Fields;

/// Words beyond this many are ignored: they would only slow the query down.
const MAX_CLAUSES: usize = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchOrder {
    /// Best match first (BM25).
    #[default]
    Relevance,
    Newest,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchQuery {
    /// What the user typed; empty matches every review (filters still apply).
    pub text: String,
    pub business_id: Option<String>,
    /// Star ratings to keep; empty keeps all.
    pub stars: Vec<u8>,
    pub language: Option<String>,
    pub aspect: Option<String>,
    /// `Some(true)`: only answered reviews; `Some(false)`: only unanswered ones.
    pub replied: Option<bool>,
    pub order: SearchOrder,
    pub offset: usize,
    pub limit: usize,
}

/// One page of matches: review ids in order, and how many matched in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHits {
    pub total: usize,
    pub ids: Vec<String>,
}

/// The words and quoted phrases of a query, in order.
fn clauses(text: &str) -> Vec<String> {
    let mut clauses = Vec::new();
    for (index, part) in text.split('"').enumerate() {
        // Odd parts sit between quotes: one phrase; even parts are loose words.
        if index % 2 == 1 {
            clauses.push(part.to_string());
        } else {
            clauses.extend(part.split_whitespace().map(str::to_string));
        }
    }
    clauses.retain(|c| c.chars().any(char::is_alphanumeric));
    clauses.truncate(MAX_CLAUSES);
    clauses
}

/// A clause matched in one field, or `None` if the field's analyser leaves no term.
fn clause_in_field(
    clause: &str,
    language: &str,
    field: tantivy::schema::Field,
) -> Option<Box<dyn Query>> {
    let terms: Vec<Term> = LanguageTokenizer::for_language(language)
        .terms(clause)
        .iter()
        .map(|t| Term::from_field_text(field, t))
        .collect();
    match terms.len() {
        0 => None,
        1 => Some(Box::new(TermQuery::new(
            terms[0].clone(),
            IndexRecordOption::WithFreqs,
        ))),
        _ => Some(Box::new(PhraseQuery::new(terms))),
    }
}

fn text_query(fields: &Fields, text: &str) -> Option<Box<dyn Query>> {
    let musts: Vec<(Occur, Box<dyn Query>)> = clauses(text)
        .iter()
        .filter_map(|clause| {
            let per_field: Vec<(Occur, Box<dyn Query>)> = fields
                .texts
                .iter()
                .filter_map(|(language, field)| clause_in_field(clause, language, *field))
                .map(|q| (Occur::Should, q))
                .collect();
            (!per_field.is_empty()).then(|| {
                (
                    Occur::Must,
                    Box::new(BooleanQuery::new(per_field)) as Box<dyn Query>,
                )
            })
        })
        .collect();
    (!musts.is_empty()).then(|| Box::new(BooleanQuery::new(musts)) as Box<dyn Query>)
}

/// An exact-term filter that does not change the ranking.
fn filter(term: Term) -> (Occur, Box<dyn Query>) {
    let query = TermQuery::new(term, IndexRecordOption::Basic);
    (
        Occur::Must,
        Box::new(ConstScoreQuery::new(Box::new(query), 0.0)),
    )
}

pub(crate) fn build(fields: &Fields, request: &SearchQuery) -> Box<dyn Query> {
    let mut parts: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    match text_query(fields, &request.text) {
        Some(query) => parts.push((Occur::Must, query)),
        None => parts.push((Occur::Must, Box::new(AllQuery))),
    }
    if let Some(business) = &request.business_id {
        parts.push(filter(Term::from_field_text(fields.business, business)));
    }
    if let Some(language) = &request.language {
        parts.push(filter(Term::from_field_text(fields.language, language)));
    }
    if let Some(aspect) = &request.aspect {
        parts.push(filter(Term::from_field_text(fields.aspect, aspect)));
    }
    if let Some(replied) = request.replied {
        parts.push(filter(Term::from_field_u64(
            fields.replied,
            u64::from(replied),
        )));
    }
    if !request.stars.is_empty() {
        let any_of: Vec<(Occur, Box<dyn Query>)> = request
            .stars
            .iter()
            .map(|s| {
                let term = Term::from_field_u64(fields.stars, u64::from(*s));
                let query: Box<dyn Query> =
                    Box::new(TermQuery::new(term, IndexRecordOption::Basic));
                (Occur::Should, query)
            })
            .collect();
        let stars: Box<dyn Query> = Box::new(BooleanQuery::new(any_of));
        parts.push((Occur::Must, Box::new(ConstScoreQuery::new(stars, 0.0))));
    }
    Box::new(BooleanQuery::new(parts))
}

#[cfg(test)]
mod tests {
    use super::clauses;

    #[test]
    fn quoted_phrases_stay_whole_and_punctuation_alone_is_dropped() {
        assert_eq!(
            clauses(r#"late "never arrived" - !!"#),
            vec!["late".to_string(), "never arrived".to_string()]
        );
    }

    #[test]
    fn an_unclosed_quote_still_gives_its_words() {
        assert_eq!(
            clauses(r#"good "fast service"#),
            vec!["good", "fast service"]
        );
    }
}
