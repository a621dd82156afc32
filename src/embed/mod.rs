//! The boundary with a host page that embeds Tremplin: its options ([`options`]), the typed
//! messages exchanged with it ([`protocol`]), and its colour made accessible ([`theme`]).
//! Pure: the browser side lives in `crate::ui`.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)]

pub mod options;
pub mod protocol;
pub mod theme;
