//! Every legal number the engine uses, as dated timelines with their sources: the one file a
//! lawyer reviews. A value is "in force on date D" when it is the last entry whose effective
//! date is ≤ D; after the newest entry the newest value keeps applying; a date before the
//! first entry is an error ([`NotCovered`]), never a silent default.
//!
//! How to change a value: add a dated [`Entry`] at the end of its timeline (never edit the
//! past, so a 2024 contract still computes 2024 law), cite the text that sets it, move
//! `last_checked`, and add boundary tests on the day before and the day of the change. The
//! tests in `tests/params.rs` check every timeline of [`ALL`]: dates strictly increasing,
//! every entry sourced, and the lookup on each boundary.
//!
//! The tables start on 2022-01-01, the first year the product covers: earlier values are not
//! encoded, so an earlier date is refused rather than computed with today's law. Values
//! marked with a `flag` are uncertain in `shared/domain/parameters.md` (⚠) and the UI says so.
//! `last_checked` is the date the entries were last compared with their sources (for v1, the
//! project's reviewed tables in `shared/domain/`).

pub mod prime;

use super::codes::{Criterion, Document, StructureKind};

pub mod employer;
use chrono::NaiveDate;
use rust_decimal::Decimal;

pub mod rights;

/// One value of a timeline, in force from `from` until the next entry.
#[derive(Debug)]
pub struct Entry<T: 'static> {
    pub from: NaiveDate,
    pub value: T,
    /// The legal text (décret, arrêté, article) that set the value, and where it was read.
    /// Native only: the sources page that shows it is written at build time, so the texts
    /// stay out of the app's WebAssembly (first-screen budget).
    #[cfg(not(target_arch = "wasm32"))]
    pub source: &'static str,
    /// Why the value is uncertain, when it is (⚠ in `parameters.md`).
    pub flag: Option<&'static str>,
}

/// A legal value through time.
#[derive(Debug)]
pub struct Timeline<T: 'static> {
    /// Stable id, also the key of its label in the UI catalogue (`param.<id>`).
    pub id: &'static str,
    /// The articles that create the rule the value belongs to.
    pub refs: &'static [&'static str],
    pub last_checked: NaiveDate,
    pub entries: &'static [Entry<T>],
}

/// A lookup before the first entry of a timeline: the product does not know the law then.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotCovered {
    pub parameter: &'static str,
    pub date: NaiveDate,
    pub first: Option<NaiveDate>,
}

impl<T: Copy> Timeline<T> {
    /// The value in force on `date`.
    pub fn at(&self, date: NaiveDate) -> Result<T, NotCovered> {
        self.entry_at(date).map(|e| e.value)
    }

    pub fn entry_at(&self, date: NaiveDate) -> Result<&'static Entry<T>, NotCovered> {
        self.entries.iter().rev().find(|e| e.from <= date).ok_or(NotCovered {
            parameter: self.id,
            date,
            first: self.entries.first().map(|e| e.from),
        })
    }
}

// ---------------------------------------------------------------------------------------
// Value types: the unit is in the type, so a rate per hour cannot be used as a monthly sum.
// ---------------------------------------------------------------------------------------

/// Gross euros per hour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EurosPerHour(pub Decimal);
/// Euros per month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EurosPerMonth(pub Decimal);
/// A fraction (0.0690 is 6.90 %).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share(pub Decimal);
/// Hours per week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HoursPerWeek(pub Decimal);
/// A number of months.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthCount(pub u32);
/// An age in whole years.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years(pub u32);
/// A plain count (quarters, multiples of the hourly SMIC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub u32);

/// Level-2 criteria an SIAE needs to declare eligibility alone, per kind of structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PerKind(pub [(StructureKind, u32); 5]);

impl PerKind {
    pub fn get(self, kind: StructureKind) -> u32 {
        self.0.iter().find(|(k, _)| *k == kind).map_or(u32::MAX, |(_, n)| *n)
    }
}

/// How recent a proof must be, counted back from the hiring date (eligibility.md D7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Validity {
    /// Issued at most this many months before the hiring date.
    Months(u32),
    /// Valid on the hiring date (a decision or permit still running).
    AtHiring,
    /// No limit (an identity document).
    None,
}

/// The proof an SIAE keeps for one criterion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ProofRule {
    pub criterion: Criterion,
    pub document: Document,
    pub validity: Validity,
}

/// The table of proofs (annex of the arrêté du 1er septembre 2021).
#[derive(Debug, Clone, Copy)]
pub struct ProofTable(pub &'static [ProofRule]);

impl ProofTable {
    pub fn get(self, criterion: Criterion) -> Option<ProofRule> {
        self.0.iter().find(|r| r.criterion == criterion).copied()
    }
}

/// The minimum wage of workers under 18 (D3231-3): a share of the SMIC by age band.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinorMinimum {
    pub first_band_below: Years,
    pub first_band_share: Share,
    pub second_band_below: Years,
    pub second_band_share: Share,
    /// The abatement stops after this much practice in the branch (the input cannot tell).
    pub practice_months: MonthCount,
}

/// A value as the "Sources et paramètres" page shows it; the UI formats it in French.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    EurosPerHour(Decimal),
    EurosPerMonth(Decimal),
    EurosPerYear(Decimal),
    Percent(Decimal),
    /// A number without unit (an exponent).
    Number(Decimal),
    HoursPerWeek(Decimal),
    Months(u32),
    /// Calendar days.
    Days(u32),
    Years(u32),
    Count(u32),
    /// Rows of (code, value), for tables such as the thresholds per kind.
    Table(Vec<(&'static str, Value)>),
    /// A proof rule: the document and its validity in months (`None`: valid at hiring or no limit).
    Proof(&'static str, Option<u32>),
    /// Shares of the SMIC by age band (below the age, in percent), then months of practice
    /// after which the bands stop applying.
    AgeBands(Vec<(u32, Decimal)>, u32),
}

pub trait Describe {
    fn describe(&self) -> Value;
}

impl Describe for EurosPerHour {
    fn describe(&self) -> Value {
        Value::EurosPerHour(self.0)
    }
}
impl Describe for EurosPerMonth {
    fn describe(&self) -> Value {
        Value::EurosPerMonth(self.0)
    }
}
impl Describe for Share {
    fn describe(&self) -> Value {
        Value::Percent(self.0 * Decimal::ONE_HUNDRED)
    }
}
impl Describe for HoursPerWeek {
    fn describe(&self) -> Value {
        Value::HoursPerWeek(self.0)
    }
}
impl Describe for MonthCount {
    fn describe(&self) -> Value {
        Value::Months(self.0)
    }
}
impl Describe for Years {
    fn describe(&self) -> Value {
        Value::Years(self.0)
    }
}
impl Describe for Count {
    fn describe(&self) -> Value {
        Value::Count(self.0)
    }
}
impl Describe for PerKind {
    fn describe(&self) -> Value {
        Value::Table(self.0.iter().map(|(k, n)| (k.code(), Value::Count(*n))).collect())
    }
}
impl Describe for ProofTable {
    fn describe(&self) -> Value {
        Value::Table(
            self.0
                .iter()
                .map(|r| {
                    let months = match r.validity {
                        Validity::Months(m) => Some(m),
                        Validity::AtHiring | Validity::None => None,
                    };
                    (r.criterion.code(), Value::Proof(r.document.code(), months))
                })
                .collect(),
        )
    }
}
impl Describe for MinorMinimum {
    fn describe(&self) -> Value {
        Value::AgeBands(
            vec![
                (self.first_band_below.0, self.first_band_share.0 * Decimal::ONE_HUNDRED),
                (self.second_band_below.0, self.second_band_share.0 * Decimal::ONE_HUNDRED),
            ],
            self.practice_months.0,
        )
    }
}

/// A timeline seen without its value type: for the invariant tests and the sources page.
pub trait AnyTimeline: Sync {
    fn id(&self) -> &'static str;
    fn refs(&self) -> &'static [&'static str];
    fn last_checked(&self) -> NaiveDate;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn effective(&self, i: usize) -> Option<NaiveDate>;
    #[cfg(not(target_arch = "wasm32"))]
    fn source(&self, i: usize) -> Option<&'static str>;
    fn flag(&self, i: usize) -> Option<&'static str>;
    /// The value of entry `i` as the sources page shows it. Native only: that page is written
    /// at build time, and the describing code would otherwise weigh in the app's WebAssembly.
    #[cfg(not(target_arch = "wasm32"))]
    fn value(&self, i: usize) -> Option<Value>;
    /// Index of the entry in force on `date`, found by the engine's own lookup
    /// ([`Timeline::entry_at`]), so the boundary tests check what the rules use.
    fn index_at(&self, date: NaiveDate) -> Option<usize>;
}

impl<T: Copy + Describe + Sync> AnyTimeline for Timeline<T> {
    fn id(&self) -> &'static str {
        self.id
    }
    fn refs(&self) -> &'static [&'static str] {
        self.refs
    }
    fn last_checked(&self) -> NaiveDate {
        self.last_checked
    }
    fn len(&self) -> usize {
        self.entries.len()
    }
    fn effective(&self, i: usize) -> Option<NaiveDate> {
        self.entries.get(i).map(|e| e.from)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn source(&self, i: usize) -> Option<&'static str> {
        self.entries.get(i).map(|e| e.source)
    }
    fn flag(&self, i: usize) -> Option<&'static str> {
        self.entries.get(i).and_then(|e| e.flag)
    }
    #[cfg(not(target_arch = "wasm32"))]
    fn value(&self, i: usize) -> Option<Value> {
        self.entries.get(i).map(|e| e.value.describe())
    }
    fn index_at(&self, date: NaiveDate) -> Option<usize> {
        let found = self.entry_at(date).ok()?;
        self.entries.iter().position(|e| std::ptr::eq(e, found))
    }
}

/// `rules_version` (cddi.md C9): the latest effective date present in the tables.
pub fn rules_version() -> NaiveDate {
    ALL.iter()
        .filter_map(|t| t.len().checked_sub(1).and_then(|last| t.effective(last)))
        .max()
        .unwrap_or(START)
}

/// The earliest date every table of eligibility, routing and the contract covers: the
/// product computes nothing before it. The prime d'activité's tables start later (its
/// montant forfaitaire on 2023-04-01) and are checked month by month when a prime is asked
/// for, so they do not move this date. The employer view has its own, later start
/// ([`employer::COVERED_FROM`], E1), reported month by month, so its tables are left out too.
pub fn covered_from() -> NaiveDate {
    ALL.iter()
        .filter(|t| !t.id().starts_with(prime::ID_PREFIX) && !t.id().starts_with("employer."))
        .filter_map(|t| t.effective(0))
        .max()
        .unwrap_or(START)
}

// ---------------------------------------------------------------------------------------
// Constructors usable in statics.
// ---------------------------------------------------------------------------------------

/// A calendar date in a table. Evaluated at compile time: an impossible date fails the build.
#[allow(clippy::panic)] // const evaluation only: a bad literal is a compile error, never a runtime panic
const fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(x) => x,
        None => panic!("impossible date in the parameter tables"),
    }
}

/// An exact decimal `mantissa × 10^-scale` (1231, 2 is 12.31).
const fn dec(mantissa: u64, scale: u32) -> Decimal {
    Decimal::from_parts(mantissa as u32, (mantissa >> 32) as u32, 0, false, scale)
}

const fn entry<T>(from: NaiveDate, value: T, source: &'static str) -> Entry<T> {
    flagged(from, value, source, None)
}

/// An entry whose value is uncertain (`flag` says why).
const fn flagged<T>(from: NaiveDate, value: T, source: &'static str, flag: Option<&'static str>) -> Entry<T> {
    #[cfg(target_arch = "wasm32")]
    let _ = source;
    Entry {
        from,
        value,
        #[cfg(not(target_arch = "wasm32"))]
        source,
        flag,
    }
}

/// First day covered by the tables.
pub const START: NaiveDate = date(2022, 1, 1);
/// When the tables were last compared with `shared/domain/parameters.md`, `eligibility.md`
/// and `cddi.md` (their own sources are cited entry by entry).
pub const CHECKED: NaiveDate = date(2026, 12, 1);

// ---------------------------------------------------------------------------------------
// 1. Pay: SMIC and minors' minimum (parameters.md §1; cddi.md C5)
// ---------------------------------------------------------------------------------------

/// Hourly gross SMIC, metropolitan France and overseas départements except Mayotte.
pub static SMIC_HOURLY: Timeline<EurosPerHour> = Timeline {
    id: "pay.smic_hourly",
    refs: &["L3231-2", "L3231-5", "L3231-6"],
    last_checked: CHECKED,
    entries: &[
        entry(date(2022, 1, 1), EurosPerHour(dec(1057, 2)), "Décret n° 2021-1741 du 22 décembre 2021"),
        entry(date(2022, 5, 1), EurosPerHour(dec(1085, 2)), "Arrêté du 19 avril 2022 (NOR MTRT2211753A), automatic rise L3231-5"),
        entry(date(2022, 8, 1), EurosPerHour(dec(1107, 2)), "Arrêté du 29 juillet 2022, automatic rise L3231-5"),
        entry(date(2023, 1, 1), EurosPerHour(dec(1127, 2)), "Décret n° 2022-1608 du 22 décembre 2022"),
        entry(date(2023, 5, 1), EurosPerHour(dec(1152, 2)), "Arrêté du 26 avril 2023, automatic rise L3231-5"),
        entry(date(2024, 1, 1), EurosPerHour(dec(1165, 2)), "Décret n° 2023-1216 du 20 décembre 2023"),
        entry(date(2024, 11, 1), EurosPerHour(dec(1188, 2)), "Décret n° 2024-951 du 23 octobre 2024 (no change on 2025-01-01)"),
        entry(date(2026, 1, 1), EurosPerHour(dec(1202, 2)), "Décret n° 2025-1228 du 17 décembre 2025"),
        // parameters.md §1.1: confirmed on 2026-12-01 from the Journal officiel reference.
        entry(date(2026, 6, 1), EurosPerHour(dec(1231, 2)),
            "Arrêté du 22 mai 2026 (JORFTEXT000054126589, JO du 24 mai 2026), automatic rise L3231-5"),
    ],
};

/// D3231-3: 20 % abatement before 17, 10 % from 17 to 18 (a floor; removed after 6 months of
/// practice in the branch, which the input cannot tell).
pub static MINOR_MINIMUM: Timeline<MinorMinimum> = Timeline {
    id: "pay.minor_minimum",
    refs: &["D3231-3"],
    last_checked: CHECKED,
    entries: &[entry(
        START,
        MinorMinimum {
            first_band_below: Years(17),
            first_band_share: Share(dec(80, 2)),
            second_band_below: Years(18),
            second_band_share: Share(dec(90, 2)),
            practice_months: MonthCount(6),
        },
        "D3231-3 (unchanged in 2022-2026; earlier values are not encoded)",
    )],
};

// ---------------------------------------------------------------------------------------
// 2. Employee contributions (parameters.md §4; cddi.md C7). Unchanged 2022-2026 in
//    OpenFisca-France 176.1.8 (OF) and modele-social 11.1.0 (MS).
// ---------------------------------------------------------------------------------------

macro_rules! rate_timeline {
    ($name:ident, $id:literal, $refs:expr, $mantissa:literal, $scale:literal, $source:literal) => {
        pub static $name: Timeline<Share> = Timeline {
            id: $id,
            refs: $refs,
            last_checked: CHECKED,
            entries: &[entry(START, Share(dec($mantissa, $scale)), $source)],
        };
    };
}

rate_timeline!(OLD_AGE_CAPPED, "contrib.old_age_capped", &["CSS L241-3"], 690, 4,
    "(OF) cnav/salarie/vieillesse_plafonnee.yaml; (MS) salarié . cotisations . vieillesse");
rate_timeline!(OLD_AGE_UNCAPPED, "contrib.old_age_uncapped", &["CSS L241-3"], 40, 4,
    "(OF) cnav/salarie/vieillesse_deplafonnee.yaml; (MS) salarié . cotisations . vieillesse");
rate_timeline!(AGIRC_ARRCO_T1, "contrib.agirc_arrco_t1", &[], 315, 4,
    "Accord national interprofessionnel AGIRC-ARRCO; (OF) agirc_arrco/salarie/agirc_arrco.yaml; (MS) salarié . cotisations . retraite complémentaire");
rate_timeline!(CEG_T1, "contrib.ceg_t1", &[], 86, 4,
    "Accord national interprofessionnel AGIRC-ARRCO; (OF) ceg/salarie/ceg.yaml; (MS) salarié . cotisations . CEG");
rate_timeline!(CSG_DEDUCTIBLE, "contrib.csg_deductible", &["CSS L136-8", "CGI 154 quinquies"], 680, 4,
    "(OF) csg/activite/deductible.yaml; (MS) salarié . cotisations . CSG-CRDS");
rate_timeline!(CSG_NON_DEDUCTIBLE, "contrib.csg_non_deductible", &["CSS L136-8"], 240, 4,
    "(OF) csg/activite/imposable.yaml; (MS) salarié . cotisations . CSG-CRDS");
rate_timeline!(CRDS, "contrib.crds", &[], 50, 4,
    "(OF) contributions_sociales/crds.yaml; (MS) salarié . cotisations . CSG-CRDS");
rate_timeline!(CSG_BASE_SHARE, "contrib.csg_base_share", &[], 9825, 4,
    "1.75 % professional-expenses abatement up to 4 PASS: (OF) csg/activite/abattement.yaml; (MS) salarié . cotisations . CSG-CRDS . assiette de base");

/// Monthly social security ceiling: C7 is right only below it (cddi.md open point 7).
pub static PASS_MONTHLY: Timeline<EurosPerMonth> = Timeline {
    id: "social.pass_monthly",
    refs: &["CSS L241-3"],
    last_checked: CHECKED,
    entries: &[
        entry(date(2022, 1, 1), EurosPerMonth(dec(3428, 0)), "(MS) plafond sécurité sociale 2022"),
        entry(date(2023, 1, 1), EurosPerMonth(dec(3666, 0)), "(MS) plafond sécurité sociale 2023"),
        entry(date(2024, 1, 1), EurosPerMonth(dec(3864, 0)), "Arrêté du 19 décembre 2023"),
        entry(date(2025, 1, 1), EurosPerMonth(dec(3925, 0)), "Arrêté du 19 décembre 2024"),
        entry(date(2026, 1, 1), EurosPerMonth(dec(4005, 0)), "Arrêté du 22 décembre 2025"),
    ],
};

// ---------------------------------------------------------------------------------------
// 3. Pension quarters (cddi.md §9, C8)
// ---------------------------------------------------------------------------------------

pub static QUARTER_SMIC_HOURS: Timeline<Count> = Timeline {
    id: "pension.quarter_smic_hours",
    refs: &["CSS R351-9"],
    last_checked: CHECKED,
    entries: &[entry(START, Count(150), "CSS R351-9 as amended by décret n° 2014-349 du 19 mars 2014 (150 × hourly SMIC of 1 January); table starts 2022-01-01")],
};

pub static MAX_QUARTERS_PER_YEAR: Timeline<Count> = Timeline {
    id: "pension.max_quarters_per_year",
    refs: &["CSS L351-2", "CSS R351-9"],
    last_checked: CHECKED,
    entries: &[entry(START, Count(4), "CSS R351-9 (at most 4 quarters per calendar year); table starts 2022-01-01")],
};

// ---------------------------------------------------------------------------------------
// 4. The CDDI (cddi.md §2–3, C2–C4)
// ---------------------------------------------------------------------------------------

macro_rules! count_timeline {
    ($name:ident: $ty:ident, $id:literal, $refs:expr, $value:expr, $source:literal) => {
        pub static $name: Timeline<$ty> = Timeline {
            id: $id,
            refs: $refs,
            last_checked: CHECKED,
            entries: &[entry(START, $ty($value), $source)],
        };
    };
}

count_timeline!(CDDI_MIN_MONTHS: MonthCount, "cddi.min_months", &["L5132-15-1"], 4,
    "L5132-15-1 para 1 (loi n° 2020-1577 du 14 décembre 2020); earlier values are not encoded");
count_timeline!(CDDI_MAX_MONTHS: MonthCount, "cddi.max_months", &["L5132-15-1"], 24,
    "L5132-15-1 (24 months renewals included); earlier values are not encoded");
count_timeline!(CDDI_CEILING_SENIOR: MonthCount, "cddi.ceiling_senior", &["L5132-15-1", "R5132-1-8"], 84,
    "R5132-1-8 (décret n° 2021-1128 du 30 août 2021): 50 or older, up to 84 months");
count_timeline!(CDDI_CEILING_RQTH: MonthCount, "cddi.ceiling_rqth", &["L5132-15-1", "R5132-1-8"], 60,
    "R5132-1-8: recognised disabled worker, up to 60 months");
count_timeline!(CDDI_CEILING_DIFFICULTIES: MonthCount, "cddi.ceiling_difficulties", &["L5132-15-1", "R5132-1-8"], 60,
    "R5132-1-8: particularly serious difficulties (ACI and AI), up to 60 months");
count_timeline!(CDDI_SENIOR_EXTENSION_AGE: Years, "cddi.senior_extension_age", &["L5132-15-1", "R5132-1-8"], 50,
    "L5132-15-1 a; R5132-1-8: age 50 or more");
count_timeline!(CDDI_MIN_WEEKLY_HOURS: HoursPerWeek, "cddi.min_weekly_hours", &["L5132-15-1", "D5132-43-5"], dec(20, 0),
    "L5132-15-1 (at least 20 h a week unless the préfet grants a derogation, D5132-43-5 to D5132-43-15)");
count_timeline!(CDDI_MAX_WEEKLY_HOURS: HoursPerWeek, "cddi.max_weekly_hours", &["L5132-15-1", "L3121-27"], dec(35, 0),
    "L3121-27 (legal weekly duration, 35 h); L5132-15-1");

// ---------------------------------------------------------------------------------------
// 5. Eligibility (eligibility.md D1–D7)
// ---------------------------------------------------------------------------------------

pub static LEVEL2_REQUIRED: Timeline<PerKind> = Timeline {
    id: "eligibility.level2_required",
    refs: &["R5132-1-7", "arrêté 2021-09-01 art. 2"],
    last_checked: CHECKED,
    entries: &[entry(
        START,
        PerKind([
            (StructureKind::Aci, 3),
            (StructureKind::Ei, 3),
            (StructureKind::Eiti, 3),
            (StructureKind::Ai, 2),
            (StructureKind::Etti, 2),
        ]),
        "Arrêté du 1er septembre 2021 art. 2 (ACI, EI: 3; AI, ETTI: 2); EITI: 3 on the platform's word \
         (ADMINISTRATIVE_CRITERIA_LEVEL_2_REQUIRED_FOR_SIAE_KIND)",
    )],
};

count_timeline!(JEUNE_BELOW_AGE: Years, "eligibility.jeune_below_age", &["R5132-1-7", "arrêté 2021-09-01"], 26,
    "Arrêté du 1er septembre 2021, annex (Jeune, -26 ans); earlier values are not encoded");
count_timeline!(SENIOR_FROM_AGE: Years, "eligibility.senior_from_age", &["R5132-1-7", "arrêté 2021-09-01"], 50,
    "Arrêté du 1er septembre 2021, annex (Senior, +50 ans)");
count_timeline!(DELD_FROM_MONTHS: MonthCount, "eligibility.deld_from_months", &["R5132-1-7", "arrêté 2021-09-01"], 12,
    "Arrêté du 1er septembre 2021, annex (DELD, 12-24 mois)");
count_timeline!(DETLD_FROM_MONTHS: MonthCount, "eligibility.detld_from_months", &["R5132-1-7"], 24,
    "R5132-1-7 II (job seeker for 24 months or more)");
count_timeline!(MINIMUM_WORKING_AGE: Years, "work.minimum_age", &["L4153-1"], 16,
    "L4153-1 (no work contract under 16 outside apprenticeship and school placements)");
count_timeline!(WAITING_PERIOD_MONTHS: MonthCount, "pass_iae.waiting_period_months", &["R5132-1-4"], 24,
    "R5132-1-4 (2 years after the end of the last parcours); platform WAITING_PERIOD_YEARS = 2");

const fn proof(criterion: Criterion, document: Document, validity: Validity) -> ProofRule {
    ProofRule { criterion, document, validity }
}

pub static PROOFS: Timeline<ProofTable> = Timeline {
    id: "eligibility.proofs",
    refs: &["R5132-1-7", "arrêté 2021-09-01"],
    last_checked: CHECKED,
    entries: &[flagged(
        START,
        ProofTable(&[
            proof(Criterion::Rsa, Document::RsaCertificate, Validity::Months(3)),
            proof(Criterion::Ass, Document::AssCertificate, Validity::Months(3)),
            proof(Criterion::Aah, Document::AahCertificate, Validity::Months(3)),
            proof(Criterion::Detld, Document::FtRegistrationStatement, Validity::Months(3)),
            proof(Criterion::CapBep, Document::DiplomaOrSwornStatement, Validity::Months(3)),
            proof(Criterion::Senior, Document::IdentityDocument, Validity::None),
            proof(Criterion::Jeune, Document::IdentityDocument, Validity::None),
            proof(Criterion::Ase, Document::AseCertificate, Validity::Months(12)),
            proof(Criterion::Deld, Document::FtRegistrationStatement, Validity::Months(3)),
            proof(Criterion::Th, Document::RqthDecision, Validity::AtHiring),
            proof(Criterion::Pi, Document::CafMsaSingleParentCertificate, Validity::Months(3)),
            proof(Criterion::PshPr, Document::DomiciliationOrSocialWorkerStatement, Validity::Months(3)),
            proof(Criterion::RefDa, Document::ResidenceOrWorkPermit, Validity::AtHiring),
            proof(Criterion::Zrr, Document::ProofOfAddress, Validity::Months(6)),
            proof(Criterion::Qpv, Document::ProofOfAddress, Validity::Months(6)),
            proof(Criterion::DetentionMj, Document::ReleaseOrJapCertificate, Validity::Months(6)),
            proof(Criterion::Fle, Document::FleAssessment, Validity::Months(6)),
            proof(Criterion::Pm, Document::MobilityDiagnosis, Validity::Months(6)),
        ]),
        "Arrêté du 1er septembre 2021, annex as amended by the arrêté du 4 septembre 2025; \
         platform administrative_criteria.json (les-emplois 543eae8d)",
        Some("only part of the 2025 annex could be read; the platform list is used (eligibility.md D1)"),
    )],
};

// ---------------------------------------------------------------------------------------
// 6. Routing (routing.md)
// ---------------------------------------------------------------------------------------

count_timeline!(ML_FROM_AGE: Years, "routing.ml_from_age", &["L5314-2"], 16,
    "L5314-2 (Missions locales: 16 to 25 inclusive)");
count_timeline!(ML_UNTIL_AGE: Years, "routing.ml_until_age", &["L5314-2"], 25,
    "L5314-2 (\"seize à vingt-cinq ans révolus\")");
count_timeline!(MAJORITY_AGE: Years, "routing.majority_age", &["Code civil 414"], 18,
    "Code civil art. 414 (SPIP from 18, PJJ before)");

/// Every timeline, for the invariant tests and the "Sources et paramètres" page. A test checks
/// that every `Timeline` declared in this file is listed here.
pub static ALL: &[&dyn AnyTimeline] = &[
    &SMIC_HOURLY,
    &MINOR_MINIMUM,
    &OLD_AGE_CAPPED,
    &OLD_AGE_UNCAPPED,
    &AGIRC_ARRCO_T1,
    &CEG_T1,
    &CSG_DEDUCTIBLE,
    &CSG_NON_DEDUCTIBLE,
    &CRDS,
    &CSG_BASE_SHARE,
    &PASS_MONTHLY,
    &QUARTER_SMIC_HOURS,
    &MAX_QUARTERS_PER_YEAR,
    &CDDI_MIN_MONTHS,
    &CDDI_MAX_MONTHS,
    &CDDI_CEILING_SENIOR,
    &CDDI_CEILING_RQTH,
    &CDDI_CEILING_DIFFICULTIES,
    &CDDI_SENIOR_EXTENSION_AGE,
    &CDDI_MIN_WEEKLY_HOURS,
    &CDDI_MAX_WEEKLY_HOURS,
    &LEVEL2_REQUIRED,
    &JEUNE_BELOW_AGE,
    &SENIOR_FROM_AGE,
    &DELD_FROM_MONTHS,
    &DETLD_FROM_MONTHS,
    &MINIMUM_WORKING_AGE,
    &WAITING_PERIOD_MONTHS,
    &PROOFS,
    &ML_FROM_AGE,
    &ML_UNTIL_AGE,
    &MAJORITY_AGE,
    #[cfg(feature = "employer")]
    &rights::TRIAL_DAYS_PER_WEEK,
    #[cfg(feature = "employer")]
    &rights::TRIAL_SHORT_CONTRACT_MONTHS,
    #[cfg(feature = "employer")]
    &rights::TRIAL_MAX_DAYS_SHORT,
    #[cfg(feature = "employer")]
    &rights::TRIAL_MAX_DAYS_LONG,
    #[cfg(feature = "employer")]
    &rights::PMSMP_MAX_SHARE,
    #[cfg(feature = "employer")]
    &rights::PMSMP_CONVENTION_MAX_MONTHS,
    #[cfg(feature = "employer")]
    &rights::PMSMP_CONVENTION_RENEWALS,
    #[cfg(feature = "employer")]
    &rights::SUSPENSION_CDD_MIN_MONTHS,
    #[cfg(feature = "employer")]
    &rights::NOTICE_DAYS_PER_WEEK,
    #[cfg(feature = "employer")]
    &rights::NOTICE_MAX_DAYS,
    &prime::MONTANT_FORFAITAIRE,
    &prime::SLOPE,
    &prime::BONIFICATION_START,
    &prime::BONIFICATION_FULL,
    &prime::BONIFICATION_MAX_SHARE,
    &prime::HOUSEHOLD_RATES,
    &prime::ISOLATED_PARENT_RATES,
    &prime::FORFAIT_LOGEMENT,
    &prime::MINIMUM_PAID,
    &prime::REFERENCE_LAG,
    &prime::REVIEW_MONTHS,
    &prime::MINIMUM_AGE,
    #[cfg(feature = "employer")]
    &employer::MALADIE,
    #[cfg(feature = "employer")]
    &employer::VIEILLESSE_PLAFONNEE,
    #[cfg(feature = "employer")]
    &employer::VIEILLESSE_DEPLAFONNEE,
    #[cfg(feature = "employer")]
    &employer::ALLOCATIONS_FAMILIALES,
    #[cfg(feature = "employer")]
    &employer::ATMP_DEFAULT,
    #[cfg(feature = "employer")]
    &employer::FNAL_UNDER_50,
    #[cfg(feature = "employer")]
    &employer::FNAL_FROM_50,
    #[cfg(feature = "employer")]
    &employer::CSA,
    #[cfg(feature = "employer")]
    &employer::AGIRC_ARRCO_T1,
    #[cfg(feature = "employer")]
    &employer::CEG_T1,
    #[cfg(feature = "employer")]
    &employer::CHOMAGE,
    #[cfg(feature = "employer")]
    &employer::AGS,
    #[cfg(feature = "employer")]
    &employer::DIALOGUE_SOCIAL,
    #[cfg(feature = "employer")]
    &employer::FORMATION_UNDER_11,
    #[cfg(feature = "employer")]
    &employer::FORMATION_FROM_11,
    #[cfg(feature = "employer")]
    &employer::TAXE_APPRENTISSAGE,
    #[cfg(feature = "employer")]
    &employer::TAXE_APPRENTISSAGE_ALSACE_MOSELLE,
    #[cfg(feature = "employer")]
    &employer::CPF_CDD,
    #[cfg(feature = "employer")]
    &employer::PEEC,
    #[cfg(feature = "employer")]
    &employer::RGDU_T_MIN,
    #[cfg(feature = "employer")]
    &employer::RGDU_T_DELTA_UNDER_50,
    #[cfg(feature = "employer")]
    &employer::RGDU_T_DELTA_FROM_50,
    #[cfg(feature = "employer")]
    &employer::RGDU_POWER,
    #[cfg(feature = "employer")]
    &employer::RGDU_SMIC_MULTIPLE,
    #[cfg(feature = "employer")]
    &employer::RGDU_SMIC_REFERENCE,
    #[cfg(feature = "employer")]
    &employer::RGDU_ATMP_CAP,
    #[cfg(feature = "employer")]
    &employer::AIDE_AU_POSTE_SOCLE,
    #[cfg(feature = "employer")]
    &employer::AID_FULL_TIME_HOURS,
    #[cfg(feature = "employer")]
    &employer::MODULATED_MAX,
    #[cfg(feature = "employer")]
    &employer::MODULATED_MAX_PRISON,
    #[cfg(feature = "employer")]
    &employer::REVENUE_CAP,
    #[cfg(feature = "employer")]
    &employer::REVENUE_CAP_DEROGATION,
];
