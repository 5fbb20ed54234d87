//! The index schema: filters as exact terms, the text in one field per
//! language so each gets its own analyser.

use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions,
};

use crate::analysis::tokenizer_name;

#[derive(Clone)]
pub(crate) struct Fields {
    pub id: Field,
    pub business: Field,
    pub language: Field,
    pub aspect: Field,
    pub stars: Field,
    pub replied: Field,
    pub created: Field,
    /// `(language, field)`, the last one (`und`) without stemming.
    pub texts: Vec<(String, Field)>,
}

impl Fields {
    pub(crate) fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let id = builder.add_text_field("id", STRING | STORED);
        let business = builder.add_text_field("business", STRING);
        let language = builder.add_text_field("language", STRING);
        let aspect = builder.add_text_field("aspect", STRING);
        let stars = builder.add_u64_field("stars", INDEXED);
        let replied = builder.add_u64_field("replied", INDEXED);
        let created = builder.add_i64_field("created", FAST);
        let texts = crate::LANGUAGES
            .iter()
            .chain(&["und"])
            .map(|language| {
                let indexing = TextFieldIndexing::default()
                    .set_tokenizer(&tokenizer_name(language))
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions);
                let options = TextOptions::default().set_indexing_options(indexing);
                let field = builder.add_text_field(&format!("text_{language}"), options);
                (language.to_string(), field)
            })
            .collect();
        let fields = Fields {
            id,
            business,
            language,
            aspect,
            stars,
            replied,
            created,
            texts,
        };
        (builder.build(), fields)
    }

    /// The text field a review of `language` goes into.
    pub(crate) fn text_for(&self, language: &str) -> (&str, Field) {
        let position = self
            .texts
            .iter()
            .position(|(l, _)| l == language)
            .unwrap_or(self.texts.len() - 1);
        let (language, field) = &self.texts[position];
        (language, *field)
    }
}
