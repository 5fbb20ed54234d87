//! Interface text from Project Fluent files (`locales/{lang}/candor.ftl`),
//! embedded in the binary. The locale comes from `?locale=`, then the
//! `candor_locale` cookie, then Accept-Language, then English.

use std::borrow::Borrow;
use std::collections::HashMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The interface languages, in the order the selector lists them.
pub const LOCALES: [(&str, &str); 6] = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("da", "Dansk"),
    ("nb", "Norsk bokmål"),
    ("ru", "Русский"),
    ("sw", "Kiswahili"),
];

const SOURCES: [(&str, &str); 6] = [
    ("en", include_str!("../../../locales/en/candor.ftl")),
    ("de", include_str!("../../../locales/de/candor.ftl")),
    ("da", include_str!("../../../locales/da/candor.ftl")),
    ("nb", include_str!("../../../locales/nb/candor.ftl")),
    ("ru", include_str!("../../../locales/ru/candor.ftl")),
    ("sw", include_str!("../../../locales/sw/candor.ftl")),
];

/// All bundles, built once at start-up.
pub struct Catalog {
    bundles: HashMap<&'static str, FluentBundle<FluentResource>>,
}

impl Catalog {
    /// Parses every embedded locale. A syntax error is a build defect, caught by tests.
    pub fn load() -> Result<Self, String> {
        let mut bundles = HashMap::new();
        for (code, source) in SOURCES {
            let resource = FluentResource::try_new(source.to_string())
                .map_err(|(_, errors)| format!("{code}: {errors:?}"))?;
            let lang: LanguageIdentifier = code.parse().map_err(|e| format!("{code}: {e}"))?;
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Bidi isolation marks would end up inside attribute values and tests.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|e| format!("{code}: {e:?}"))?;
            bundles.insert(code, bundle);
        }
        Ok(Self { bundles })
    }

    /// The message ids of a locale, for the completeness test.
    pub fn message_ids(locale: &str) -> Vec<String> {
        SOURCES
            .iter()
            .filter(|(code, _)| *code == locale)
            .flat_map(|(_, source)| source.lines())
            .filter_map(|line| line.split_once(" ="))
            .map(|(id, _)| id.trim().to_string())
            .filter(|id| !id.is_empty() && !id.starts_with('#') && !id.starts_with(' '))
            .collect()
    }
}

/// Maps a requested language tag to a supported locale code.
pub fn supported(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    let primary = match primary.as_str() {
        "no" | "nn" => "nb",
        other => other,
    };
    LOCALES
        .iter()
        .map(|(code, _)| *code)
        .find(|code| *code == primary)
}

/// Picks the best supported locale from an Accept-Language header.
pub fn from_accept_language(header: &str) -> Option<&'static str> {
    let mut candidates: Vec<(f32, &str)> = header
        .split(',')
        .filter_map(|part| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let quality = pieces
                .find_map(|p| p.trim().strip_prefix("q="))
                .and_then(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            Some((quality, tag))
        })
        .collect();
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    candidates
        .into_iter()
        .filter(|(q, _)| *q > 0.0)
        .find_map(|(_, tag)| supported(tag))
}

/// A translator for one request: the catalog and the chosen locale.
#[derive(Clone)]
pub struct Tr {
    catalog: Arc<Catalog>,
    pub locale: &'static str,
}

impl Tr {
    pub fn new(catalog: Arc<Catalog>, locale: &'static str) -> Self {
        Self { catalog, locale }
    }

    /// The message `id` without arguments.
    pub fn get(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with one argument.
    pub fn arg(&self, id: &str, name: &str, value: impl ToString) -> String {
        let mut args = FluentArgs::new();
        args.set(name.to_string(), FluentValue::from(value.to_string()));
        self.format(id, Some(&args))
    }

    /// The message `id` with a count (selects the plural form) and nothing else.
    pub fn count(&self, id: &str, count: impl Borrow<i64>) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(*count.borrow()));
        self.format(id, Some(&args))
    }

    /// The message `id` with several string arguments.
    pub fn args(&self, id: &str, pairs: &[(&str, String)]) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in pairs {
            args.set(name.to_string(), FluentValue::from(value.clone()));
        }
        self.format(id, Some(&args))
    }

    /// The message with `count` selecting plurals and other string arguments.
    pub fn count_args(
        &self,
        id: &str,
        count: impl Borrow<i64>,
        pairs: &[(&str, String)],
    ) -> String {
        let mut args = FluentArgs::new();
        args.set("count", FluentValue::from(*count.borrow()));
        for (name, value) in pairs {
            args.set(name.to_string(), FluentValue::from(value.clone()));
        }
        self.format(id, Some(&args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        for locale in [self.locale, "en"] {
            let Some(bundle) = self.catalog.bundles.get(locale) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(id, locale, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(id, "missing message");
        id.to_string()
    }

    /// Decimal number in the locale's style: 4.3 in English, 4,3 in German.
    pub fn decimal(&self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self.locale {
            "en" | "sw" => text,
            _ => text.replace('.', ","),
        }
    }

    pub fn is_locale(&self, code: &str) -> bool {
        self.locale == code
    }

    pub fn locales(&self) -> &'static [(&'static str, &'static str)] {
        &LOCALES
    }
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
