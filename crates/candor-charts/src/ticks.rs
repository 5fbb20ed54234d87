//! Round-number axis ticks and value domains.

/// Upper bound on the ticks returned, so absurd inputs cannot allocate much.
const MAX_TICKS: usize = 1000;

/// Round-number ticks (steps of 1, 2 or 5 × 10ⁿ) covering `min..=max` with
/// roughly `count` ticks; the first tick is ≤ `min`, the last ≥ `max`.
///
/// Returns an empty vector for non-finite bounds or `count == 0`, and just
/// `[min]` when `min == max`. Never returns a non-finite tick (so ranges near
/// `±f64::MAX` may not be fully covered). The bounds may be given in either order.
///
/// ```
/// assert_eq!(candor_charts::nice_ticks(0.0, 5.0, 6), vec![0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
/// assert_eq!(candor_charts::nice_ticks(0.0, 37.0, 5), vec![0.0, 10.0, 20.0, 30.0, 40.0]);
/// ```
pub fn nice_ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    if !min.is_finite() || !max.is_finite() || count == 0 {
        return Vec::new();
    }
    let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
    let span = hi - lo;
    if !span.is_finite() {
        return Vec::new();
    }
    if span == 0.0 {
        return vec![lo];
    }
    let step = nice_number(span / (count.max(2) - 1) as f64);
    if !step.is_finite() || step <= 0.0 {
        return Vec::new();
    }
    // The epsilon stops 0.3 / 0.1 = 2.9999… from adding a spurious tick.
    let first = (lo / step + 1e-9).floor();
    let last = (hi / step - 1e-9).ceil();
    let n = (last - first).clamp(0.0, MAX_TICKS as f64) as usize;
    let decimals = (-step.log10().floor()).max(0.0) as i32;
    (0..=n)
        .map(|j| round_to((first + j as f64) * step, decimals))
        // Near ±f64::MAX the covering tick can overflow; dropping it beats inf.
        .filter(|t| t.is_finite())
        .collect()
}

/// The "nice number" (1, 2, 5 or 10 times a power of ten) nearest `x`.
fn nice_number(x: f64) -> f64 {
    let base = 10f64.powf(x.log10().floor());
    let nice = match x / base {
        f if f < 1.5 => 1.0,
        f if f < 3.0 => 2.0,
        f if f < 7.0 => 5.0,
        _ => 10.0,
    };
    nice * base
}

/// Removes float noise such as 0.30000000000000004 from a tick.
fn round_to(v: f64, decimals: i32) -> f64 {
    if decimals > 15 {
        return v;
    }
    let p = 10f64.powi(decimals);
    let r = (v * p).round() / p;
    if r == 0.0 { 0.0 } else { r }
}

/// Integer ticks for a count axis from 0 to at least `max` (counts have no
/// fractional ticks, so for small maxima every integer is a tick).
pub(crate) fn count_ticks(max: u64) -> Vec<f64> {
    let mut ticks = nice_ticks(0.0, max as f64, 5);
    ticks.retain(|t| t.fract() == 0.0);
    ticks
}

/// The y domain for value charts: the caller's range when usable, otherwise
/// the data's own range (widened when all values are equal).
pub(crate) fn value_domain<'a>(
    y_min: f64,
    y_max: f64,
    values: impl Iterator<Item = &'a Option<f64>>,
) -> (f64, f64) {
    if y_min.is_finite() && y_max.is_finite() && y_max > y_min && (y_max - y_min).is_finite() {
        return (y_min, y_max);
    }
    let (lo, hi) = values
        .filter_map(|v| v.filter(|v| v.is_finite()))
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if !lo.is_finite() || !hi.is_finite() {
        (0.0, 1.0)
    } else if hi > lo && (hi - lo).is_finite() {
        (lo, hi)
    } else {
        (lo - 1.0, hi + 1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_range() {
        assert_eq!(nice_ticks(1.0, 5.0, 5), vec![1.0, 2.0, 3.0, 4.0, 5.0]);
        assert_eq!(nice_ticks(0.0, 1.0, 6), vec![0.0, 0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(nice_ticks(0.3, 0.9, 4), vec![0.2, 0.4, 0.6, 0.8, 1.0]);
        assert_eq!(nice_ticks(0.0, 1234.0, 5), vec![0.0, 500.0, 1000.0, 1500.0]);
        assert_eq!(nice_ticks(-3.0, 3.0, 4), vec![-4.0, -2.0, 0.0, 2.0, 4.0]);
        assert_eq!(nice_ticks(5.0, 1.0, 5), nice_ticks(1.0, 5.0, 5));
    }

    #[test]
    fn degenerate_inputs() {
        assert!(nice_ticks(f64::NAN, 1.0, 5).is_empty());
        assert!(nice_ticks(0.0, f64::INFINITY, 5).is_empty());
        assert!(nice_ticks(0.0, 1.0, 0).is_empty());
        assert!(nice_ticks(-f64::MAX, f64::MAX, 5).is_empty());
        assert_eq!(nice_ticks(2.0, 2.0, 5), vec![2.0]);
        assert!(nice_ticks(0.0, 1e-300, 5).len() <= MAX_TICKS + 1);
    }

    #[test]
    fn count_ticks_are_integers() {
        assert_eq!(count_ticks(1), vec![0.0, 1.0]);
        assert_eq!(count_ticks(3), vec![0.0, 1.0, 2.0, 3.0]);
        assert_eq!(count_ticks(37), vec![0.0, 10.0, 20.0, 30.0, 40.0]);
    }

    #[test]
    fn domain_falls_back_to_data() {
        let v = [Some(2.0), None, Some(4.0)];
        assert_eq!(value_domain(1.0, 5.0, v.iter()), (1.0, 5.0));
        assert_eq!(value_domain(5.0, 5.0, v.iter()), (2.0, 4.0));
        assert_eq!(value_domain(f64::NAN, 5.0, [Some(3.0)].iter()), (2.0, 4.0));
        assert_eq!(value_domain(f64::NAN, 5.0, [None].iter()), (0.0, 1.0));
    }
}
