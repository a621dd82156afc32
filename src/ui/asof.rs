//! The simulation date: the day at which the rules are applied (the planned hiring date),
//! today by default, with a notice of the legal values in force then and when they were last
//! checked.

use super::state::ctx;
use crate::answers::questions::long_date;
use crate::i18n::{format, t, tf};
use crate::rules::calendar::parse_iso_date;
use crate::rules::params;
use leptos::prelude::*;

#[component]
pub fn AsOfControl() -> impl IntoView {
    let ctx = ctx();
    let notice = move || {
        let as_of = ctx.as_of();
        match params::SMIC_HOURLY.entry_at(as_of) {
            Err(_) => view! {
                <p class="tr-error" role="alert">{tf("asof.not_covered", &[("date", &long_date(params::covered_from()))])}</p>
            }
            .into_any(),
            Ok(entry) => view! {
                <p class="tr-muted" data-testid="asof-notice">{tf("asof.notice", &[
                    ("date", &long_date(as_of)),
                    ("smic", &format::euros(entry.value.0)),
                    ("since", &long_date(entry.from)),
                    ("checked", &long_date(params::SMIC_HOURLY.last_checked)),
                ])}</p>
                {entry.flag.map(|f| view! { <p class="tr-warning">{tf("asof.uncertain", &[("text", &tf("contract.notice.UNCERTAIN_PARAMETER", &[("date", &long_date(entry.from))]))])}<span class="tr-sr-only">{f}</span></p> })}
            }
            .into_any(),
        }
    };
    view! {
        <div class="tr-field tr-asof">
            <label class="tr-label" for="tr-asof">{t("asof.label")}</label>
            <p class="tr-help" id="tr-asof-help">{t("asof.help")}</p>
            <input type="date" id="tr-asof" class="tr-input" aria-describedby="tr-asof-help"
                prop:value=move || ctx.as_of().to_string()
                on:change:target=move |ev| {
                    let v = parse_iso_date(&ev.target().value());
                    ctx.set(|a| a.as_of = v.filter(|d| *d != ctx.today));
                } />
            {notice}
        </div>
    }
}
