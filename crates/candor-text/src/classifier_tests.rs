use super::*;

fn data() -> Vec<(String, String)> {
    let positive = [
        "great service",
        "lovely staff and fast delivery",
        "excellent bread",
        "very friendly and helpful",
        "fast and cheap, great",
    ];
    let negative = [
        "terrible service",
        "rude staff and slow delivery",
        "stale bread",
        "very unfriendly and unhelpful",
        "slow and expensive, awful",
    ];
    positive
        .iter()
        .map(|t| (t.to_string(), "pos".to_string()))
        .chain(negative.iter().map(|t| (t.to_string(), "neg".to_string())))
        .collect()
}

fn small() -> TrainConfig {
    TrainConfig {
        features: FeatureConfig {
            buckets: 1 << 12,
            ..FeatureConfig::default()
        },
        epochs: 30,
        ..TrainConfig::default()
    }
}

#[test]
fn it_learns_a_separable_task() {
    let model = Model::train("toy", &data(), &small()).expect("train");
    assert_eq!(model.predict("great and friendly staff").0, "pos");
    assert_eq!(model.predict("awful and rude service").0, "neg");
    let p = model.probabilities("excellent");
    assert!((p.iter().sum::<f32>() - 1.0).abs() < 1e-4);
}

#[test]
fn training_is_deterministic_given_a_seed() {
    let a = Model::train("toy", &data(), &small()).expect("train");
    let b = Model::train("toy", &data(), &small()).expect("train");
    assert_eq!(a.to_bytes(), b.to_bytes());
    let other = TrainConfig { seed: 7, ..small() };
    let c = Model::train("toy", &data(), &other).expect("train");
    assert_ne!(a.to_bytes(), c.to_bytes());
}

#[test]
fn save_and_load_round_trip() {
    let model = Model::train("toy", &data(), &small()).expect("train");
    let loaded = Model::from_bytes(&model.to_bytes()).expect("load");
    assert_eq!(loaded, model);
}

#[test]
fn other_files_and_versions_are_refused_clearly() {
    let mut bytes = Model::train("toy", &data(), &small())
        .expect("train")
        .to_bytes();
    bytes[8..12].copy_from_slice(&2u32.to_le_bytes());
    assert_eq!(
        Model::from_bytes(&bytes),
        Err(ModelError::Version { found: 2 })
    );
    assert_eq!(
        Model::from_bytes(b"PK\x03\x04 zip file"),
        Err(ModelError::NotAModel)
    );
    let good = Model::train("toy", &data(), &small())
        .expect("train")
        .to_bytes();
    assert!(matches!(
        Model::from_bytes(&good[..good.len() - 3]),
        Err(ModelError::Corrupt(_))
    ));
}

#[test]
fn one_label_is_not_enough() {
    let one = vec![("a".to_string(), "x".to_string())];
    assert!(matches!(
        Model::train("t", &one, &small()),
        Err(ModelError::NotEnoughData { .. })
    ));
}

#[test]
fn fast_scoring_equals_scoring_the_unit_vector() {
    let model = Model::train("toy", &data(), &small()).expect("train");
    let texts = [
        "great great great food, lovely staff",
        "terrible terrible service and cold food food food",
        "",
        "Привет, мир! æøå — emoji 😀😀",
    ];
    for text in texts {
        let slow = model.probabilities_of(&vectorize(text, &model.header.features));
        let fast = model.probabilities(text);
        assert_eq!(slow.len(), fast.len());
        for (a, b) in slow.iter().zip(&fast) {
            assert!((a - b).abs() < 1e-5, "{text:?}: {slow:?} vs {fast:?}");
        }
    }
}

#[test]
fn squared_counts_are_counted() {
    // 7 once, 3 twice, 9 three times: 1 + 4 + 9.
    assert_eq!(sum_of_squared_counts(&[9, 3, 7, 9, 3, 9]), 14.0);
    assert_eq!(sum_of_squared_counts(&[]), 0.0);
    let many: Vec<u32> = (0..5000).map(|i| i % 1000).collect();
    assert_eq!(sum_of_squared_counts(&many), 1000.0 * 25.0);
}
