//! A business's moderation transparency: its reviews removed by reason and
//! by star, and the flags raised on them and what became of them. Public:
//! readers can see what was taken down and why.

use candor_store::FlagCount;

use crate::{App, AppError};

/// Removals sharing one reason, counted per star (index 0 is 1 star).
#[derive(Debug, Clone, PartialEq)]
pub struct RemovalRow {
    pub reason: String,
    pub by_star: [i64; 5],
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Transparency {
    pub removals: Vec<RemovalRow>,
    pub flags: Vec<FlagCount>,
}

/// Automated rejections list their finding codes; they count as one reason.
fn reason_group(reason: &str) -> String {
    if reason.starts_with("rejected automatically") {
        "automatic".to_string()
    } else {
        reason.to_string()
    }
}

impl App {
    pub async fn transparency(&self, slug: &str) -> Result<Transparency, AppError> {
        let business = self.business(slug).await?;
        let mut removals: Vec<RemovalRow> = Vec::new();
        for (reason, stars, count) in self.store().removals(&business.id).await? {
            let reason = reason_group(&reason);
            let index = usize::try_from(stars - 1).unwrap_or_default().min(4);
            match removals.iter_mut().find(|r| r.reason == reason) {
                Some(row) => {
                    row.by_star[index] += count;
                    row.total += count;
                }
                None => {
                    let mut by_star = [0; 5];
                    by_star[index] = count;
                    removals.push(RemovalRow {
                        reason,
                        by_star,
                        total: count,
                    });
                }
            }
        }
        removals.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.reason.cmp(&b.reason)));
        let flags = self.store().flag_counts(&business.id).await?;
        Ok(Transparency { removals, flags })
    }
}
