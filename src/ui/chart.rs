//! A simple bar chart of net pay per month, drawn in SVG, with the minimum-wage changes
//! marked. Decorative for sight, described for screen readers; the table holds the figures.

use crate::i18n::{format, lookup, t};
use crate::rules::contract::MonthRow;
use leptos::prelude::*;
use rust_decimal::prelude::ToPrimitive;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 220.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 28.0;
const LEFT: f64 = 8.0;

fn month_short(row: &MonthRow) -> String {
    let name = lookup(&format!("month.{}", row.month.month)).unwrap_or("");
    let short: String = name.chars().take(3).collect();
    if row.month.month == 1 {
        format!("{short} {}", row.month.year % 100)
    } else {
        short
    }
}

#[component]
pub fn NetChart(rows: Vec<MonthRow>) -> impl IntoView {
    let n = rows.len().max(1) as f64;
    let max = rows.iter().filter_map(|r| r.net.to_f64()).fold(1.0_f64, f64::max);
    let slot = (WIDTH - LEFT) / n;
    let bar = (slot * 0.7).max(1.0);
    let plot = HEIGHT - TOP - BOTTOM;
    let label_every = if rows.len() <= 12 { 1 } else { 3 };
    let mut previous_minimum = None;
    let items = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let value = r.net.to_f64().unwrap_or(0.0);
            let h = (value / max * plot).max(1.0);
            let x = LEFT + slot * i as f64 + (slot - bar) / 2.0;
            let y = TOP + plot - h;
            let change = previous_minimum.is_some_and(|p| p != r.minimum_rate);
            previous_minimum = Some(r.minimum_rate);
            let title = format!("{} : {}", month_short(r), format::euros(r.net));
            view! {
                <g>
                    {change.then(|| {
                        let lx = LEFT + slot * i as f64;
                        view! {
                            <line class="tr-chart-smic" x1=lx x2=lx y1=TOP - 14.0 y2=TOP + plot />
                        }
                    })}
                    <rect class=if r.is_full() { "tr-chart-bar" } else { "tr-chart-bar tr-chart-partial" } x=x y=y width=bar height=h>
                        <title>{title}</title>
                    </rect>
                    {(i % label_every == 0).then(|| view! {
                        <text class="tr-chart-label" x=x + bar / 2.0 y=HEIGHT - 10.0 text-anchor="middle">{month_short(r)}</text>
                    })}
                </g>
            }
        })
        .collect_view();
    let any_change = rows.windows(2).any(|w| matches!(w, [a, b] if a.minimum_rate != b.minimum_rate));
    view! {
        <figure class="tr-chart">
            <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="tr-chart-title tr-chart-desc" preserveAspectRatio="none" focusable="false">
                <title id="tr-chart-title">{t("contract.chart_title")}</title>
                <desc id="tr-chart-desc">{t("contract.chart_desc")}</desc>
                <line class="tr-chart-axis" x1=LEFT x2=WIDTH y1=TOP + plot y2=TOP + plot />
                {items}
            </svg>
            <figcaption>
                {t("contract.chart_title")}
                {any_change.then(|| view! { <span class="tr-chart-legend"><span class="tr-chart-key" aria-hidden="true"></span>{t("contract.chart_smic")}</span> })}
            </figcaption>
        </figure>
    }
}
