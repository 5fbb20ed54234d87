//! Interface text: the catalog lives in `candor-i18n` (e-mails sent by
//! `candor-app` use it too); re-exported here for the pages.

pub use candor_i18n::*;
