//! `candor train spam`: retrain the spam model from the shipped data plus
//! the instance's own labelled examples (moderators' decisions, Akismet
//! reports), and use it only where it beats the shipped model on held-out
//! examples of the instance. Every server picks the stored model up within
//! `RELOAD_CHECK_EVERY`.

use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use candor_store::{SpamModelRow, Store};
use candor_text::classifier::{Model, TrainConfig};
use candor_text::features::FeatureConfig;
use candor_trust::{SHIPPED_BUCKETS, SpamModel, vendored_examples};

use crate::{App, AppError, now_ms};

/// How stale the model in memory may be before the table is checked again.
const RELOAD_CHECK_EVERY: Duration = Duration::from_secs(30);
/// Labelled examples of the instance needed before retraining makes sense.
pub const MIN_INSTANCE_EXAMPLES: usize = 20;
/// One example in this many is held out (by a hash of its text).
const HOLD_OUT_ONE_IN: u64 = 5;

/// What `candor train spam` did.
#[derive(Debug, Clone, PartialEq)]
pub struct SpamTraining {
    pub vendored: usize,
    pub instance: usize,
    pub held_out: usize,
    pub accuracy: f64,
    pub shipped_accuracy: f64,
    /// Whether the retrained model is now used.
    pub chosen: bool,
}

/// The retrained model in use (if any) and the table version it reflects.
#[derive(Default)]
pub(crate) struct SpamModels {
    loaded: RwLock<Option<(Arc<SpamModel>, i64)>>,
    checked: tokio::sync::Mutex<Option<Instant>>,
}

impl SpamModels {
    /// The retrained model, if one is in use.
    pub(crate) fn current(&self) -> Option<Arc<SpamModel>> {
        self.loaded
            .read()
            .ok()
            .and_then(|l| l.as_ref().map(|(m, _)| m.clone()))
    }

    /// Reloads the model when the table changed; failures keep what is loaded.
    pub(crate) async fn refresh_if_due(&self, store: &Store) {
        let mut checked = self.checked.lock().await;
        if checked.is_some_and(|at| at.elapsed() < RELOAD_CHECK_EVERY) {
            return;
        }
        *checked = Some(Instant::now());
        let loaded_version = self
            .loaded
            .read()
            .ok()
            .and_then(|l| l.as_ref().map(|(_, v)| *v));
        match store.spam_model_version().await {
            Ok(version) if version == loaded_version => {}
            Ok(_) => self.load(store).await,
            Err(error) => tracing::warn!(%error, "cannot check for a retrained spam model"),
        }
    }

    async fn load(&self, store: &Store) {
        let row = match store.spam_model().await {
            Ok(row) => row,
            Err(error) => return tracing::warn!(%error, "cannot read the retrained spam model"),
        };
        let model = row.and_then(|row| {
            let bytes = hex::decode(&row.model).ok()?;
            let model = SpamModel::from_bytes(&bytes).ok()?;
            Some((Arc::new(model), row.trained_at))
        });
        if let Ok(mut loaded) = self.loaded.write() {
            *loaded = model;
        }
    }
}

/// Whether an example is in the held-out fifth (stable across runs).
fn held_out(text: &str) -> bool {
    candor_text::features::fnv1a(b'h', text.as_bytes()).is_multiple_of(HOLD_OUT_ONE_IN)
}

fn accuracy(model: &SpamModel, examples: &[(String, String)]) -> f64 {
    if examples.is_empty() {
        return 0.0;
    }
    let right = examples
        .iter()
        .filter(|(text, label)| (model.probability(text) >= 0.5) == (label == "spam"))
        .count();
    right as f64 / examples.len() as f64
}

impl App {
    /// Retrains the spam model; stores and uses it if it beats the shipped one.
    pub async fn train_spam(&self) -> Result<SpamTraining, AppError> {
        let instance = self.store().spam_examples().await?;
        if instance.len() < MIN_INSTANCE_EXAMPLES {
            return Err(AppError::Conflict(format!(
                "retraining needs at least {MIN_INSTANCE_EXAMPLES} labelled examples from moderation \
                 or Akismet reports; this instance has {}",
                instance.len()
            )));
        }
        let (test, own_train): (Vec<_>, Vec<_>) =
            instance.iter().cloned().partition(|(t, _)| held_out(t));
        let shipped = crate::trust::shipped_spam_model()?;
        let trained = tokio::task::spawn_blocking(move || train(own_train, &test, &shipped))
            .await
            .map_err(|e| AppError::Internal(format!("training task: {e}")))??;
        let (outcome, bytes) = trained;
        if outcome.chosen {
            let row = SpamModelRow {
                model: hex::encode(&bytes),
                accuracy: outcome.accuracy,
                shipped_accuracy: outcome.shipped_accuracy,
                examples: i64::try_from(outcome.vendored + outcome.instance).unwrap_or(i64::MAX),
                trained_at: now_ms(),
            };
            let mut tx = self.store().begin().await?;
            tx.save_spam_model(&row).await?;
            tx.commit().await?;
            self.spam_models.load(self.store()).await;
        }
        Ok(outcome)
    }
}

/// Trains on the vendored data plus `own_train`; measures both models on `test`.
fn train(
    own_train: Vec<(String, String)>,
    test: &[(String, String)],
    shipped: &SpamModel,
) -> Result<(SpamTraining, Vec<u8>), AppError> {
    let vendored = vendored_examples();
    let counts = (vendored.len(), own_train.len() + test.len());
    let mut examples = vendored;
    examples.extend(own_train);
    let config = TrainConfig {
        features: FeatureConfig {
            buckets: SHIPPED_BUCKETS,
            ..FeatureConfig::default()
        },
        ..TrainConfig::default()
    };
    let model =
        Model::train("spam", &examples, &config).map_err(|e| AppError::Internal(e.to_string()))?;
    let bytes = model.to_bytes();
    let retrained = SpamModel::from_model(model).map_err(|e| AppError::Internal(e.to_string()))?;
    let (accuracy, shipped_accuracy) = (accuracy(&retrained, test), accuracy(shipped, test));
    let outcome = SpamTraining {
        vendored: counts.0,
        instance: counts.1,
        held_out: test.len(),
        accuracy,
        shipped_accuracy,
        chosen: accuracy > shipped_accuracy,
    };
    Ok((outcome, bytes))
}
