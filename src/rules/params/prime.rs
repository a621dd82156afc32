//! The prime d'activité (CSS L841-1 and following): every number of the one-month formula,
//! the quarterly review and the forfait logement, as dated timelines with their sources
//! (`shared/domain/prime-activite.md` §1, which supersedes `parameters.md` §7 where they
//! differ). The logic that uses them is `rules/income.rs`.
//!
//! Values the documents date only "2016" (the creation of the prime) are entered from
//! [`START`], the first day the product covers, with that said in their source: earlier
//! values are not encoded. The montant forfaitaire starts on 2023-04-01, so no prime is
//! computed for a reference month before it (the API answers `date_not_covered`).

use super::{date, dec, entry, Count, Describe, EurosPerMonth, MonthCount, Share, Timeline, Value, Years, START};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Every id of this file starts with it.
pub const ID_PREFIX: &str = "prime.";

/// When these tables were last compared with `prime-activite.md` (checked there on 2026-12-01).
pub const PRIME_CHECKED: NaiveDate = date(2026, 12, 1);

/// Household rates applied to the montant forfaitaire (D843-1): the first adult counts 1;
/// each further person adds a share, which depends on its rank and on whether the household
/// is a couple. Persons = adults (1 or 2) + dependent children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HouseholdRates {
    pub second_person: Share,
    pub third_person: Share,
    /// The 4th person of a couple (its second child).
    pub fourth_person_couple: Share,
    /// The 4th person of a single parent (their third child).
    pub fourth_person_single: Share,
    /// Each person beyond the 4th.
    pub beyond_fourth: Share,
}

impl HouseholdRates {
    /// The multiple of the montant forfaitaire for `persons` persons (at least 1).
    pub fn rate(self, persons: u32, couple: bool) -> Decimal {
        let mut rate = Decimal::ONE;
        if persons >= 2 {
            rate += self.second_person.0;
        }
        if persons >= 3 {
            rate += self.third_person.0;
        }
        if persons >= 4 {
            rate += if couple { self.fourth_person_couple.0 } else { self.fourth_person_single.0 };
        }
        if persons > 4 {
            rate += self.beyond_fourth.0 * Decimal::from(persons - 4);
        }
        rate
    }
}

/// The majoration pour isolement (D843-1): MF × (base + per child × children) instead of the
/// household rate, for a single person who is pregnant, has a child under 3, or separated
/// less than 18 months ago and has children.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IsolatedParentRates {
    pub base: Share,
    pub per_child: Share,
}

/// Forfait logement (R844-3, R844-4): a share of the montant forfaitaire of a household of
/// 1, 2, or 3 persons or more (the household rate capped at 3 persons).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ForfaitLogementRates {
    pub one_person: Share,
    pub two_persons: Share,
    pub three_or_more: Share,
    /// The household rate stops growing at this many persons.
    pub capped_at_persons: Count,
}

impl ForfaitLogementRates {
    pub fn share(self, persons: u32) -> Decimal {
        match persons {
            0 | 1 => self.one_person.0,
            2 => self.two_persons.0,
            _ => self.three_or_more.0,
        }
    }
}

fn pct(share: Share) -> Value {
    share.describe()
}

impl Describe for HouseholdRates {
    fn describe(&self) -> Value {
        Value::Table(vec![
            ("second_person", pct(self.second_person)),
            ("third_person", pct(self.third_person)),
            ("fourth_person_couple", pct(self.fourth_person_couple)),
            ("fourth_person_single", pct(self.fourth_person_single)),
            ("beyond_fourth", pct(self.beyond_fourth)),
        ])
    }
}

impl Describe for IsolatedParentRates {
    fn describe(&self) -> Value {
        Value::Table(vec![("base", pct(self.base)), ("per_child", pct(self.per_child))])
    }
}

impl Describe for ForfaitLogementRates {
    fn describe(&self) -> Value {
        Value::Table(vec![
            ("one_person", pct(self.one_person)),
            ("two_persons", pct(self.two_persons)),
            ("three_or_more", pct(self.three_or_more)),
            ("capped_at_persons", Value::Count(self.capped_at_persons.0)),
        ])
    }
}

/// Montant forfaitaire for one person (CSS L842-3, D843-1), revalued every 1 April.
pub static MONTANT_FORFAITAIRE: Timeline<EurosPerMonth> = Timeline {
    id: "prime.montant_forfaitaire",
    refs: &["CSS L842-3", "CSS D843-1"],
    last_checked: PRIME_CHECKED,
    entries: &[
        entry(date(2023, 4, 1), EurosPerMonth(dec(59525, 2)), "Décret n° 2023-343; (OF) ppa/pa_m/montant_de_base.yaml; earlier values are not encoded"),
        entry(date(2024, 4, 1), EurosPerMonth(dec(62263, 2)), "Décret n° 2024-403; (OF) ppa/pa_m/montant_de_base.yaml"),
        entry(date(2025, 4, 1), EurosPerMonth(dec(63321, 2)), "Décret n° 2025-294 du 29 mars 2025"),
        entry(date(2026, 4, 1), EurosPerMonth(dec(63828, 2)), "Décret n° 2026-222 du 30 mars 2026, art. 2"),
    ],
};

/// Share of the household's earned income added to the amount (the "pente", D843-3).
pub static SLOPE: Timeline<Share> = Timeline {
    id: "prime.slope",
    refs: &["CSS L842-3", "CSS D843-3"],
    last_checked: PRIME_CHECKED,
    entries: &[
        entry(date(2018, 8, 1), Share(dec(61, 2)), "CSS D843-3 (61 % from 2018-08-01); (OF) ppa/pa_m/majoration_ressources_revenus_activite.yaml"),
        entry(date(2025, 4, 1), Share(dec(5985, 4)), "CSS D843-3 as amended by Décret n° 2025-292 (59.85 % from 2025-04-01)"),
    ],
};

/// The individual bonification starts above this many hourly SMIC of earnings (D843-2).
pub static BONIFICATION_START: Timeline<Count> = Timeline {
    id: "prime.bonification_start_smic_hours",
    refs: &["CSS D843-2"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(START, Count(59), "CSS D843-2 (59 × the hourly SMIC since 2016; earlier values are not encoded); (OF) ppa/pa_m/bonification/*.yaml")],
};

/// The bonification reaches its maximum at this many hourly SMIC of earnings (D843-2).
pub static BONIFICATION_FULL: Timeline<Count> = Timeline {
    id: "prime.bonification_full_smic_hours",
    refs: &["CSS D843-2"],
    last_checked: PRIME_CHECKED,
    entries: &[
        entry(date(2018, 10, 1), Count(120), "Décret n° 2018-1197 (CSS D843-2: 120 × the hourly SMIC); (OF) ppa/pa_m/bonification/*.yaml"),
        entry(date(2026, 4, 1), Count(138), "Décret n° 2026-222 du 30 mars 2026, art. 1 (138 × the hourly SMIC)"),
    ],
};

/// The bonification maximum, as a share of the one-person montant forfaitaire; the amount is
/// round(share × MF, 2) (D843-2; prime-activite.md P5).
pub static BONIFICATION_MAX_SHARE: Timeline<Share> = Timeline {
    id: "prime.bonification_max_share",
    refs: &["CSS D843-2"],
    last_checked: PRIME_CHECKED,
    entries: &[
        entry(date(2018, 10, 1), Share(dec(29101, 5)), "CSS D843-2 (29.101 % of MF from 2018-10-01); (OF) ppa/pa_m/bonification/*.yaml"),
        entry(date(2026, 4, 1), Share(dec(377, 3)), "Décret n° 2026-222 du 30 mars 2026, art. 1 (37.7 % of MF)"),
    ],
};

/// Household rates of the montant forfaitaire (D843-1; prime-activite.md §1).
pub static HOUSEHOLD_RATES: Timeline<HouseholdRates> = Timeline {
    id: "prime.household_rates",
    refs: &["CSS L842-3", "CSS D843-1"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(
        START,
        HouseholdRates {
            second_person: Share(dec(50, 2)),
            third_person: Share(dec(30, 2)),
            fourth_person_couple: Share(dec(30, 2)),
            fourth_person_single: Share(dec(40, 2)),
            beyond_fourth: Share(dec(40, 2)),
        },
        "CSS D843-1 (since 2016; earlier values are not encoded); (OF) ppa/pa_m/majoration_montant_maximal/*.yaml",
    )],
};

/// Majoration pour isolement (D843-1).
pub static ISOLATED_PARENT_RATES: Timeline<IsolatedParentRates> = Timeline {
    id: "prime.isolated_parent_rates",
    refs: &["CSS L842-7", "CSS D843-1"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(
        START,
        IsolatedParentRates { base: Share(dec(128412, 5)), per_child: Share(dec(42804, 5)) },
        "CSS D843-1 (128.412 % + 42.804 % per child, since 2016; earlier values are not encoded); (OF) ppa/pa_m/majoration_isolement/*.yaml",
    )],
};

/// Forfait logement (R844-3, R844-4).
pub static FORFAIT_LOGEMENT: Timeline<ForfaitLogementRates> = Timeline {
    id: "prime.forfait_logement",
    refs: &["CSS R844-3", "CSS R844-4"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(
        START,
        ForfaitLogementRates {
            one_person: Share(dec(12, 2)),
            two_persons: Share(dec(16, 2)),
            three_or_more: Share(dec(165, 3)),
            capped_at_persons: Count(3),
        },
        "CSS R844-3, R844-4 (12 %, 16 %, 16.5 % of the MF of 1, 2, 3+ persons, since 2016; earlier values are not encoded); (OF) ppa/pa_fl/taux_forfait_logement/*.yaml",
    )],
};

/// Below this monthly amount nothing is paid (D843-1).
pub static MINIMUM_PAID: Timeline<EurosPerMonth> = Timeline {
    id: "prime.minimum_paid",
    refs: &["CSS D843-1"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(START, EurosPerMonth(dec(15, 0)), "CSS D843-1 (15 € since 2016; earlier values are not encoded)")],
};

/// How many months before the month of the claim or review the first reference month lies:
/// the right uses that month and the next two (R843-1). A change of logic, entered as a date.
pub static REFERENCE_LAG: Timeline<MonthCount> = Timeline {
    id: "prime.reference_lag_months",
    refs: &["CSS R843-1"],
    last_checked: PRIME_CHECKED,
    entries: &[
        entry(START, MonthCount(3), "CSS R843-1 before Décret n° 2025-185: the 3rd, 2nd and 1st months before (earlier values are not encoded)"),
        entry(date(2025, 3, 1), MonthCount(4), "CSS R843-1 as amended by Décret n° 2025-185: the 4th, 3rd and 2nd months before"),
    ],
};

/// The right is fixed for this many months at a time (R843-1).
pub static REVIEW_MONTHS: Timeline<MonthCount> = Timeline {
    id: "prime.review_months",
    refs: &["CSS R843-1"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(START, MonthCount(3), "CSS R843-1 (a right fixed for three months; earlier values are not encoded)")],
};

/// The prime is for people aged 18 or more (L842-1).
pub static MINIMUM_AGE: Timeline<Years> = Timeline {
    id: "prime.minimum_age",
    refs: &["CSS L842-1"],
    last_checked: PRIME_CHECKED,
    entries: &[entry(START, Years(18), "CSS L842-1 (18 or older; earlier values are not encoded)")],
};
