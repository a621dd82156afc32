//! Which prescriber to see (routing.md, "Project decision: the routing table", as amended by
//! "Routing, version 2" of 2026-12-01, decisions V1–V4): a recommendation, never an
//! obligation, since any authorized prescriber may declare anyone eligible (L5132-3). Unknown
//! answers count as "no"; routing never reports missing answers.

use super::calendar::age_on;
use super::codes::{code_enum, Benefit, Criterion, Justice, Prescriber, Referent};
use super::input::Person;
use super::params::{self, NotCovered};
use chrono::NaiveDate;

code_enum! {
    /// Why a prescriber is proposed: the rule (R0–R5, with R1b of V2) then the overlays
    /// (O1–O3, and O4–O5 of V3).
    pub enum RoutingReason {
        DetainedSpip => "DETAINED_SPIP", ExistingReferent => "EXISTING_REFERENT",
        RsaOrientation => "RSA_ORIENTATION", YouthMl => "YOUTH_ML",
        DisabilityCapEmploi => "DISABILITY_CAP_EMPLOI", DefaultFt => "DEFAULT_FT",
        JusticeSpip => "JUSTICE_SPIP", JusticePjj => "JUSTICE_PJJ", AseDept => "ASE_DEPT",
        HomelessCcas => "HOMELESS_CCAS", RqthCapEmploi => "RQTH_CAP_EMPLOI",
        YouthMlAlternative => "YOUTH_ML_ALTERNATIVE",
    }
}

impl RoutingReason {
    pub fn refs(self) -> &'static [&'static str] {
        const ANNEX: &[&str] = &["L5132-3", "arrêté 2021-09-01 annexe 1"];
        match self {
            RoutingReason::DetainedSpip => &["R5132-1-18", "arrêté 2021-09-01 annexe 1"],
            RoutingReason::ExistingReferent => &["L5411-5-1", "L5411-6"],
            RoutingReason::RsaOrientation => &["L5411-5-1"],
            RoutingReason::YouthMl => &["L5314-2", "L5411-5-1"],
            RoutingReason::DisabilityCapEmploi => &["L5214-3-1", "L5411-5-1"],
            RoutingReason::DefaultFt => &["L5411-5-1", "L5312-1"],
            RoutingReason::JusticeSpip
            | RoutingReason::JusticePjj
            | RoutingReason::AseDept
            | RoutingReason::HomelessCcas => ANNEX,
            RoutingReason::RqthCapEmploi => &["L5214-3-1"],
            RoutingReason::YouthMlAlternative => &["L5314-2"],
        }
    }
}

/// The recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Routing {
    pub primary: Prescriber,
    /// Ordered, without duplicates, never containing `primary`.
    pub alternatives: Vec<Prescriber>,
    pub reasons: Vec<RoutingReason>,
}

/// Applies the routing table on `as_of`.
pub fn route(person: &Person, as_of: NaiveDate) -> Result<Routing, NotCovered> {
    let ml_from = params::ML_FROM_AGE.at(as_of)?.0;
    let ml_until = params::ML_UNTIL_AGE.at(as_of)?.0;
    let majority = params::MAJORITY_AGE.at(as_of)?.0;

    let age = person.birth_date.map(|b| age_on(b, as_of));
    // L5314-2: Missions locales serve people aged 16 to 25 inclusive; unknown age: false.
    let youth = age.is_some_and(|a| (ml_from..=ml_until).contains(&a));
    let rqth = person.rqth == Some(true);
    let justice = person.justice.unwrap_or(Justice::None);
    let declared = |c| person.criteria.is_some_and(|set| set.contains(c));

    // O1's and R1b's age test: adults, or age unknown (routing.md: "age ≥ 18 (or unknown)").
    let adult_or_unknown = !matches!(age, Some(a) if a < majority);

    // The rule's alternatives, and (R5 only) the ones that come after every overlay (V4).
    let (primary, rule_alternatives, last_alternatives, rule_reason) = if justice == Justice::Detained {
        // R0: in detention, the SPIP prepares the release (CEP route inside the prison).
        (Prescriber::Spip, vec![], vec![], RoutingReason::DetainedSpip)
    } else if let Some(referent) = existing_referent(person.referent) {
        // R1 (with V1's SPIP): the single referent of the contrat d'engagement comes first (L5411-6).
        (referent, vec![Prescriber::Ft], vec![], RoutingReason::ExistingReferent)
    } else if adult_or_unknown && matches!(justice, Justice::SentenceAdjustment | Justice::Supervised) {
        // R1b (V2): an adult under an aménagement de peine or a judicial measure in the
        // community is followed by the SPIP, which comes first. `released` keeps O1 only.
        (Prescriber::Spip, vec![Prescriber::Ft], vec![], RoutingReason::JusticeSpip)
    } else if person.receives(Benefit::Rsa) {
        // R2: the département decides an RSA beneficiary's orientation (L5411-5-1 II 2°).
        let mut alternatives = vec![Prescriber::Ft];
        if youth {
            alternatives.push(Prescriber::Ml);
        }
        if rqth {
            alternatives.push(Prescriber::CapEmploi);
        }
        (Prescriber::Dept, alternatives, vec![], RoutingReason::RsaOrientation)
    } else if youth {
        // R3: young people are the Missions locales' public.
        let mut alternatives = vec![Prescriber::Ft];
        if rqth {
            alternatives.push(Prescriber::CapEmploi);
        }
        (Prescriber::Ml, alternatives, vec![], RoutingReason::YouthMl)
    } else if rqth {
        // R4: disabled people are Cap emploi's public (L5214-3-1).
        (Prescriber::CapEmploi, vec![Prescriber::Ft], vec![], RoutingReason::DisabilityCapEmploi)
    } else {
        // R5: everyone else is France Travail's; V4: the generic CCAS and PLIE come last.
        (Prescriber::Ft, vec![], vec![Prescriber::Ccas, Prescriber::Plie], RoutingReason::DefaultFt)
    };

    let mut reasons = vec![rule_reason];
    let mut additions = Vec::new();
    let mut overlay = |prescriber: Prescriber, reason: RoutingReason, reasons: &mut Vec<RoutingReason>| {
        additions.push(prescriber);
        // V4: an overlay whose reason equals the rule's reason is not repeated.
        if reason != rule_reason {
            reasons.push(reason);
        }
    };
    // O1: under justice outside prison: SPIP for adults (or unknown age), PJJ for minors.
    if justice.under_justice_outside_prison() {
        if adult_or_unknown {
            overlay(Prescriber::Spip, RoutingReason::JusticeSpip, &mut reasons);
        } else {
            overlay(Prescriber::Pjj, RoutingReason::JusticePjj, &mut reasons);
        }
    }
    // O2: young people leaving care: the département's ASE services.
    if declared(Criterion::Ase) {
        overlay(Prescriber::Dept, RoutingReason::AseDept, &mut reasons);
    }
    // O3: homeless people: the CCAS (domiciliation).
    if declared(Criterion::PshPr) {
        overlay(Prescriber::Ccas, RoutingReason::HomelessCcas, &mut reasons);
    }
    // O4 (V3): a person with an RQTH is always told about Cap emploi (L5214-3-1).
    if rqth && primary != Prescriber::CapEmploi {
        overlay(Prescriber::CapEmploi, RoutingReason::RqthCapEmploi, &mut reasons);
    }
    // O5 (V3): a 16–25-year-old is always told about the Mission locale (L5314-2).
    if youth && primary != Prescriber::Ml {
        overlay(Prescriber::Ml, RoutingReason::YouthMlAlternative, &mut reasons);
    }

    // V4: rule's alternatives, then the overlays' additions (O1…O5), then R5's CCAS and PLIE;
    // `primary` and duplicates dropped.
    let mut alternatives: Vec<Prescriber> = Vec::new();
    for p in rule_alternatives.into_iter().chain(additions).chain(last_alternatives) {
        if p != primary && !alternatives.contains(&p) {
            alternatives.push(p);
        }
    }
    Ok(Routing { primary, alternatives, reasons })
}

fn existing_referent(referent: Referent) -> Option<Prescriber> {
    match referent {
        Referent::Ft => Some(Prescriber::Ft),
        Referent::Ml => Some(Prescriber::Ml),
        Referent::CapEmploi => Some(Prescriber::CapEmploi),
        Referent::Dept => Some(Prescriber::Dept),
        Referent::Spip => Some(Prescriber::Spip),
        Referent::None | Referent::Other => None,
    }
}
