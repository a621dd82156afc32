//! Tremplin: can an atelier et chantier d'insertion (ACI) hire this person, which prescriber
//! should they see, and what would a CDDI give them, month by month? Everything is computed
//! in the browser; nothing about the person leaves their device.
//!
//! Dependencies point one way: [`rules`] (the pure engine) ← [`api`] (the JSON contract of
//! `simulate`) and [`answers`] (the questions and the share-link codec) ← [`present`] (pure
//! HTML renderers, with [`i18n`]'s sentences) and [`embed`] (the host boundary) ← `ui` (the
//! thin Leptos layer, browser only) ← `main.rs` (the shell). See README.md for the code map
//! and the invariants.

pub mod api;
pub mod rules;
pub mod i18n;

#[cfg(all(feature = "ui", target_arch = "wasm32"))]
pub mod ui;
pub mod answers;
pub mod embed;
pub mod present;
