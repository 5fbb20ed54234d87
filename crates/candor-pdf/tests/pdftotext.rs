//! End to end: poppler's `pdftotext` must extract our text, which proves the
//! fonts and ToUnicode CMaps work in a real reader. Skipped (with a message)
//! where poppler-utils is not installed.
#![allow(clippy::unwrap_used)]

mod common;

use std::process::Command;

#[test]
fn pdftotext_extracts_mixed_scripts() {
    if Command::new("pdftotext").arg("-v").output().is_err() {
        println!("skipped: pdftotext not installed (apt-get install poppler-utils)");
        return;
    }
    let path = std::env::temp_dir().join(format!("candor-pdf-{}.pdf", std::process::id()));
    std::fs::write(&path, common::mixed_report()).unwrap();
    let output = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(
        output.status.success(),
        "pdftotext failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    for expected in [
        "Æble Ørsted Åse",
        "Отзывы клиентов",
        "Huduma nzuri",
        "Größe",
        "Blåbærveien",
    ] {
        assert!(text.contains(expected), "{expected:?} not in {text:?}");
    }
    // poppler is strict about broken structure and says so on stderr.
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
