//! The on-disk (or in-memory) index, how far it has caught up with the
//! database, and the two things done with it: apply changes, and search.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use tantivy::collector::{Count, TopDocs};
use tantivy::directory::error::LockError;
use tantivy::schema::Value;
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument,
    TantivyError, Term,
};

use crate::fields::Fields;
use crate::query::{self, SearchHits, SearchOrder, SearchQuery};
use crate::{ReviewDoc, SearchError};

/// Bumped whenever what is indexed changes, so old indexes are rebuilt.
const FORMAT: u32 = 1;
/// Indexing memory: one thread is plenty for review-sized documents.
const WRITER_MEMORY: usize = 32 * 1024 * 1024;

/// How far the index has caught up: every change to a review of database
/// `instance` up to `synced_to` (Unix ms of `updated_at`) is in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Watermark {
    pub instance: String,
    pub synced_to: i64,
}

#[derive(Serialize, Deserialize)]
struct Payload {
    format: u32,
    #[serde(flatten)]
    watermark: Watermark,
}

pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<IndexWriter<TantivyDocument>>,
    fields: Fields,
}

impl SearchIndex {
    /// Opens the index in `dir`, creating it; an index of another schema
    /// or a damaged one is discarded (it is rebuilt from the database).
    pub fn open(dir: &Path) -> Result<Self, SearchError> {
        let io = |source| SearchError::Io {
            path: dir.display().to_string(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let (schema, fields) = Fields::schema();
        let index = match Index::open_in_dir(dir) {
            Ok(index) if index.schema() == schema => index,
            Ok(_) | Err(TantivyError::OpenDirectoryError(_)) | Err(_) => {
                clear_dir(dir).map_err(io)?;
                Index::create_in_dir(dir, schema)?
            }
        };
        Self::with_index(index, fields, dir)
    }

    /// An index that lives in memory only (tests, one-off commands).
    pub fn in_memory() -> Result<Self, SearchError> {
        let (schema, fields) = Fields::schema();
        Self::with_index(Index::create_in_ram(schema), fields, Path::new("(memory)"))
    }

    fn with_index(index: Index, fields: Fields, location: &Path) -> Result<Self, SearchError> {
        crate::analysis::register(index.tokenizers());
        let writer = index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(|e| match e {
                TantivyError::LockFailure(LockError::LockBusy, _) => {
                    SearchError::Busy(location.display().to_string())
                }
                other => SearchError::Index(other),
            })?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Self {
            index,
            reader,
            writer: Mutex::new(writer),
            fields,
        })
    }

    /// How far the index has caught up, if it was written by this format.
    pub fn watermark(&self) -> Result<Option<Watermark>, SearchError> {
        let payload = self.index.load_metas()?.payload;
        Ok(payload
            .and_then(|p| serde_json::from_str::<Payload>(&p).ok())
            .filter(|p| p.format == FORMAT)
            .map(|p| p.watermark))
    }

    /// Number of reviews in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Puts `docs` in the index (replacing earlier versions), takes out
    /// `removed`, and records `watermark`, all in one commit.
    pub fn apply(
        &self,
        docs: &[ReviewDoc],
        removed: &[String],
        watermark: &Watermark,
    ) -> Result<(), SearchError> {
        let mut writer = self.lock_writer()?;
        let ids = docs.iter().map(|d| &d.id).chain(removed);
        for id in ids {
            writer.delete_term(Term::from_field_text(self.fields.id, id));
        }
        for doc in docs {
            writer.add_document(self.document(doc))?;
        }
        self.commit(&mut writer, watermark)
    }

    /// Empties the index, recording `watermark` (usually `synced_to: 0`).
    pub fn clear(&self, watermark: &Watermark) -> Result<(), SearchError> {
        let mut writer = self.lock_writer()?;
        writer.delete_all_documents()?;
        self.commit(&mut writer, watermark)
    }

    fn lock_writer(
        &self,
    ) -> Result<std::sync::MutexGuard<'_, IndexWriter<TantivyDocument>>, SearchError> {
        self.writer
            .lock()
            .map_err(|_| SearchError::Payload("an earlier index write failed midway".into()))
    }

    fn commit(
        &self,
        writer: &mut IndexWriter<TantivyDocument>,
        watermark: &Watermark,
    ) -> Result<(), SearchError> {
        let payload = serde_json::to_string(&Payload {
            format: FORMAT,
            watermark: watermark.clone(),
        })
        .map_err(|e| SearchError::Payload(e.to_string()))?;
        let result = writer.prepare_commit().and_then(|mut prepared| {
            prepared.set_payload(&payload);
            prepared.commit()
        });
        if let Err(error) = result {
            // Leave nothing half-applied for the next caller.
            writer.rollback()?;
            return Err(error.into());
        }
        self.reader.reload()?;
        Ok(())
    }

    fn document(&self, doc: &ReviewDoc) -> TantivyDocument {
        let f = &self.fields;
        let language = if doc.language.is_empty() {
            "und"
        } else {
            &doc.language
        };
        let mut document = TantivyDocument::default();
        document.add_text(f.id, &doc.id);
        document.add_text(f.business, &doc.business_id);
        document.add_text(f.language, language);
        for aspect in &doc.aspects {
            document.add_text(f.aspect, aspect);
        }
        document.add_u64(f.stars, u64::from(doc.stars));
        document.add_u64(f.replied, u64::from(doc.replied));
        document.add_i64(f.created, doc.created_at);
        document.add_text(f.text_for(language).1, &doc.text);
        document
    }

    /// One page of reviews matching `request`.
    pub fn search(&self, request: &SearchQuery) -> Result<SearchHits, SearchError> {
        let searcher = self.reader.searcher();
        let query = query::build(&self.fields, request);
        let limit = request.limit.max(1);
        let top = TopDocs::with_limit(limit).and_offset(request.offset);
        let (total, addresses): (usize, Vec<DocAddress>) = match request.order {
            SearchOrder::Relevance => {
                let (total, hits) = searcher.search(&query, &(Count, top.order_by_score()))?;
                (total, hits.into_iter().map(|(_, a)| a).collect())
            }
            SearchOrder::Newest => {
                let collector = top.order_by_fast_field::<i64>("created", Order::Desc);
                let (total, hits) = searcher.search(&query, &(Count, collector))?;
                (total, hits.into_iter().map(|(_, a)| a).collect())
            }
        };
        let mut ids = Vec::with_capacity(addresses.len());
        for address in addresses {
            let doc: TantivyDocument = searcher.doc(address)?;
            if let Some(id) = doc.get_first(self.fields.id).and_then(|v| v.as_str()) {
                ids.push(id.to_string());
            }
        }
        Ok(SearchHits { total, ids })
    }
}

/// Removes what is in an index directory (not the directory: it may be a
/// mount), refusing a directory that holds anything but an index.
fn clear_dir(dir: &Path) -> std::io::Result<()> {
    let entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    if !entries.is_empty() && !dir.join("meta.json").exists() {
        return Err(std::io::Error::other(
            "the directory holds files that are not a search index; choose an empty one",
        ));
    }
    for entry in entries {
        let path: PathBuf = entry.path();
        if path.is_dir() {
            std::fs::remove_dir_all(&path)?;
        } else {
            std::fs::remove_file(&path)?;
        }
    }
    Ok(())
}
