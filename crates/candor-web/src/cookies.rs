//! Reading and writing the few cookies Candor sets.

use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::Response;

pub const SESSION: &str = "candor_session";
pub const LOCALE: &str = "candor_locale";
pub const VISITOR: &str = "candor_visitor";

/// The value of cookie `name`, if the request carries it.
pub fn get<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|line| line.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// Adds a cookie to `response`: HttpOnly, SameSite=Lax, path `/`, Secure behind TLS.
pub fn set(response: &mut Response, name: &str, value: &str, max_age_secs: i64, secure: bool) {
    if let Some(header) = header_value(name, value, max_age_secs, secure) {
        response.headers_mut().append(header::SET_COOKIE, header);
    }
}

/// Gives a new visitor its key as a cookie, so its next vote counts as the same visitor's.
pub fn remember_visitor(response: &mut Response, visitor: &crate::extract::Visitor, secure: bool) {
    if visitor.is_new {
        set(response, VISITOR, &visitor.key, 400 * 86_400, secure);
    }
}

/// Marks a page that shows a secret (an edit link, a new token): never cached.
pub fn no_store(response: &mut Response) {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
}

fn header_value(name: &str, value: &str, max_age_secs: i64, secure: bool) -> Option<HeaderValue> {
    let secure = if secure { "; Secure" } else { "" };
    let line =
        format!("{name}={value}; Path=/; Max-Age={max_age_secs}; HttpOnly; SameSite=Lax{secure}");
    HeaderValue::from_str(&line).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_cookie_among_several() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; candor_locale=de; b=2"),
        );
        assert_eq!(get(&headers, LOCALE), Some("de"));
        assert_eq!(get(&headers, SESSION), None);
    }

    #[test]
    fn set_cookie_is_http_only_and_lax() {
        let value = header_value(SESSION, "tok", 60, true).expect("header");
        let text = value.to_str().expect("ascii");
        assert!(
            text.contains("HttpOnly") && text.contains("SameSite=Lax") && text.contains("Secure")
        );
    }
}
