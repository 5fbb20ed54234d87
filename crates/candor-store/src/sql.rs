//! A small helper for queries whose WHERE clause depends on the filter:
//! it numbers `$N` placeholders and keeps the values in order.

use sqlx::any::AnyArguments;
use sqlx::{Any, Arguments};

pub(crate) struct SqlBuilder {
    pub(crate) sql: String,
    args: AnyArguments,
    count: usize,
    /// `?` instead of `$N` (SQLite only): binds in linear time.
    positional: bool,
    error: Option<sqlx::error::BoxDynError>,
}

impl SqlBuilder {
    pub(crate) fn new(start: &str) -> Self {
        Self {
            sql: start.to_string(),
            args: AnyArguments::default(),
            count: 0,
            positional: false,
            error: None,
        }
    }

    /// A builder writing `?` placeholders, for SQLite only. SQLite looks
    /// every `$N` up by name in a list as long as the statement's
    /// placeholders, so binding `$N` costs the square of their count;
    /// anonymous `?` bind in order.
    pub(crate) fn positional(start: &str) -> Self {
        Self {
            positional: true,
            ..Self::new(start)
        }
    }

    pub(crate) fn push(&mut self, fragment: &str) -> &mut Self {
        self.sql.push_str(fragment);
        self
    }

    /// Appends the next placeholder and binds `value` to it.
    pub(crate) fn bind<T>(&mut self, value: T) -> &mut Self
    where
        T: 'static + Send + sqlx::Encode<'static, Any> + sqlx::Type<Any>,
    {
        self.count += 1;
        if self.positional {
            self.sql.push('?');
        } else {
            self.sql.push('$');
            self.sql.push_str(&self.count.to_string());
        }
        if let Err(error) = self.args.add(value) {
            self.error.get_or_insert(error);
        }
        self
    }

    /// Appends `($a, $b, ...)` binding each of `values`.
    pub(crate) fn bind_list(&mut self, values: &[String]) -> &mut Self {
        self.sql.push('(');
        for (i, value) in values.iter().enumerate() {
            if i > 0 {
                self.sql.push_str(", ");
            }
            self.bind(value.clone());
        }
        self.sql.push(')');
        self
    }

    pub(crate) fn finish(self) -> Result<(String, AnyArguments), sqlx::Error> {
        match self.error {
            Some(error) => Err(sqlx::Error::Encode(error)),
            None => Ok((self.sql, self.args)),
        }
    }
}
