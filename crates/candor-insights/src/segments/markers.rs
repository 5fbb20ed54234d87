//! Written intensity: exclamation, shouting and stretched letters.

/// Counts intensity markers in a review text. Three kinds add up:
///
/// 1. each run of exclamation marks (`!` or the full-width `！`): "wow!!!"
///    is one marker, "Great! Really!" two;
/// 2. each shouted word: a word (a run of letters, any script) with at least
///    3 upper-case letters and no lower-case one, by `char::is_uppercase` /
///    `is_lowercase`: "AWFUL", "УЖАСНО". Scripts without case never shout;
/// 3. each stretched letter: the same letter 3 or more times in a row,
///    ignoring case: "sooo", "goood", "NOOO".
///
/// "SOOO!!!" therefore counts 3. Known false positives, accepted because
/// [`super::passion`] saturates intensity: acronyms ("IKEA"), Roman numerals
/// ("VIII") and compounds with a tripled letter (German "Schifffahrt").
pub fn intensity_markers(text: &str) -> u32 {
    exclamation_runs(text)
        .saturating_add(shouted_words(text))
        .saturating_add(stretched_letters(text))
}

fn is_bang(c: char) -> bool {
    c == '!' || c == '！'
}

fn exclamation_runs(text: &str) -> u32 {
    let mut runs = 0u32;
    let mut in_run = false;
    for c in text.chars() {
        let bang = is_bang(c);
        if bang && !in_run {
            runs = runs.saturating_add(1);
        }
        in_run = bang;
    }
    runs
}

fn shouted_words(text: &str) -> u32 {
    let shouted = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|word| is_shouted(word))
        .count();
    u32::try_from(shouted).unwrap_or(u32::MAX)
}

fn is_shouted(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 3 && !word.chars().any(char::is_lowercase)
}

fn stretched_letters(text: &str) -> u32 {
    let mut stretches = 0u32;
    let mut previous: Option<char> = None;
    let mut run = 0u32;
    for c in text.chars() {
        let same = previous.is_some_and(|p| same_letter(p, c));
        run = if same { run.saturating_add(1) } else { 1 };
        // Count a stretch once, when it reaches its third letter.
        if run == 3 && c.is_alphabetic() {
            stretches = stretches.saturating_add(1);
        }
        previous = Some(c);
    }
    stretches
}

fn same_letter(a: char, b: char) -> bool {
    a.is_alphabetic() && a.to_lowercase().eq(b.to_lowercase())
}
