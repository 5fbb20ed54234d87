//! Values of the staff side: roles, e-mail addresses and business slugs.

use serde::{Deserialize, Serialize};

use crate::validate::FieldError;

/// A staff member's role within an organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Agent,
    Manager,
    Owner,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Owner => "owner",
            Self::Manager => "manager",
            Self::Agent => "agent",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        match raw {
            "owner" => Ok(Self::Owner),
            "manager" => Ok(Self::Manager),
            "agent" => Ok(Self::Agent),
            _ => Err(FieldError::new(
                "role",
                "invalid_role",
                "role must be owner, manager or agent",
            )),
        }
    }

    /// Managers and owners administer businesses and tokens; agents reply.
    pub fn can_manage(self) -> bool {
        self >= Self::Manager
    }
}

/// An e-mail address, trimmed and with a lowercase domain. The check is the
/// shape only (`local@domain.tld`); deliverability is the mail server's call.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Email(String);

pub const MAX_EMAIL_CHARS: usize = 254;

impl Email {
    pub fn parse(field: &'static str, raw: &str) -> Result<Self, FieldError> {
        let trimmed = raw.trim();
        let invalid = || {
            FieldError::new(
                field,
                "invalid_email",
                format!("{field} must be an e-mail address"),
            )
        };
        if trimmed.is_empty() {
            return Err(FieldError::new(
                field,
                "required",
                format!("{field} is required"),
            ));
        }
        if trimmed.chars().count() > MAX_EMAIL_CHARS {
            return Err(invalid());
        }
        let (local, domain) = trimmed.rsplit_once('@').ok_or_else(invalid)?;
        let domain_ok = domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..");
        let no_space = !trimmed.chars().any(|c| c.is_whitespace() || c.is_control());
        if local.is_empty() || local.contains('@') || !domain_ok || !no_space {
            return Err(invalid());
        }
        Ok(Self(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn from_stored(raw: String) -> Self {
        Self(raw)
    }
}

/// A business's public address part: `/b/{slug}`. Lowercase ASCII letters,
/// digits and single hyphens, 2 to 64 characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        let ok = (2..=64).contains(&raw.len())
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-')
            && !raw.ends_with('-')
            && !raw.contains("--");
        if !ok {
            return Err(FieldError::new(
                "slug",
                "invalid_slug",
                "slug must be 2-64 lowercase letters, digits and single hyphens",
            ));
        }
        Ok(Self(raw.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_by_shape() {
        assert_eq!(
            Email::parse("e", " Kari@Example.NO ").map(|e| e.0),
            Ok("Kari@example.no".to_string())
        );
        for bad in ["a", "a@b", "@b.c", "a@b..c", "a b@c.d", "a@.b.c", "a@b.c."] {
            assert!(Email::parse("e", bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn slugs_are_url_safe() {
        assert!(Slug::parse("nordlys-electronics").is_ok());
        for bad in ["A", "a", "-a", "a-", "a--b", "über", "a/b", "a b"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn roles_are_ordered_by_power() {
        assert!(Role::Owner.can_manage() && Role::Manager.can_manage());
        assert!(!Role::Agent.can_manage());
    }
}
