//! A cache of rendered public pages. An entry is reused while the business's
//! page version (bumped in the same transaction as every write that changes
//! the page) is unchanged. The version is re-read at most once per second, so
//! several app nodes sharing one database see each other's writes within a
//! second; an entry also expires after a minute because the score's recency
//! weight moves with time.

use std::collections::HashMap;
use std::sync::RwLock;
use std::time::{Duration, Instant};

const RECHECK_AFTER: Duration = Duration::from_secs(1);
const MAX_AGE: Duration = Duration::from_secs(60);
const MAX_ENTRIES: usize = 4096;

struct Entry {
    version: i64,
    html: String,
    rendered_at: Instant,
    checked_at: Instant,
}

#[derive(Default)]
pub struct PageCache {
    entries: RwLock<HashMap<String, Entry>>,
}

/// What the cache knows of a key right now.
pub enum Lookup {
    /// Fresh enough to serve without asking the database.
    Fresh(String),
    /// Serve it only if the stored version is still `version`.
    Check {
        version: i64,
    },
    Miss,
}

impl PageCache {
    pub fn lookup(&self, key: &str) -> Lookup {
        let Ok(entries) = self.entries.read() else {
            return Lookup::Miss;
        };
        match entries.get(key) {
            Some(e) if e.rendered_at.elapsed() > MAX_AGE => Lookup::Miss,
            Some(e) if e.checked_at.elapsed() < RECHECK_AFTER => Lookup::Fresh(e.html.clone()),
            Some(e) => Lookup::Check { version: e.version },
            None => Lookup::Miss,
        }
    }

    /// Confirms an entry's version is current; returns its page.
    pub fn confirm(&self, key: &str) -> Option<String> {
        let mut entries = self.entries.write().ok()?;
        let entry = entries.get_mut(key)?;
        entry.checked_at = Instant::now();
        Some(entry.html.clone())
    }

    pub fn store(&self, key: String, version: i64, html: String) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        if entries.len() >= MAX_ENTRIES {
            entries.clear();
        }
        let now = Instant::now();
        entries.insert(
            key,
            Entry {
                version,
                html,
                rendered_at: now,
                checked_at: now,
            },
        );
    }

    /// Forgets every page of a business after a write on this node.
    pub fn invalidate(&self, slug: &str) {
        let prefix = format!("{slug}|");
        if let Ok(mut entries) = self.entries.write() {
            entries.retain(|key, _| !key.starts_with(&prefix));
        }
    }
}
