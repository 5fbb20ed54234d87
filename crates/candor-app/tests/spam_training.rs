//! `candor train spam`: retrained from the instance's labelled examples,
//! used only when it beats the shipped model on the held-out ones.

use candor_app::{App, AppError, MIN_INSTANCE_EXAMPLES, Settings, Store};
use candor_testkit::both_backends;

both_backends!(
    a_retrained_spam_model_learns_the_instances_own_spam,
    too_few_examples_are_refused
);

/// Spam of a kind the SMS and YouTube collections never saw.
fn local_spam(i: usize) -> String {
    format!(
        "Mortgage refinance tip {i}: the glorbex fund triples deposits, ask Sven at the glorbex desk"
    )
}

fn local_ham(i: usize) -> String {
    format!("Visit {i}: the fund manager explained the mortgage options patiently and clearly")
}

async fn add_examples(store: &Store, count: usize) {
    let mut tx = store.begin().await.expect("tx");
    for i in 0..count {
        tx.add_spam_example(&local_spam(i), "spam", "moderation", i as i64)
            .await
            .expect("spam");
        tx.add_spam_example(&local_ham(i), "ham", "moderation", i as i64)
            .await
            .expect("ham");
    }
    tx.commit().await.expect("commit");
}

async fn a_retrained_spam_model_learns_the_instances_own_spam(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let probe = "Mortgage refinance tip 999: the glorbex fund triples deposits, ask Sven at the glorbex desk".to_string();
    let before = app
        .screen_text(probe.clone())
        .await
        .expect("screen")
        .spam_score;
    add_examples(&store, 40).await;
    let report = app.train_spam().await.expect("train");
    assert_eq!(report.instance, 80);
    assert!(report.held_out > 0);
    assert!(report.chosen, "{report:?}");
    assert!(report.accuracy > report.shipped_accuracy);
    let after = app
        .screen_text(probe.clone())
        .await
        .expect("screen")
        .spam_score;
    assert!(
        after > 0.8 && after > before,
        "before {before}, after {after}"
    );
    // Another server on the same database picks it up.
    let other = App::new(store, Settings::default());
    assert_eq!(
        other.screen_text(probe).await.expect("screen").spam_score,
        after
    );
}

async fn too_few_examples_are_refused(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    add_examples(&store, 3).await;
    match app.train_spam().await {
        Err(AppError::Conflict(message)) => {
            assert!(message.contains(&MIN_INSTANCE_EXAMPLES.to_string()))
        }
        other => panic!("expected a refusal, got {other:?}"),
    }
}
