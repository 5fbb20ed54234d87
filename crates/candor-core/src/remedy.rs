//! What a business offers an unhappy reviewer: the kind of remedy, its value
//! and the value of the order it is about, in minor units of one currency.

use crate::FieldError;

/// The largest amount accepted, in minor units (10 million in major units):
/// larger is a typing error, and it keeps sums far from overflow.
pub const MAX_AMOUNT_CENTS: i64 = 1_000_000_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RemedyKind {
    Refund,
    Replacement,
    GiftCard,
    Apology,
    Other,
}

impl RemedyKind {
    pub const ALL: [RemedyKind; 5] = [
        Self::Refund,
        Self::Replacement,
        Self::GiftCard,
        Self::Apology,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Refund => "refund",
            Self::Replacement => "replacement",
            Self::GiftCard => "gift_card",
            Self::Apology => "apology",
            Self::Other => "other",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, FieldError> {
        Self::ALL
            .into_iter()
            .find(|k| k.as_str() == raw)
            .ok_or_else(|| {
                FieldError::new(
                    "remedy.type",
                    "invalid_remedy_type",
                    "remedy type must be refund, replacement, gift_card, apology or other",
                )
            })
    }
}

/// A checked remedy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Remedy {
    pub kind: RemedyKind,
    pub value_cents: i64,
    pub order_value_cents: Option<i64>,
    /// ISO 4217 code, upper case.
    pub currency: String,
}

impl Remedy {
    pub fn parse(
        kind: &str,
        value_cents: i64,
        order_value_cents: Option<i64>,
        currency: &str,
    ) -> Result<Self, FieldError> {
        let kind = RemedyKind::parse(kind)?;
        check_amount("remedy.value_cents", value_cents)?;
        if let Some(order) = order_value_cents {
            check_amount("remedy.order_value_cents", order)?;
        }
        Ok(Self {
            kind,
            value_cents,
            order_value_cents,
            currency: parse_currency(currency)?,
        })
    }
}

fn check_amount(field: &'static str, cents: i64) -> Result<(), FieldError> {
    if (0..=MAX_AMOUNT_CENTS).contains(&cents) {
        Ok(())
    } else {
        Err(FieldError::new(
            field,
            "out_of_range",
            format!("{field} must be between 0 and {MAX_AMOUNT_CENTS} (minor units)"),
        ))
    }
}

/// Three ASCII letters, as ISO 4217 codes are; returned upper case.
pub fn parse_currency(raw: &str) -> Result<String, FieldError> {
    let code = raw.trim();
    if code.len() == 3 && code.bytes().all(|b| b.is_ascii_alphabetic()) {
        Ok(code.to_ascii_uppercase())
    } else {
        Err(FieldError::new(
            "remedy.currency",
            "invalid_currency",
            "currency must be a three-letter ISO 4217 code such as EUR",
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_reads_back() {
        for kind in RemedyKind::ALL {
            assert_eq!(RemedyKind::parse(kind.as_str()), Ok(kind));
        }
        assert_eq!(
            RemedyKind::parse("bribe").map_err(|e| e.code),
            Err("invalid_remedy_type")
        );
    }

    #[test]
    fn amounts_and_currency_are_checked() {
        let ok = Remedy::parse("refund", 2_500, Some(10_000), "eur").expect("valid");
        assert_eq!(ok.currency, "EUR");
        assert_eq!(ok.order_value_cents, Some(10_000));
        let negative = Remedy::parse("refund", -1, None, "EUR").map_err(|e| e.field);
        assert_eq!(negative, Err("remedy.value_cents"));
        let huge = Remedy::parse("refund", 1, Some(MAX_AMOUNT_CENTS + 1), "EUR");
        assert_eq!(huge.map_err(|e| e.field), Err("remedy.order_value_cents"));
        for bad in ["", "EU", "EURO", "E1R", "€€€"] {
            assert_eq!(
                parse_currency(bad).map_err(|e| e.code),
                Err("invalid_currency"),
                "{bad}"
            );
        }
    }
}
