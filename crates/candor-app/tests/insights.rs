//! Insights end to end on both backends: the rollups give the hand-computed
//! figures and follow removals; the 40:1 example comes out of a business's
//! economics; promises are found in reviews written in other languages;
//! report links and testimonials; another organisation sees nothing.

use std::io::Cursor;

use candor_app::bulk_import::{
    Format, ImportCounts, ImportObserver, ImportOptions, Mapping, Records, Reject,
};
use candor_app::insights::{EconomicsQuery, InsightFilter, NewPromise};
use candor_app::{App, AppError, NewStaff, Settings, Store, User};
use candor_core::{Rating, RatingBucket, ReviewInput, ReviewStatus, Role, ScoreBreakdown};
use candor_store::{Business, DAY_MS, ErasePolicy};
use candor_testkit::both_backends;

both_backends!(
    rollups_give_the_hand_computed_figures_and_follow_removals,
    the_seed_forty_comes_out_of_a_business_economics,
    promises_are_found_in_other_languages,
    reports_testimonials_and_erasure,
    another_organisation_sees_nothing,
);

struct Quiet;

impl ImportObserver for Quiet {
    fn rejected(&mut self, reject: &Reject) -> Result<(), AppError> {
        panic!("unexpected reject: {reject:?}");
    }

    fn progress(&mut self, _counts: &ImportCounts) {}
}

const MAPPING: &str = r#"{"external_id": "id", "rating": "stars", "body": "text",
    "author_name": "name", "author_email": "email", "written_at": "date", "language": "lang"}"#;

/// January and February 2026: 1-star ×2, 3 ×1, 4 ×1, 5 ×4.
const REVIEWS: &str = "id,stars,text,name,email,date,lang\n\
1,5,\"Absolutely fantastic!!! The best service I have ever had, the staff were wonderful and I will come back every single week.\",Ann,ann@example.com,2026-01-10,en\n\
2,5,Good.,Ben,ben@example.com,2026-01-10,en\n\
3,5,Good.,Cid,cid@example.com,2026-01-11,en\n\
4,5,Good.,Dan,dan@example.com,2026-01-11,en\n\
5,1,\"I ordered online and the delivery was two weeks late. Customer service never answered my emails, terrible!!!\",Eve,eve@example.com,2026-01-12,en\n\
6,1,\"I didn't know the sensor waits ten seconds before it records. Nobody told me and the delivery was late.\",Fay,fay@example.com,2026-01-12,en\n\
7,4,Nice place.,Gus,gus@example.com,2026-02-03,en\n\
8,3,It was ok.,Hal,hal@example.com,2026-02-20,en\n";

fn day(date: &str) -> i64 {
    let d = chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").expect("date");
    candor_app::insights::day_of(d)
}

fn filter(from: &str, to: &str) -> InsightFilter {
    InsightFilter::parse(Some(from), Some(to), None, None, day("2026-11-24")).expect("filter")
}

async fn setup(app: &App, org: &str, slug: &str, csv: &str) -> (User, Business) {
    let staff = NewStaff {
        email: &format!("owner@{org}.example"),
        name: "Owner",
        role: Role::Owner,
    };
    let (owner, _) = app.create_owner(org, staff).await.expect("owner");
    let business = app
        .create_business(org, slug, slug, "")
        .await
        .expect("business");
    let records = Records::new(
        Box::new(Cursor::new(csv.as_bytes().to_vec())),
        Format::Csv,
        &[],
    )
    .expect("records");
    let options = ImportOptions {
        source: "shop".into(),
        defer_analysis: false,
        batch_size: 100,
    };
    let mapping = Mapping::from_json(MAPPING).expect("mapping");
    app.import_reviews(&business, &owner, records, &mapping, &options, &mut Quiet)
        .await
        .expect("import");
    (owner, business)
}

async fn rollups_give_the_hand_computed_figures_and_follow_removals(store: Store) {
    let app = App::new(store.clone(), Settings::default());
    let (owner, business) = setup(&app, "Cafe", "cafe", REVIEWS).await;
    let range = filter("2026-01-01", "2026-02-28");
    let d = app
        .dashboard(&owner, "cafe", &range)
        .await
        .expect("dashboard");
    assert_eq!(d.backlog, 0);
    assert_eq!(d.range.reviews, 8);
    assert_eq!(d.range.stars, [2, 0, 1, 1, 4]);
    // (2·1 + 3 + 4 + 4·5) / 8 = 29 / 8
    assert_eq!(d.range.mean, Some(29.0 / 8.0));
    assert_eq!(d.trend.len(), 2, "two months");
    assert_eq!((d.trend[0].reviews, d.trend[1].reviews), (6, 2));
    assert_eq!(d.trend[0].mean, Some(22.0 / 6.0));
    assert_eq!(d.trend[1].mean, Some(3.5));
    // The score is the public formula as of the range's last day.
    let end = day("2026-02-28");
    let bucket = |stars: u8, date: &str, count: u64| RatingBucket {
        rating: Rating::try_from(i64::from(stars)).expect("stars"),
        age_days: end - day(date),
        count,
    };
    let expected = ScoreBreakdown::compute(
        Settings::default().score,
        &[
            bucket(5, "2026-01-10", 2),
            bucket(5, "2026-01-11", 2),
            bucket(1, "2026-01-12", 2),
            bucket(4, "2026-02-03", 1),
            bucket(3, "2026-02-20", 1),
        ],
    );
    assert!(
        (d.score.score - expected.score).abs() < 1e-9,
        "{} vs {}",
        d.score.score,
        expected.score
    );
    let s = d.segments;
    assert_eq!(s.ambassadors + s.detractors + s.indifferent, 8);
    assert!(s.ambassadors >= 1, "the passionate 5-star review: {s:?}");
    assert!(s.detractors >= 1, "the angry 1-star review: {s:?}");
    let causes = app
        .root_causes(&owner, "cafe", &range)
        .await
        .expect("causes");
    assert_eq!(causes.complaints, 2);
    let delivery = causes
        .stages
        .iter()
        .find(|st| st.stage == "delivery")
        .expect("delivery");
    assert_eq!(delivery.complaints, 2);
    assert!(
        !causes.education.is_empty(),
        "the sensor complaint is an education gap"
    );
    let gap = &causes.education[0];
    assert!(gap.examples[0].1.contains("didn't know"), "{gap:?}");

    // Take the first 1-star review down: the figures follow.
    let review = store
        .review_by_external_id(&business.id, "shop", "5")
        .await
        .expect("read")
        .expect("review 5")
        .review;
    let mut tx = store.begin().await.expect("tx");
    tx.set_review_status(
        &review,
        ReviewStatus::Removed,
        "test",
        "test",
        candor_app::now_ms(),
    )
    .await
    .expect("remove");
    tx.commit().await.expect("commit");
    let d = app
        .dashboard(&owner, "cafe", &range)
        .await
        .expect("dashboard");
    assert_eq!(d.range.stars, [1, 0, 1, 1, 4]);
    let causes = app
        .root_causes(&owner, "cafe", &range)
        .await
        .expect("causes");
    assert_eq!(causes.complaints, 1);

    // A rebuild from scratch gives the same figures.
    app.rebuild_insights().await.expect("rebuild");
    let again = app
        .dashboard(&owner, "cafe", &range)
        .await
        .expect("dashboard");
    assert_eq!(again.range, d.range);
    assert_eq!(again.segments, d.segments);
}

async fn the_seed_forty_comes_out_of_a_business_economics(store: Store) {
    let app = App::new(store, Settings::default());
    let (owner, _) = setup(&app, "Cafe", "cafe", REVIEWS).await;
    let range = filter("2026-01-01", "2026-02-28");
    let seed = EconomicsQuery {
        target: Some(4.0),
        happy_review_probability: Some(0.1),
        unhappy_review_probability: Some(1.0),
        happy_stars: Some(5.0),
        unhappy_stars: Some(1.0),
        ..Default::default()
    };
    let e = app
        .economics(&owner, "cafe", &range, &seed)
        .await
        .expect("economics");
    assert_eq!(e.offset.reviews_to_stay_above, 4);
    assert!(
        (e.offset.good_experiences - 40.0).abs() < 1e-9,
        "{}",
        e.offset.good_experiences
    );
    // (29 + 5G) / (8 + G) ≥ 4  ⇔  G ≥ 3; 3 good reviews / 0.1 = 30 experiences.
    assert_eq!(e.debt.good_reviews_needed, 3);
    assert!((e.debt.good_experiences_needed - 30.0).abs() < 1e-9);
    assert_eq!(e.scenarios.len(), 4);
    let last = |i: usize| e.scenarios[i].points.last().expect("point").expected_mean;
    assert!(
        last(2) > last(0),
        "winning back unhappy customers raises the mean"
    );
    let bad = EconomicsQuery {
        target: Some(5.5),
        ..Default::default()
    };
    let refused = app.economics(&owner, "cafe", &range, &bad).await;
    assert!(matches!(refused, Err(AppError::Invalid(_))), "{refused:?}");
}

async fn promises_are_found_in_other_languages(store: Store) {
    let app = App::new(store, Settings::default());
    let reviews = "id,stars,text,name,email,date,lang\n\
        1,5,\"Finansieringen blev godkendt på et minut, super hurtigt.\",Ann,ann@example.com,2026-03-02,da\n\
        2,1,\"Die Finanzierung hat drei Tage gedauert, nicht eine Minute.\",Ben,ben@example.com,2026-03-03,de\n\
        3,4,\"Nice coffee and a friendly barista.\",Cid,cid@example.com,2026-03-04,en\n";
    let (owner, _) = setup(&app, "Cars", "cars", reviews).await;
    let promise = NewPromise {
        text: "Financing approved in one minute".into(),
        language: "en".into(),
        keywords: Default::default(),
    };
    app.add_promise(&owner, "cars", &promise)
        .await
        .expect("promise");
    let range = filter("2026-03-01", "2026-03-31");
    let (_, reports) = app
        .promise_reports(&owner, "cars", &range)
        .await
        .expect("reports");
    assert_eq!(reports.len(), 1);
    let r = &reports[0];
    assert!(!r.scanning, "the scan of earlier reviews finished");
    assert_eq!((r.kept, r.broken), (1, 1), "{r:?}");
    assert!(r.kept_examples[0].sentence.contains("Finansieringen"));
    assert!(r.broken_examples[0].sentence.contains("Finanzierung"));
    let empty = NewPromise {
        text: "x".into(),
        language: "en".into(),
        keywords: Default::default(),
    };
    assert!(matches!(
        app.add_promise(&owner, "cars", &empty).await,
        Err(AppError::Invalid(_))
    ));
}

async fn reports_testimonials_and_erasure(store: Store) {
    let app = App::new(store, Settings::default());
    let (owner, _) = setup(&app, "Cafe", "cafe", REVIEWS).await;
    let input = ReviewInput {
        rating: Some(5),
        title: "Lovely".into(),
        body: "Lovely cakes and a warm welcome, we will be back.".into(),
        author_name: "Quinn".into(),
        author_email: "quinn@example.com".into(),
        language: Some("en".into()),
        experienced_on: None,
        testimonial_consent: true,
    };
    let consented = app
        .submit_review("cafe", &input, "organic")
        .await
        .expect("submit");
    let (_, candidates, _) = app
        .testimonial_candidates(&owner, "cafe")
        .await
        .expect("candidates");
    assert_eq!(
        candidates.len(),
        1,
        "only the consented review can be chosen"
    );
    let other = app
        .store()
        .review_by_external_id(&candidates[0].business_id, "shop", "1")
        .await
        .expect("read")
        .expect("review 1")
        .review;
    let refused = app
        .choose_testimonials(
            &owner,
            "cafe",
            &[consented.review.id.clone(), other.id.clone()],
        )
        .await;
    assert!(matches!(refused, Err(AppError::Invalid(_))), "{refused:?}");
    let chosen = app
        .choose_testimonials(&owner, "cafe", std::slice::from_ref(&consented.review.id))
        .await
        .expect("choose");
    assert_eq!(chosen.len(), 1);

    let range = filter("2026-01-01", "2026-02-28");
    let share = app
        .share_report(&owner, "cafe", &range)
        .await
        .expect("share");
    let shared = app.shared_report(&share.token).await.expect("shared");
    assert_eq!(shared.dashboard.range.reviews, 8);
    let pdf = candor_app::insights::report_pdf(&shared, &app.translator("ru"));
    assert!(pdf.starts_with(b"%PDF-") && pdf.len() > 1_000);
    app.revoke_report_link(&owner, "cafe", &share.link.id)
        .await
        .expect("revoke");
    assert!(matches!(
        app.shared_report(&share.token).await,
        Err(AppError::NotFound(_))
    ));
    assert!(matches!(
        app.shared_report("rp_nope").await,
        Err(AppError::NotFound(_))
    ));

    // Erasing the reviewer takes the testimonial (and its consent) away.
    app.erase_reviewer("quinn@example.com", ErasePolicy::Anonymise)
        .await
        .expect("erase");
    let (_, candidates, chosen) = app
        .testimonial_candidates(&owner, "cafe")
        .await
        .expect("read");
    assert!(candidates.is_empty() && chosen.is_empty());
    let _ = DAY_MS;
}

async fn another_organisation_sees_nothing(store: Store) {
    let app = App::new(store, Settings::default());
    setup(&app, "Cafe", "cafe", REVIEWS).await;
    let (stranger, _) = setup(
        &app,
        "Other",
        "other",
        "id,stars,text,name,email,date,lang\n",
    )
    .await;
    let range = filter("2026-01-01", "2026-02-28");
    let not_found =
        |r: Result<(), AppError>| assert!(matches!(r, Err(AppError::NotFound(_))), "{r:?}");
    not_found(app.dashboard(&stranger, "cafe", &range).await.map(|_| ()));
    not_found(
        app.economics(&stranger, "cafe", &range, &Default::default())
            .await
            .map(|_| ()),
    );
    not_found(
        app.promise_reports(&stranger, "cafe", &range)
            .await
            .map(|_| ()),
    );
    not_found(app.root_causes(&stranger, "cafe", &range).await.map(|_| ()));
    not_found(app.report(&stranger, "cafe", &range).await.map(|_| ()));
    not_found(
        app.share_report(&stranger, "cafe", &range)
            .await
            .map(|_| ()),
    );
    not_found(app.report_links(&stranger, "cafe").await.map(|_| ()));
    not_found(
        app.testimonial_candidates(&stranger, "cafe")
            .await
            .map(|_| ()),
    );
    not_found(
        app.choose_testimonials(&stranger, "cafe", &[])
            .await
            .map(|_| ()),
    );
    let promise = NewPromise {
        text: "Fast delivery".into(),
        language: "en".into(),
        keywords: Default::default(),
    };
    not_found(
        app.add_promise(&stranger, "cafe", &promise)
            .await
            .map(|_| ()),
    );
    let org = app
        .organisation_dashboard(&stranger, &range)
        .await
        .expect("own org");
    assert_eq!(org.rows.len(), 1, "only its own business");
    assert_eq!(org.total.reviews, 0);
}
