use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn input() -> ReviewInput {
    ReviewInput {
        rating: Some(4),
        title: " Good ".into(),
        body: "Fast delivery.".into(),
        author_name: "Ada".into(),
        author_email: "ada@example.org".into(),
        language: Some("nb".into()),
        experienced_on: Some("2026-11-01".into()),
        testimonial_consent: false,
    }
}

#[test]
fn a_valid_review_parses_and_is_trimmed() {
    let draft = ReviewDraft::parse(&input(), today()).expect("valid");
    assert_eq!(draft.rating.get(), 4);
    assert_eq!(draft.title, "Good");
    assert_eq!(
        draft.language.map(|l| l.as_str().to_string()),
        Some("no".into())
    );
}

#[test]
fn each_bad_field_is_named() {
    type Spoil = fn(&mut ReviewInput);
    let cases: Vec<(Spoil, &str, &str)> = vec![
        (|i| i.rating = Some(0), "rating", "out_of_range"),
        (|i| i.rating = Some(6), "rating", "out_of_range"),
        (|i| i.rating = None, "rating", "required"),
        (|i| i.body = " ".into(), "body", "required"),
        (
            |i| i.body = "x".repeat(MAX_BODY_CHARS + 1),
            "body",
            "too_long",
        ),
        (|i| i.author_name = String::new(), "author_name", "required"),
        (
            |i| i.author_email = "not-an-email".into(),
            "author_email",
            "invalid_email",
        ),
        (
            |i| i.language = Some("klingon".into()),
            "language",
            "invalid_language",
        ),
        (
            |i| i.experienced_on = Some("2026-13-01".into()),
            "experienced_on",
            "invalid_date",
        ),
        (
            |i| i.experienced_on = Some("2027-01-01".into()),
            "experienced_on",
            "out_of_range",
        ),
    ];
    for (spoil, field, code) in cases {
        let mut raw = input();
        spoil(&mut raw);
        let err = ReviewDraft::parse(&raw, today()).expect_err(field);
        assert_eq!((err.field, err.code), (field, code));
    }
}

#[test]
fn body_limit_counts_characters() {
    let mut raw = input();
    raw.body = "я".repeat(MAX_BODY_CHARS);
    assert!(ReviewDraft::parse(&raw, today()).is_ok());
}

#[test]
fn filter_parses_lists_and_rejects_junk() {
    let query = ReviewQuery {
        stars: Some("2, 1,2".into()),
        language: Some("DE".into()),
        replied: Some("no".into()),
        sort: Some("helpful".into()),
        cursor: None,
        ..ReviewQuery::default()
    };
    let filter = ReviewFilter::parse(&query).expect("valid");
    assert_eq!(
        filter.stars.iter().map(|r| r.get()).collect::<Vec<_>>(),
        vec![1, 2]
    );
    assert_eq!(filter.replied, Some(false));
    assert_eq!(filter.sort, ReviewSort::Helpful);
    for bad in [
        ReviewQuery {
            stars: Some("9".into()),
            ..Default::default()
        },
        ReviewQuery {
            sort: Some("oldest".into()),
            ..Default::default()
        },
        ReviewQuery {
            replied: Some("maybe".into()),
            ..Default::default()
        },
    ] {
        assert!(ReviewFilter::parse(&bad).is_err());
    }
}
