//! The index on its own: analysers per language, filters, replacing and
//! removing reviews, and the watermark kept across reopening.

use candor_search::{ReviewDoc, SearchError, SearchIndex, SearchOrder, SearchQuery, Watermark};

fn doc(id: &str, business: &str, stars: u8, language: &str, text: &str) -> ReviewDoc {
    ReviewDoc {
        id: id.into(),
        business_id: business.into(),
        stars,
        language: language.into(),
        aspects: Vec::new(),
        replied: id.starts_with("de"),
        created_at: id.len() as i64,
        text: text.into(),
    }
}

fn mark(synced_to: i64) -> Watermark {
    Watermark {
        instance: "test".into(),
        synced_to,
    }
}

fn ids(index: &SearchIndex, query: SearchQuery) -> Vec<String> {
    let mut ids = index
        .search(&SearchQuery { limit: 50, ..query })
        .expect("search")
        .ids;
    ids.sort();
    ids
}

fn text(q: &str) -> SearchQuery {
    SearchQuery {
        text: q.into(),
        ..SearchQuery::default()
    }
}

fn sample() -> SearchIndex {
    let index = SearchIndex::in_memory().expect("index");
    let docs = [
        doc(
            "de1",
            "b1",
            1,
            "de",
            "Die Lieferung kam zwei Wochen zu spät.",
        ),
        doc(
            "de2",
            "b1",
            5,
            "de",
            "Schnelle Lieferungen, freundliche Mitarbeiter.",
        ),
        doc("ru1", "b1", 2, "ru", "Я ждал машину три недели."),
        doc("ru2", "b2", 5, "ru", "Отличные машины и честная цена."),
        doc("en1", "b2", 4, "en", "The cars were delivered quickly."),
        doc("sw1", "b2", 5, "sw", "Huduma nzuri sana, gari safi."),
    ];
    index.apply(&docs, &[], &mark(10)).expect("apply");
    index
}

#[test]
fn german_plural_and_singular_find_each_other() {
    let index = sample();
    assert_eq!(ids(&index, text("Lieferungen")), vec!["de1", "de2"]);
    assert_eq!(ids(&index, text("lieferung")), vec!["de1", "de2"]);
}

#[test]
fn russian_case_forms_find_each_other() {
    let index = sample();
    // Accusative "машину" and nominative plural "машины" share a stem.
    assert_eq!(ids(&index, text("машина")), vec!["ru1", "ru2"]);
    assert_eq!(ids(&index, text("машинами")), vec!["ru1", "ru2"]);
}

#[test]
fn every_word_must_match_and_phrases_keep_their_order() {
    let index = sample();
    assert_eq!(ids(&index, text("lieferung spät")), vec!["de1"]);
    assert_eq!(ids(&index, text("\"huduma nzuri\"")), vec!["sw1"]);
    assert!(ids(&index, text("\"nzuri huduma\"")).is_empty());
    assert!(ids(&index, text("lieferung pizza")).is_empty());
}

#[test]
fn filters_narrow_the_matches() {
    let index = sample();
    let all = |query: SearchQuery| ids(&index, query);
    assert_eq!(
        all(SearchQuery {
            business_id: Some("b2".into()),
            ..SearchQuery::default()
        }),
        vec!["en1", "ru2", "sw1"]
    );
    assert_eq!(
        all(SearchQuery {
            stars: vec![1, 2],
            ..SearchQuery::default()
        }),
        vec!["de1", "ru1"]
    );
    assert_eq!(
        all(SearchQuery {
            replied: Some(true),
            ..SearchQuery::default()
        }),
        vec!["de1", "de2"]
    );
    assert_eq!(
        all(SearchQuery {
            language: Some("ru".into()),
            business_id: Some("b1".into()),
            ..SearchQuery::default()
        }),
        vec!["ru1"]
    );
}

#[test]
fn aspects_filter_and_newest_order() {
    let index = SearchIndex::in_memory().expect("index");
    let mut late = doc("a", "b", 1, "en", "Late delivery again");
    late.aspects = vec!["delivery".into()];
    late.created_at = 1;
    let mut later = doc("b", "b", 2, "en", "Delivery lost");
    later.aspects = vec!["delivery".into(), "customer_service".into()];
    later.created_at = 2;
    index.apply(&[late, later], &[], &mark(1)).expect("apply");
    let hits = index
        .search(&SearchQuery {
            aspect: Some("delivery".into()),
            order: SearchOrder::Newest,
            limit: 10,
            ..SearchQuery::default()
        })
        .expect("search");
    assert_eq!(
        (hits.total, hits.ids),
        (2, vec!["b".to_string(), "a".to_string()])
    );
    let service = SearchQuery {
        aspect: Some("customer_service".into()),
        ..SearchQuery::default()
    };
    assert_eq!(ids(&index, service), vec!["b"]);
}

#[test]
fn pages_count_all_matches() {
    let index = sample();
    let page = index
        .search(&SearchQuery {
            limit: 2,
            offset: 2,
            ..SearchQuery::default()
        })
        .expect("search");
    assert_eq!(page.total, 6);
    assert_eq!(page.ids.len(), 2);
}

#[test]
fn applying_again_replaces_and_removed_reviews_disappear() {
    let index = sample();
    let edited = doc("de1", "b1", 4, "de", "Alles bestens.");
    index
        .apply(&[edited], &["ru2".into()], &mark(20))
        .expect("apply");
    assert_eq!(ids(&index, text("lieferung")), vec!["de2"]);
    assert_eq!(ids(&index, text("bestens")), vec!["de1"]);
    assert!(ids(&index, text("машина")).iter().all(|id| id != "ru2"));
    assert_eq!(index.len(), 5);
    assert_eq!(index.watermark().expect("meta"), Some(mark(20)));
}

#[test]
fn the_index_and_its_watermark_survive_reopening() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let index = SearchIndex::open(dir.path()).expect("open");
        assert_eq!(index.watermark().expect("meta"), None);
        index
            .apply(&[doc("x", "b", 5, "da", "Hurtig levering")], &[], &mark(42))
            .expect("apply");
    }
    let index = SearchIndex::open(dir.path()).expect("reopen");
    assert_eq!(index.watermark().expect("meta"), Some(mark(42)));
    assert_eq!(ids(&index, text("leveringen")), vec!["x"]);
    index.clear(&mark(0)).expect("clear");
    assert!(index.is_empty());
}

#[test]
fn a_second_writer_on_one_directory_is_refused_clearly() {
    let dir = tempfile::tempdir().expect("tempdir");
    let _first = SearchIndex::open(dir.path()).expect("open");
    match SearchIndex::open(dir.path()) {
        Err(SearchError::Busy(path)) => assert!(path.contains(&*dir.path().to_string_lossy())),
        Err(other) => panic!("expected Busy, got {other}"),
        Ok(_) => panic!("a second writer was allowed"),
    }
}

#[test]
fn a_directory_of_other_files_is_never_wiped() {
    let dir = tempfile::tempdir().expect("tempdir");
    let precious = dir.path().join("notes.txt");
    std::fs::write(&precious, "keep me").expect("write");
    assert!(SearchIndex::open(dir.path()).is_err());
    assert_eq!(std::fs::read_to_string(&precious).expect("read"), "keep me");
}
