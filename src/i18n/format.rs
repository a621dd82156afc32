//! Number, money and date formatting in the chosen language, as a person expects to read them:
//! "1 386,93 €" in French (narrow no-break space between thousands, comma before the
//! decimals), "€1,386.93" in English; the figures are the same.

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// Narrow no-break space, the French thousands separator.
const THOUSANDS: char = '\u{202f}';

/// `x` with exactly `places` decimals, in the language's style.
pub fn number(x: Decimal, places: u32) -> String {
    let (thousands, point) = if super::is_en() { (',', '.') } else { (THOUSANDS, ',') };
    let mut r = x.round_dp_with_strategy(places, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    r.rescale(places);
    let text = r.abs().to_string();
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(thousands);
        }
        grouped.push(c);
    }
    let sign = if r.is_sign_negative() && !r.is_zero() { "-" } else { "" };
    if fraction.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{point}{fraction}")
    }
}

/// "1 386,93 €", "€1,386.93" (`value.euros`; the sign before the euro sign: "-€5.00").
pub fn euros(x: Decimal) -> String {
    let n = number(x, 2);
    if !super::is_en() {
        return format!("{n}\u{a0}€");
    }
    match n.strip_prefix('-') {
        Some(abs) => format!("-€{abs}"),
        None => format!("€{n}"),
    }
}

/// A decimal with as many places as it needs, at most two: "26", "26,5", "6,9".
pub fn short(x: Decimal) -> String {
    let n = x.normalize();
    number(n, n.scale().min(2))
}

/// A decimal with every place it has, none added: "29,101", "37,7", "12" (legal rates on the
/// sources page, which must not be rounded).
pub fn exact(x: Decimal) -> String {
    let n = x.normalize();
    number(n, n.scale())
}

/// "14 mars 1999", "1er juin 2026"; "14 March 1999", "1 June 2026".
pub fn long_date(d: NaiveDate) -> String {
    let month = super::lookup2("month.", &d.month().to_string()).unwrap_or("");
    let day = if d.day() == 1 { super::t("date.first").to_owned() } else { d.day().to_string() };
    super::tf("date.long", &[("day", &day), ("month", month), ("year", &d.year().to_string())])
}

/// "juin 2026", "June 2026".
pub fn month_year(year: i32, month: u32) -> String {
    format!("{} {year}", super::lookup2("month.", &month.to_string()).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn amounts_read_the_french_way() {
        assert_eq!(euros(d("1386.93")), "1\u{202f}386,93\u{a0}€");
        assert_eq!(euros(d("12.3")), "12,30\u{a0}€");
        assert_eq!(euros(d("43119.31")), "43\u{202f}119,31\u{a0}€");
        assert_eq!(number(d("1234567.891"), 2), "1\u{202f}234\u{202f}567,89");
        assert_eq!(short(d("26.50")), "26,5");
        assert_eq!(short(d("35")), "35");
        assert_eq!(short(d("6.900")), "6,9");
        // Legal rates keep every place they have (D843-2: 29.101 %; D843-1: 128.412 %).
        assert_eq!(exact(d("29.10100")), "29,101");
        assert_eq!(exact(d("128.412")), "128,412");
        assert_eq!(exact(d("37.700")), "37,7");
    }

    #[test]
    fn dates_read_the_french_way() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(long_date(date(1999, 3, 14)), "14 mars 1999");
        assert_eq!(long_date(date(2026, 6, 1)), "1er juin 2026");
        assert_eq!(month_year(2026, 8), "août 2026");
    }

    #[cfg(feature = "en")]
    #[test]
    fn amounts_and_dates_read_the_english_way_with_the_same_figures() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        super::super::set_english(true);
        let english = (euros(d("1386.93")), euros(d("-5")), euros(d("-0.001")), number(d("1234567.891"), 2), short(d("26.50")), exact(d("29.10100")));
        let dates = (long_date(date(1999, 3, 14)), long_date(date(2026, 6, 1)), month_year(2026, 8));
        super::super::use_french();
        assert_eq!(english, ("€1,386.93".to_owned(), "-€5.00".to_owned(), "€0.00".to_owned(), "1,234,567.89".to_owned(), "26.5".to_owned(), "29.101".to_owned()));
        assert_eq!(dates, ("14 March 1999".to_owned(), "1 June 2026".to_owned(), "August 2026".to_owned()));
        assert_eq!(euros(d("-5")), "-5,00\u{a0}€", "French again once English is left");
    }
}
