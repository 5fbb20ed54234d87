use super::*;
use crate::LANGUAGES;

fn cue(text: &str, language: &str) -> Option<(usize, CueKind, String)> {
    education_cue(text, language).map(|c| (c.sentence_index, c.marker_kind(), c.marker))
}

fn kind(text: &str, language: &str) -> Option<CueKind> {
    education_cue(text, language).map(|c| c.kind)
}

#[test]
fn lexicons_load_for_every_language() {
    let lexicons = load_education().expect("education lexicons");
    for language in LANGUAGES {
        let kinds: Vec<Marker> = lexicons[language]
            .values()
            .into_iter()
            .map(|(m, _)| m)
            .collect();
        for expected in CueKind::ALL
            .map(Marker::Cue)
            .into_iter()
            .chain([Marker::Docs])
        {
            assert!(kinds.contains(&expected), "{language} lacks {expected:?}");
        }
    }
}

#[test]
fn kinds_have_stable_names() {
    for kind in CueKind::ALL {
        let json = serde_json::to_string(&kind).expect("json");
        assert_eq!(json, format!("\"{}\"", kind.as_str()));
    }
}

#[test]
fn the_doorbell_delay_is_a_cue() {
    let text = "Nice doorbell and easy to mount. I didn't know the motion sensor waits about \
                five seconds before it starts recording. Now it makes sense.";
    let found = education_cue(text, "en").expect("a cue");
    assert_eq!(found.sentence_index, 1);
    assert_eq!(found.marker_kind(), CueKind::DidNotKnow);
    assert_eq!(found.marker, "didn't know");
    assert!(
        found
            .sentence
            .starts_with("I didn't know the motion sensor")
    );
}

#[test]
fn english_cues_of_each_kind() {
    let cases = [
        (
            "Is it normal that the camera only records after ten seconds?",
            CueKind::IsItNormal,
        ),
        ("How do I turn off the chime at night?", CueKind::HowTo),
        (
            "I couldn't figure out how to share access with my wife.",
            CueKind::HowTo,
        ),
        (
            "I didn’t know it needed a separate hub.",
            CueKind::DidNotKnow,
        ),
        (
            "Nobody told me the subscription is needed for recordings.",
            CueKind::DidNotKnow,
        ),
        (
            "I expected it to ring on my phone straight away.",
            CueKind::Expectation,
        ),
        (
            "The settings menu is really confusing.",
            CueKind::UnclearInstructions,
        ),
        (
            "The manual doesn't mention the night mode.",
            CueKind::UnclearInstructions,
        ),
        (
            "Why does it keep disconnecting from the wifi?",
            CueKind::IsItNormal,
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(kind(text, "en"), Some(expected), "{text}");
    }
}

#[test]
fn plain_praise_and_complaints_are_no_cue() {
    for text in [
        "Great product, arrived quickly and works perfectly.",
        "The manual is short and clear.",
        "Terrible quality, it broke after a week.",
        "I know how to use it and I love it.",
    ] {
        assert_eq!(cue(text, "en"), None, "{text}");
    }
}

#[test]
fn cues_in_every_language() {
    let cases = [
        (
            "de",
            "Ich wusste nicht, dass der Bewegungsmelder absichtlich verzögert.",
            CueKind::DidNotKnow,
        ),
        (
            "de",
            "Ist das normal, dass die Klingel erst nach zehn Sekunden aufnimmt?",
            CueKind::IsItNormal,
        ),
        (
            "de",
            "Die Anleitung ist völlig unverständlich.",
            CueKind::UnclearInstructions,
        ),
        (
            "de",
            "Wie kann ich die Benachrichtigungen abschalten?",
            CueKind::HowTo,
        ),
        (
            "da",
            "Jeg vidste ikke, at kameraet venter fem sekunder.",
            CueKind::DidNotKnow,
        ),
        (
            "da",
            "Hvordan får jeg appen til at sende besked?",
            CueKind::HowTo,
        ),
        (
            "da",
            "Brugsanvisningen forklarer ikke, hvordan man nulstiller den.",
            CueKind::UnclearInstructions,
        ),
        (
            "no",
            "Ingen fortalte oss at batteriet må lades hver uke.",
            CueKind::DidNotKnow,
        ),
        (
            "no",
            "Er det normalt at døren piper hele tiden?",
            CueKind::IsItNormal,
        ),
        (
            "no",
            "Jeg trodde den skulle varsle med en gang.",
            CueKind::Expectation,
        ),
        (
            "ru",
            "Я не знал, что датчик движения срабатывает с задержкой.",
            CueKind::DidNotKnow,
        ),
        (
            "ru",
            "Как настроить уведомления на телефоне?",
            CueKind::HowTo,
        ),
        (
            "ru",
            "Инструкция непонятная, ничего не ясно.",
            CueKind::UnclearInstructions,
        ),
        (
            "ru",
            "Это нормально, что звонок срабатывает через десять секунд?",
            CueKind::IsItNormal,
        ),
        (
            "sw",
            "Sikujua kwamba kengele inasubiri sekunde tano kabla ya kurekodi.",
            CueKind::DidNotKnow,
        ),
        (
            "sw",
            "Je, ni kawaida kamera kuchelewa kurekodi?",
            CueKind::IsItNormal,
        ),
        (
            "sw",
            "Maelekezo hayaeleweki kabisa.",
            CueKind::UnclearInstructions,
        ),
        (
            "sw",
            "Nilitarajia ingelia mara moja kwenye simu.",
            CueKind::Expectation,
        ),
    ];
    for (language, text, expected) in cases {
        assert_eq!(kind(text, language), Some(expected), "{language}: {text}");
    }
}

#[test]
fn the_first_cue_is_returned() {
    let text = "Wie kann ich das Gerät koppeln? Ich wusste nicht, dass man eine App braucht.";
    assert_eq!(
        cue(text, "de"),
        Some((0, CueKind::HowTo, "wie kann ich".to_string()))
    );
}

#[test]
fn odd_input_gives_no_cue_and_no_panic() {
    for text in ["", " ", "?!", "😡😡😡", "\u{0}", &"how ".repeat(5_000)] {
        for language in ["en", "de", "sw", "xx", ""] {
            let _ = education_cue(text, language);
        }
    }
    assert_eq!(cue("I didn't know that.", "xx"), None);
    assert_eq!(cue("", "en"), None);
}
