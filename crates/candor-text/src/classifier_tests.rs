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

/// The plain way: count with a `HashMap`, then add up the squares.
fn squared_counts_reference(values: &[u32]) -> f32 {
    let mut counts = std::collections::HashMap::<u32, u64>::new();
    for &value in values {
        *counts.entry(value).or_default() += 1;
    }
    counts.values().map(|c| c * c).sum::<u64>() as f32
}

/// `n` values below `range` (0 = any u32), from a seeded generator.
fn random_values(rng: &mut SplitMix, n: usize, range: u64) -> Vec<u32> {
    (0..n)
        .map(|_| match range {
            0 => rng.next() as u32,
            _ => (rng.next() % range) as u32,
        })
        .collect()
}

#[test]
fn squared_counts_equal_the_reference_across_repeated_calls() {
    // One thread, so one scratch table: large, small and empty inputs in
    // turn, each checked, catch any count left over from an earlier call.
    // Past `KEPT_VALUES` a table of its own counts them.
    let kept = CountTable::KEPT_VALUES;
    let mut rng = SplitMix(7);
    let sizes = [
        0,
        1,
        5000,
        3,
        40,
        2000,
        0,
        17,
        9000,
        16,
        8,
        600,
        1,
        kept,
        12,
        kept + 1,
        5,
        70_000,
        2,
    ];
    for round in 0..3 {
        for &n in &sizes {
            for range in [1, 3, 50, 1 << 18, 0] {
                let values = random_values(&mut rng, n, range);
                assert_eq!(
                    sum_of_squared_counts(&values),
                    squared_counts_reference(&values),
                    "round {round}, {n} values below {range}"
                );
            }
        }
    }
    // Every value may be a key, the ones a free-slot marker might use too.
    let edges = [0, u32::MAX, 0, u32::MAX, u32::MAX, 1];
    assert_eq!(sum_of_squared_counts(&edges), 2.0 * 2.0 + 3.0 * 3.0 + 1.0);
}

#[test]
fn squared_counts_of_the_most_values_a_slot_can_count_and_more() {
    let max = CountTable::MAX_VALUES;
    let same = vec![5u32; max];
    let expected = (max as u64 * max as u64) as f32;
    assert_eq!(CountTable::new().sum_of_squared_counts(&same), expected);
    assert_eq!(sum_of_squared_counts(&same), expected);
    // One more than a slot can count: sorted and counted instead.
    let values = random_values(&mut SplitMix(5), max + 1, 1000);
    assert_eq!(
        sum_of_squared_counts(&values),
        squared_counts_reference(&values)
    );
}

#[test]
fn squared_counts_survive_the_generation_wrapping_around() {
    let mut table = CountTable::new();
    let mut rng = SplitMix(11);
    // Counted at generation 1, then again once the generation has wrapped
    // around to 1: only clearing the table keeps the first counts out.
    let first: Vec<u32> = random_values(&mut rng, 3000, 100)
        .iter()
        .map(|v| v + 1000)
        .collect();
    let expected = squared_counts_reference(&first);
    assert_eq!(table.sum_of_squared_counts(&first), expected);
    table.generation = CountTable::LAST_GENERATION - 2;
    for n in [3000, 10] {
        let values = random_values(&mut rng, n, 100);
        assert_eq!(
            table.sum_of_squared_counts(&values),
            squared_counts_reference(&values)
        );
    }
    assert_eq!(table.generation, CountTable::LAST_GENERATION);
    assert_eq!(table.sum_of_squared_counts(&first), expected);
    assert_eq!(table.generation, 1);
    for n in [3000, 0, 7, 2500] {
        let values = random_values(&mut rng, n, 1100);
        assert_eq!(
            table.sum_of_squared_counts(&values),
            squared_counts_reference(&values)
        );
    }
}

proptest::proptest! {
    #[test]
    fn squared_counts_equal_the_reference(
        values in proptest::collection::vec(proptest::prelude::any::<u32>(), 0..3000),
        small in proptest::collection::vec(0u32..64, 0..3000),
    ) {
        proptest::prop_assert_eq!(sum_of_squared_counts(&values), squared_counts_reference(&values));
        proptest::prop_assert_eq!(sum_of_squared_counts(&small), squared_counts_reference(&small));
    }
}

/// Scoring as it was before the scratch table and the in-place softmax:
/// separate vectors for the sums, the logits and the exponentials.
fn probabilities_reference(model: &Model, text: &str) -> Vec<f32> {
    let features = extract(text, &model.header.features);
    let k = model.bias.len();
    let mut sums = vec![0.0f32; k];
    for f in &features {
        let row = &model.weights[*f as usize * k..(*f as usize + 1) * k];
        for (sum, w) in sums.iter_mut().zip(row) {
            *sum += w;
        }
    }
    let norm = squared_counts_reference(&features).sqrt().max(1.0);
    let logits: Vec<f32> = model
        .bias
        .iter()
        .zip(&sums)
        .map(|(bias, sum)| bias + sum / norm)
        .collect();
    let max = logits.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let exps: Vec<f32> = logits.iter().map(|l| (l - max).exp()).collect();
    let sum: f32 = exps.iter().sum();
    exps.into_iter().map(|e| e / sum).collect()
}

#[test]
fn probabilities_are_bit_identical_to_the_reference() {
    // 2 and 3 labels take the fixed-size sums, 4 the general loop.
    let mut three = data();
    three.push(("so-so, fine".into(), "meh".into()));
    let mut four = three.clone();
    four.push(("what is this".into(), "other".into()));
    let models = [data(), three, four]
        .map(|examples| Model::train("toy", &examples, &small()).expect("train"));
    let words = [
        "great", "service", "rude", "staff", "slow", "bread", "Food!", "æøå", "😀", "and",
    ];
    let mut rng = SplitMix(3);
    let mut texts: Vec<String> = vec![String::new(), "great".into()];
    for _ in 0..300 {
        let n = (rng.next() % 400) as usize;
        let text: Vec<&str> = (0..n)
            .map(|_| words[(rng.next() % words.len() as u64) as usize])
            .collect();
        texts.push(text.join(" "));
    }
    // Features past what the per-thread table keeps.
    texts.push(words.repeat(600).join(" "));
    for model in &models {
        for text in &texts {
            let fast: Vec<u32> = model
                .probabilities(text)
                .iter()
                .map(|p| p.to_bits())
                .collect();
            let slow: Vec<u32> = probabilities_reference(model, text)
                .iter()
                .map(|p| p.to_bits())
                .collect();
            assert_eq!(fast.len(), model.header.labels.len());
            assert_eq!(fast, slow, "{text:?}");
        }
    }
}
