//! Exact money and hours arithmetic: `Decimal`, never binary floating point, rounded to the
//! cent half away from zero at the points the decisions name (cddi.md C6–C7).

use rust_decimal::{Decimal, RoundingStrategy};

/// Rounds to the cent, half away from zero (cddi.md C6: "rounding is half away from zero").
pub fn cents(x: Decimal) -> Decimal {
    x.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// Weeks per year and months per year of the mensualisation rule (L3242-1): monthly pay is
/// the weekly pay × 52 / 12. Not a dated value but the definition of the monthly basis.
pub const WEEKS_PER_YEAR: Decimal = Decimal::from_parts(52, 0, 0, false, 0);
pub const MONTHS_PER_YEAR: Decimal = Decimal::from_parts(12, 0, 0, false, 0);

/// `amount × weekly_hours × 52 / 12`, multiplied before the one division so the result is as
/// exact as a 28-digit decimal allows (12.31 × 26 × 52 / 12 = 1386.9266…).
pub fn monthly(per_hour: Decimal, weekly_hours: Decimal) -> Decimal {
    per_hour * weekly_hours * WEEKS_PER_YEAR / MONTHS_PER_YEAR
}

/// Parses a non-negative decimal written with at most two decimals ("26", "26.5", "26.00"),
/// exactly (never through binary floating point). No sign, no exponent, no spaces, at most
/// nine digits before the point. `None` for anything else.
pub fn parse_decimal_2(text: &str) -> Option<Decimal> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed = !whole.is_empty()
        && whole.len() <= 9
        && digits(whole)
        && digits(fraction)
        && fraction.len() <= 2
        && !text.ends_with('.');
    if well_formed {
        Decimal::from_str_exact(text).ok()
    } else {
        None
    }
}

/// Formats with exactly two decimals, as the API's strings ("1386.93", "78.00").
pub fn two_decimals(x: Decimal) -> String {
    let mut r = cents(x);
    r.rescale(2);
    r.to_string()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn half_cents_round_away_from_zero() {
        assert_eq!(cents(d("10.485")), d("10.49"));
        assert_eq!(cents(d("10.484999")), d("10.48"));
        assert_eq!(cents(d("-10.485")), d("-10.49"));
    }

    #[test]
    fn monthly_pay_uses_the_exact_52_twelfths_not_151_67_hours() {
        // L3242-1; parameters.md §2: 11.65 × 35 × 52 / 12 = 1766.9167 → 1766.92.
        assert_eq!(cents(monthly(d("11.65"), d("35"))), d("1766.92"));
        assert_eq!(cents(monthly(d("12.31"), d("26"))), d("1386.93"));
        assert_eq!(cents(monthly(Decimal::ONE, d("26"))), d("112.67"));
    }

    #[test]
    fn decimals_with_at_most_two_places_parse_exactly() {
        assert_eq!(parse_decimal_2("26"), Some(d("26")));
        assert_eq!(parse_decimal_2("26.5"), Some(d("26.5")));
        assert_eq!(parse_decimal_2("0.10"), Some(d("0.10")));
        for bad in ["", ".5", "26.", "26.555", "-1", "+1", "1e2", " 26", "26,5", "1234567890", "NaN"] {
            assert_eq!(parse_decimal_2(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn amounts_are_written_with_exactly_two_decimals() {
        assert_eq!(two_decimals(d("78")), "78.00");
        assert_eq!(two_decimals(d("1386.9266")), "1386.93");
        assert_eq!(two_decimals(d("0.5")), "0.50");
    }
}
