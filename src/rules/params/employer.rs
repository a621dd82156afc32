//! The employer's side of a CDDI post (shared/domain/employer.md §2, parameters.md §5–6):
//! employer contribution rates, the réduction générale dégressive unique (RGDU), the aide au
//! poste of an ACI and the 30 % revenue cap. Same conventions as the rest of `params`: each
//! value a dated timeline with the text that sets it, never edited in the past.
//!
//! The employer view covers months from 2026-01-01 only (E1): the contribution tables start on
//! [`COVERED_FROM`], and an earlier month is reported as not covered, never computed with
//! another year's law. The aide au poste table keeps its published history from 2022; for a
//! year without an arrêté the latest published amount applies with a notice (E7), never an
//! estimate.

use super::{date, dec, entry, flagged, Count, Describe, Entry, EurosPerHour, Share, Timeline, Value};
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// First month the employer view computes (employer.md E1). Every contribution and RGDU
/// timeline of this file starts on or before it (a test checks).
pub const COVERED_FROM: NaiveDate = date(2026, 1, 1);
/// When these tables were last compared with `shared/domain/employer.md` (checked 2026-12-01).
pub const CHECKED: NaiveDate = date(2026, 12, 1);

/// Euros per year (the aide au poste is a yearly amount per full-time post).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EurosPerYear(pub Decimal);

impl Describe for EurosPerYear {
    fn describe(&self) -> Value {
        Value::EurosPerYear(self.0)
    }
}

/// A plain number without unit (the exponent of the RGDU formula).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Number(pub Decimal);

impl Describe for Number {
    fn describe(&self) -> Value {
        Value::Number(self.0)
    }
}

/// An hourly SMIC frozen for one calendar year: the RGDU's SMIC of reference (E4). For any
/// other year the formula uses the SMIC in force.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearSmic {
    pub year: i32,
    pub hourly: EurosPerHour,
}

impl Describe for YearSmic {
    fn describe(&self) -> Value {
        Value::EurosPerHour(self.hourly.0)
    }
}

const fn rate(from: NaiveDate, mantissa: u64, scale: u32, source: &'static str) -> Entry<Share> {
    entry(from, Share(dec(mantissa, scale)), source)
}

// ---------------------------------------------------------------------------------------
// 1. Employer contributions, private carrier (E3), on the month's whole gross.
// ---------------------------------------------------------------------------------------

pub static MALADIE: Timeline<Share> = Timeline {
    id: "employer.maladie",
    refs: &["CSS L241-2"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 1300, 4, "Décret n° 2025-887 du 4 septembre 2025 (reduced 7 % rate folded into the RGDU); table starts 2026-01-01")],
};

pub static VIEILLESSE_PLAFONNEE: Timeline<Share> = Timeline {
    id: "employer.vieillesse_plafonnee",
    refs: &["CSS L241-3"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 855, 4, "Décret n° 2025-1446 du 31 décembre 2025; table starts 2026-01-01")],
};

pub static VIEILLESSE_DEPLAFONNEE: Timeline<Share> = Timeline {
    id: "employer.vieillesse_deplafonnee",
    refs: &["CSS L241-3"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 211, 4, "Décret n° 2025-1446 du 31 décembre 2025 (2.02 % in 2025); table starts 2026-01-01")],
};

pub static ALLOCATIONS_FAMILIALES: Timeline<Share> = Timeline {
    id: "employer.allocations_familiales",
    refs: &["CSS L241-6"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 525, 4, "Décret n° 2025-887 du 4 septembre 2025 (reduced 3.45 % rate folded into the RGDU); table starts 2026-01-01")],
};

/// AT/MP: the rate is an input (the Carsat notifies it); this is its default.
pub static ATMP_DEFAULT: Timeline<Share> = Timeline {
    id: "employer.atmp_default",
    refs: &["CSS L242-5"],
    last_checked: CHECKED,
    entries: &[flagged(
        COVERED_FROM,
        Share(dec(150, 4)),
        "Rate reported for ACIs since the arrêté of 22 December 2014 (trade press, employer.md §2); default of the input, the notified rate prevails",
        Some("not found in a text in force: check the rate notified by the Carsat"),
    )],
};

pub static FNAL_UNDER_50: Timeline<Share> = Timeline {
    id: "employer.fnal_under_50",
    refs: &["CSS L834-1"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 10, 4, "CSS L834-1 (0.10 % under 50 employees, on pay up to the PASS); table starts 2026-01-01")],
};

pub static FNAL_FROM_50: Timeline<Share> = Timeline {
    id: "employer.fnal_from_50",
    refs: &["CSS L834-1"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 50, 4, "CSS L834-1 (0.50 % from 50 employees, on the whole pay); table starts 2026-01-01")],
};

pub static CSA: Timeline<Share> = Timeline {
    id: "employer.csa",
    refs: &["CASF L14-10-4"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 30, 4, "CASF L14-10-4 (contribution solidarité autonomie 0.30 %); table starts 2026-01-01")],
};

pub static AGIRC_ARRCO_T1: Timeline<Share> = Timeline {
    id: "employer.agirc_arrco_t1",
    refs: &[],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 472, 4, "Accord national interprofessionnel AGIRC-ARRCO (employer share, tranche 1); table starts 2026-01-01")],
};

pub static CEG_T1: Timeline<Share> = Timeline {
    id: "employer.ceg_t1",
    refs: &[],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 129, 4, "Accord national interprofessionnel AGIRC-ARRCO (CEG employer share, tranche 1); table starts 2026-01-01")],
};

pub static CHOMAGE: Timeline<Share> = Timeline {
    id: "employer.chomage",
    refs: &["L5422-9"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 400, 4, "Unédic (4.00 % since 2025-05-01, 4.05 % before); table starts 2026-01-01")],
};

pub static AGS: Timeline<Share> = Timeline {
    id: "employer.ags",
    refs: &["L3253-18"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 25, 4, "AGS board of 16 December 2025 (rate kept at 0.25 %); table starts 2026-01-01")],
};

pub static DIALOGUE_SOCIAL: Timeline<Share> = Timeline {
    id: "employer.dialogue_social",
    refs: &["L2135-10"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 16, 5, "L2135-10 (contribution au dialogue social 0.016 %); table starts 2026-01-01")],
};

pub static FORMATION_UNDER_11: Timeline<Share> = Timeline {
    id: "employer.formation_under_11",
    refs: &["L6331-1"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 55, 4, "L6331-1 (0.55 % under 11 employees); table starts 2026-01-01")],
};

pub static FORMATION_FROM_11: Timeline<Share> = Timeline {
    id: "employer.formation_from_11",
    refs: &["L6331-3"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 100, 4, "L6331-3 (1.00 % from 11 employees); table starts 2026-01-01")],
};

/// Taxe d'apprentissage, private carriers (associations pay it on pay from March 2026).
pub static TAXE_APPRENTISSAGE: Timeline<Share> = Timeline {
    id: "employer.taxe_apprentissage",
    refs: &["L6241-1"],
    last_checked: CHECKED,
    entries: &[
        rate(COVERED_FROM, 0, 4, "L6241-1 before the loi de finances pour 2026: non-profit associations exempt"),
        rate(date(2026, 3, 1), 68, 4, "L6241-1 as amended by the loi de finances pour 2026 art. 135 (in force 2026-02-21): due on pay from March 2026"),
    ],
};

/// The same tax in Moselle, Bas-Rhin and Haut-Rhin (57, 67, 68).
pub static TAXE_APPRENTISSAGE_ALSACE_MOSELLE: Timeline<Share> = Timeline {
    id: "employer.taxe_apprentissage_alsace_moselle",
    refs: &["L6241-1"],
    last_checked: CHECKED,
    entries: &[
        rate(COVERED_FROM, 0, 4, "L6241-1 before the loi de finances pour 2026: non-profit associations exempt"),
        rate(date(2026, 3, 1), 44, 4, "L6241-1 as amended by the loi de finances pour 2026 art. 135; 0.44 % in Moselle, Bas-Rhin and Haut-Rhin"),
    ],
};

pub static CPF_CDD: Timeline<Share> = Timeline {
    id: "employer.cpf_cdd",
    refs: &["L6331-6", "D6331-72"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 100, 4, "L6331-6 (1 % on CDD pay); D6331-72 does not list the CDDI among the exempt contracts; table starts 2026-01-01")],
};

/// Participation des employeurs à l'effort de construction, from 50 employees.
pub static PEEC: Timeline<Share> = Timeline {
    id: "employer.peec",
    refs: &["CCH L313-1"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 45, 4, "Code de la construction et de l'habitation L313-1 (0.45 %, from 50 employees); table starts 2026-01-01")],
};

// ---------------------------------------------------------------------------------------
// 2. RGDU (E4): C = Tmin + Tdelta × (½ × (3 × SMIC / pay − 1))^power, capped at Tmin + Tdelta.
// ---------------------------------------------------------------------------------------

pub static RGDU_T_MIN: Timeline<Share> = Timeline {
    id: "employer.rgdu_t_min",
    refs: &["CSS L241-13", "CSS D241-7"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 200, 4, "CSS D241-7 (Décret n° 2025-887 du 4 septembre 2025; Décret n° 2025-1446 du 31 décembre 2025)")],
};

pub static RGDU_T_DELTA_UNDER_50: Timeline<Share> = Timeline {
    id: "employer.rgdu_t_delta_under_50",
    refs: &["CSS L241-13", "CSS D241-7"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 3781, 4, "CSS D241-7 (Décret n° 2025-1446 du 31 décembre 2025), employers under 50 employees")],
};

pub static RGDU_T_DELTA_FROM_50: Timeline<Share> = Timeline {
    id: "employer.rgdu_t_delta_from_50",
    refs: &["CSS L241-13", "CSS D241-7"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 3821, 4, "CSS D241-7 (Décret n° 2025-1446 du 31 décembre 2025), employers of 50 employees or more")],
};

pub static RGDU_POWER: Timeline<Number> = Timeline {
    id: "employer.rgdu_power",
    refs: &["CSS D241-7"],
    last_checked: CHECKED,
    entries: &[entry(COVERED_FROM, Number(dec(175, 2)), "CSS D241-7 (Décret n° 2025-887 du 4 septembre 2025): exponent 1.75")],
};

/// The reduction is zero from this many times the SMIC.
pub static RGDU_SMIC_MULTIPLE: Timeline<Count> = Timeline {
    id: "employer.rgdu_smic_multiple",
    refs: &["CSS L241-13"],
    last_checked: CHECKED,
    entries: &[entry(COVERED_FROM, Count(3), "CSS L241-13 as amended by the loi n° 2025-199 art. 18 (zero from 3 SMIC)")],
};

/// The SMIC of reference of the formula, frozen for one year.
pub static RGDU_SMIC_REFERENCE: Timeline<YearSmic> = Timeline {
    id: "employer.rgdu_smic_reference",
    refs: &["CSS D241-7"],
    last_checked: CHECKED,
    entries: &[entry(
        COVERED_FROM,
        YearSmic { year: 2026, hourly: EurosPerHour(dec(1202, 2)) },
        "Décret n° 2026-509 du 12 juin 2026: 12.02 € for every month of 2026 (the June rise does not enter the reduction); other years: the SMIC in force",
    )],
};

/// AT/MP counts in the reduction's cap at most at this rate.
pub static RGDU_ATMP_CAP: Timeline<Share> = Timeline {
    id: "employer.rgdu_atmp_cap",
    refs: &["CSS D241-2-4"],
    last_checked: CHECKED,
    entries: &[rate(COVERED_FROM, 49, 4, "CSS D241-2-4 (AT/MP counted at most 0.49 % in the réduction générale); table starts 2026-01-01")],
};

// ---------------------------------------------------------------------------------------
// 3. Aide au poste, ACI (E7–E8; parameters.md §6)
// ---------------------------------------------------------------------------------------

/// Montant socle per full-time-equivalent post and per year, ACI, metropolitan France and
/// overseas départements except Mayotte. The newest entry is the latest published; no arrêté
/// has set an ACI amount for 2025 or 2026, and the engine says so (E7) instead of estimating.
pub static AIDE_AU_POSTE_SOCLE: Timeline<EurosPerYear> = Timeline {
    id: "employer.aide_au_poste_socle",
    refs: &["R5132-37", "R5132-38"],
    last_checked: CHECKED,
    entries: &[
        entry(date(2022, 1, 1), EurosPerYear(dec(21286, 0)), "Arrêté du 5 juillet 2022 (for 1 January – 30 April 2022)"),
        entry(date(2022, 5, 1), EurosPerYear(dec(21850, 0)), "Arrêté du 5 juillet 2022"),
        entry(date(2022, 8, 1), EurosPerYear(dec(22289, 0)), "Arrêté du 5 décembre 2022"),
        entry(date(2023, 1, 1), EurosPerYear(dec(22692, 0)), "Arrêté du 28 juillet 2023"),
        entry(date(2023, 5, 1), EurosPerYear(dec(23196, 0)), "Arrêté du 28 juillet 2023"),
        entry(date(2024, 1, 1), EurosPerYear(dec(23458, 0)), "Arrêté du 30 avril 2024"),
        flagged(
            date(2024, 11, 1),
            EurosPerYear(dec(23921, 0)),
            "Arrêté du 4 décembre 2024 (trade press and network sites quoting it)",
            Some("latest published amount: no arrêté has set the ACI amount for 2025 or 2026; it is used with a notice, never an estimate"),
        ),
    ],
};

/// A full-time post for the aid: paid hours a year (35 h × 52).
pub static AID_FULL_TIME_HOURS: Timeline<Count> = Timeline {
    id: "employer.aid_full_time_hours",
    refs: &["R5132-38"],
    last_checked: CHECKED,
    entries: &[flagged(
        date(2022, 1, 1),
        Count(1820),
        "DGEFP instruction n° 2014-2, fiche 2 (1 820 paid hours a year for an ACI post)",
        Some("secondary source: the ASP's full-time reference was not read in a text in force"),
    )],
};

pub static MODULATED_MAX: Timeline<Share> = Timeline {
    id: "employer.modulated_max",
    refs: &["R5132-38"],
    last_checked: CHECKED,
    entries: &[rate(date(2022, 1, 1), 1000, 4, "R5132-38; arrêtés 2014-2024 (montant modulé 0 % to 10 % of the socle)")],
};

pub static MODULATED_MAX_PRISON: Timeline<Share> = Timeline {
    id: "employer.modulated_max_prison",
    refs: &["R5132-38"],
    last_checked: CHECKED,
    entries: &[rate(date(2022, 1, 1), 500, 4, "Arrêtés 2014-2024 (5 % at most for posts inside a prison)")],
};

// ---------------------------------------------------------------------------------------
// 4. Commercial revenue cap (E12)
// ---------------------------------------------------------------------------------------

/// Sales may cover less than this share of the insertion activities' charges.
pub static REVENUE_CAP: Timeline<Share> = Timeline {
    id: "employer.revenue_cap",
    refs: &["D5132-34"],
    last_checked: CHECKED,
    entries: &[rate(date(2024, 7, 1), 3000, 4, "D5132-34 as worded by Décret n° 2024-560 (in force 2024-07-01); earlier wording not encoded")],
};

/// Up to this share with the préfet's derogation.
pub static REVENUE_CAP_DEROGATION: Timeline<Share> = Timeline {
    id: "employer.revenue_cap_derogation",
    refs: &["D5132-34", "R5311-26"],
    last_checked: CHECKED,
    entries: &[rate(date(2024, 7, 1), 5000, 4, "D5132-34 as worded by Décret n° 2024-560 (préfet, after the opinion of the commission of the comité départemental pour l'emploi, R5311-26)")],
};
