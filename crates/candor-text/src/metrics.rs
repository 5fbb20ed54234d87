//! Classification metrics: accuracy, macro-F1, per-class precision and
//! recall, and the confusion matrix.

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassReport {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub support: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub examples: usize,
    pub accuracy: f64,
    pub macro_f1: f64,
    /// Mean recall over classes (balanced accuracy).
    pub balanced_accuracy: f64,
    pub classes: Vec<ClassReport>,
    /// `confusion[truth][predicted]`, in `classes` order.
    pub confusion: Vec<Vec<usize>>,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

impl Report {
    /// Builds the report from `(truth, predicted)` pairs over `labels`.
    pub fn new(labels: &[String], pairs: &[(String, String)]) -> Self {
        let index = |l: &str| labels.iter().position(|x| x == l);
        let mut confusion = vec![vec![0usize; labels.len()]; labels.len()];
        for (truth, predicted) in pairs {
            if let (Some(t), Some(p)) = (index(truth), index(predicted)) {
                confusion[t][p] += 1;
            }
        }
        let classes: Vec<ClassReport> = labels
            .iter()
            .enumerate()
            .map(|(i, label)| {
                let tp = confusion[i][i];
                let predicted: usize = confusion.iter().map(|row| row[i]).sum();
                let support: usize = confusion[i].iter().sum();
                let precision = ratio(tp, predicted);
                let recall = ratio(tp, support);
                let f1 = if precision + recall == 0.0 {
                    0.0
                } else {
                    2.0 * precision * recall / (precision + recall)
                };
                ClassReport {
                    label: label.clone(),
                    precision,
                    recall,
                    f1,
                    support,
                }
            })
            .collect();
        let correct: usize = (0..labels.len()).map(|i| confusion[i][i]).sum();
        let present: Vec<&ClassReport> = classes.iter().filter(|c| c.support > 0).collect();
        let mean = |f: fn(&ClassReport) -> f64| {
            if present.is_empty() {
                0.0
            } else {
                present.iter().map(|c| f(c)).sum::<f64>() / present.len() as f64
            }
        };
        Self {
            examples: pairs.len(),
            accuracy: ratio(correct, pairs.len()),
            macro_f1: mean(|c| c.f1),
            balanced_accuracy: mean(|c| c.recall),
            classes,
            confusion,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_match_a_hand_computed_case() {
        let labels = vec!["a".to_string(), "b".to_string()];
        let pairs: Vec<(String, String)> = [("a", "a"), ("a", "b"), ("b", "b"), ("b", "b")]
            .iter()
            .map(|(t, p)| (t.to_string(), p.to_string()))
            .collect();
        let r = Report::new(&labels, &pairs);
        assert_eq!(r.accuracy, 0.75);
        assert_eq!(r.confusion, vec![vec![1, 1], vec![0, 2]]);
        assert_eq!((r.classes[0].precision, r.classes[0].recall), (1.0, 0.5));
        assert!((r.classes[1].precision - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(r.balanced_accuracy, 0.75);
    }
}
