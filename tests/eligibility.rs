//! Eligibility and routing on both sides of every threshold, named as the rule they check.
//! Sources: eligibility.md (D1–D7 and the precisions), routing.md (the routing table).
#![cfg(not(target_arch = "wasm32"))]

use tremplin::rules::codes::{Benefit, Criterion, CriteriaSet, Justice, Prescriber, Referent, StructureKind};
use tremplin::rules::eligibility::{assess, EligibilityReason, Question, Status};
use tremplin::rules::routing::{route, RoutingReason};
use tremplin::rules::Person;

mod common;
use common::d;

/// A person who answered everything and meets no criterion: 40, no job, no benefit.
fn answered() -> Person {
    Person {
        birth_date: Some(d("1986-05-17")),
        department: Some("59".into()),
        employed: Some(false),
        job_seeker_months: Some(0),
        benefits: Some(vec![]),
        rqth: Some(false),
        criteria: Some(CriteriaSet::EMPTY),
        justice: Some(Justice::None),
        referent: Referent::None,
        previous_pass_end: None,
    }
}

fn declared(codes: &[Criterion]) -> Option<CriteriaSet> {
    Some(codes.iter().copied().collect())
}

fn codes_met(p: &Person, as_of: &str) -> Vec<&'static str> {
    assess(p, d(as_of)).unwrap().criteria.iter().map(|m| m.criterion.code()).collect()
}

fn status(p: &Person, as_of: &str, kind: StructureKind) -> Status {
    assess(p, d(as_of)).unwrap().structure(kind).unwrap().status
}

// ---- Ages (D2, D4): JEUNE under 26, SENIOR from 50, no contract under 16 -------------------

#[test]
fn a_person_is_jeune_until_the_day_before_their_26th_birthday() {
    let p = Person { birth_date: Some(d("2000-09-01")), ..answered() };
    assert_eq!(codes_met(&p, "2026-08-31"), ["JEUNE"]); // 25
    assert_eq!(codes_met(&p, "2026-09-01"), Vec::<&str>::new()); // 26
}

#[test]
fn a_person_is_senior_from_their_50th_birthday() {
    let p = Person { birth_date: Some(d("1976-09-01")), ..answered() };
    assert_eq!(codes_met(&p, "2026-08-31"), Vec::<&str>::new()); // 49
    assert_eq!(codes_met(&p, "2026-09-01"), ["SENIOR"]); // 50
}

#[test]
fn nobody_under_16_can_be_hired_on_a_cddi() {
    // L4153-1.
    let p = Person { birth_date: Some(d("2010-09-01")), ..answered() };
    let at_15 = assess(&p, d("2026-08-31")).unwrap();
    assert_eq!(at_15.reasons, [EligibilityReason::Under16]);
    assert!(at_15.structures.iter().all(|s| s.status == Status::NotEligible));
    let at_16 = assess(&p, d("2026-09-01")).unwrap();
    assert!(!at_16.reasons.contains(&EligibilityReason::Under16));
    assert!(at_16.structures.iter().all(|s| s.status != Status::NotEligible));
}

#[test]
fn a_29_february_birthday_counts_on_1_march_in_common_years() {
    let p = Person { birth_date: Some(d("2000-02-29")), ..answered() };
    assert_eq!(codes_met(&p, "2026-02-28"), ["JEUNE"]); // still 25
    assert_eq!(codes_met(&p, "2026-03-01"), Vec::<&str>::new()); // 26
}

// ---- Job-seeker months (D2): DELD from 12, DETLD (level 1) from 24 ------------------------

#[test]
fn registration_as_a_job_seeker_gives_deld_from_12_months_and_detld_from_24() {
    let cases = [(11, vec![]), (12, vec!["DELD"]), (23, vec!["DELD"]), (24, vec!["DETLD"])];
    for (months, expected) in cases {
        let p = Person { job_seeker_months: Some(months), ..answered() };
        assert_eq!(codes_met(&p, "2026-07-01"), expected, "{months} months");
    }
}

#[test]
fn twenty_four_months_as_a_job_seeker_is_enough_on_its_own() {
    // R5132-1-7 II: DETLD is level 1.
    let p = Person { job_seeker_months: Some(24), ..answered() };
    assert_eq!(status(&p, "2026-07-01", StructureKind::Aci), Status::Eligible);
    let p = Person { job_seeker_months: Some(23), ..answered() };
    assert_eq!(status(&p, "2026-07-01", StructureKind::Aci), Status::PrescriberDiagnosis);
}

// ---- Thresholds per kind (D3) -----------------------------------------------------------

#[test]
fn an_aci_needs_three_level2_criteria_and_an_ai_two() {
    let two = Person { criteria: declared(&[Criterion::Qpv, Criterion::Pi]), ..answered() };
    let e = assess(&two, d("2026-07-01")).unwrap();
    assert_eq!(e.structure(StructureKind::Aci).unwrap().status, Status::PrescriberDiagnosis);
    assert_eq!(e.structure(StructureKind::Aci).unwrap().level2_needed(), 1);
    assert_eq!(e.structure(StructureKind::Ai).unwrap().status, Status::Eligible);
    assert_eq!(e.structure(StructureKind::Etti).unwrap().level2_needed(), 0);

    let three = Person { criteria: declared(&[Criterion::Qpv, Criterion::Pi, Criterion::Fle]), ..answered() };
    assert!(assess(&three, d("2026-07-01")).unwrap().structures.iter().all(|s| s.status == Status::Eligible));
}

#[test]
fn a_minimum_income_benefit_makes_every_kind_eligible() {
    for benefit in [Benefit::Rsa, Benefit::Ass, Benefit::Aah] {
        let p = Person { benefits: Some(vec![benefit]), ..answered() };
        let e = assess(&p, d("2026-07-01")).unwrap();
        assert!(e.structures.iter().all(|s| s.status == Status::Eligible), "{benefit:?}");
        assert_eq!(e.reasons, [EligibilityReason::Level1Criterion]);
    }
}

#[test]
fn detention_mj_from_justice_and_from_criteria_counts_once_and_comes_from_justice() {
    let p = Person {
        justice: Some(Justice::Released),
        criteria: declared(&[Criterion::DetentionMj]),
        ..answered()
    };
    let e = assess(&p, d("2026-07-01")).unwrap();
    assert_eq!(e.criteria.len(), 1);
    assert_eq!(e.criteria[0].source.code(), "justice");
}

// ---- Hard bars (D4) ---------------------------------------------------------------------

#[test]
fn a_person_with_a_job_is_not_eligible_whatever_the_criteria_and_no_answer_is_missing() {
    let p = Person { employed: Some(true), benefits: Some(vec![Benefit::Rsa]), rqth: None, criteria: None, ..answered() };
    let e = assess(&p, d("2026-07-01")).unwrap();
    assert!(e.structures.iter().all(|s| s.status == Status::NotEligible));
    assert_eq!(e.reasons, [EligibilityReason::Employed]);
    assert!(e.missing.is_empty());
    // Counts and criteria are still given.
    assert_eq!(e.structures[0].level1, 1);
}

#[test]
fn every_hard_bar_that_applies_is_given_in_table_order() {
    let p = Person {
        employed: Some(true),
        justice: Some(Justice::Detained),
        birth_date: Some(d("2011-01-01")),
        ..answered()
    };
    let e = assess(&p, d("2026-07-01")).unwrap();
    assert_eq!(e.reasons, [EligibilityReason::Employed, EligibilityReason::Detained, EligibilityReason::Under16]);
}

#[test]
fn a_sentence_adjustment_is_not_a_bar_but_detention_is() {
    let adjusted = Person { justice: Some(Justice::SentenceAdjustment), ..answered() };
    assert_ne!(status(&adjusted, "2026-07-01", StructureKind::Aci), Status::NotEligible);
    let detained = Person { justice: Some(Justice::Detained), ..answered() };
    assert_eq!(status(&detained, "2026-07-01", StructureKind::Aci), Status::NotEligible);
}

// ---- Waiting period (D6) ----------------------------------------------------------------

#[test]
fn within_two_years_of_a_previous_pass_only_a_prescriber_can_open_a_new_one() {
    // R5132-1-4: previous PASS ended 2024-07-15; the waiting period ends on 2026-07-14.
    let p = Person { previous_pass_end: Some(d("2024-07-15")), benefits: Some(vec![Benefit::Rsa]), ..answered() };
    let inside = assess(&p, d("2026-07-14")).unwrap();
    assert!(inside.structures.iter().all(|s| s.status == Status::PrescriberDiagnosis));
    assert_eq!(inside.reasons, [EligibilityReason::WaitingPeriod, EligibilityReason::Level1Criterion]);
    assert_eq!(inside.waiting_period_until, Some(d("2026-07-14")));
    let after = assess(&p, d("2026-07-15")).unwrap();
    assert!(after.structures.iter().all(|s| s.status == Status::Eligible));
    assert_eq!(after.waiting_period_until, None);
}

#[test]
fn a_waiting_period_ending_on_29_february_falls_back_to_28_february() {
    let p = Person { previous_pass_end: Some(d("2024-02-29")), benefits: Some(vec![Benefit::Rsa]), ..answered() };
    assert_eq!(status(&p, "2026-02-27", StructureKind::Aci), Status::PrescriberDiagnosis);
    assert_eq!(status(&p, "2026-02-28", StructureKind::Aci), Status::Eligible);
}

#[test]
fn during_a_waiting_period_no_criteria_answer_is_missing() {
    let p = Person {
        previous_pass_end: Some(d("2026-01-31")),
        benefits: None,
        job_seeker_months: None,
        criteria: None,
        rqth: None,
        ..answered()
    };
    let e = assess(&p, d("2026-07-01")).unwrap();
    assert!(e.missing.is_empty());
    assert!(e.structures.iter().all(|s| s.status == Status::PrescriberDiagnosis));
}

// ---- Incomplete and missing (D5) --------------------------------------------------------

#[test]
fn an_unknown_hard_bar_answer_keeps_every_kind_incomplete() {
    for (p, q) in [
        (Person { employed: None, ..answered() }, Question::Employed),
        (Person { justice: None, ..answered() }, Question::Justice),
        (Person { birth_date: None, ..answered() }, Question::BirthDate),
    ] {
        let e = assess(&p, d("2026-07-01")).unwrap();
        assert!(e.structures.iter().all(|s| s.status == Status::Incomplete), "{q:?}");
        assert_eq!(e.missing, [q]);
    }
}

#[test]
fn an_empty_input_lists_every_question_in_contract_order() {
    let e = assess(&Person::default(), d("2026-07-01")).unwrap();
    let paths: Vec<_> = e.missing.iter().map(|q| q.code()).collect();
    assert_eq!(
        paths,
        [
            "person.birth_date", "person.employed", "person.job_seeker_months", "person.benefits",
            "person.rqth", "person.criteria", "person.justice"
        ]
    );
}

#[test]
fn an_unknown_rqth_is_asked_only_when_it_could_reach_a_threshold() {
    // Two level-2 criteria, everything else answered: TH would make a third (ACI reachable).
    let two = Person { rqth: None, criteria: declared(&[Criterion::Qpv, Criterion::Pi]), ..answered() };
    let e = assess(&two, d("2026-07-01")).unwrap();
    assert_eq!(e.missing, [Question::Rqth]);
    assert_eq!(e.structure(StructureKind::Aci).unwrap().status, Status::Incomplete);
    assert_eq!(e.structure(StructureKind::Ai).unwrap().status, Status::Eligible);

    // Nothing else: one TH cannot reach any threshold, so it is not asked and nothing is incomplete.
    let none = Person { rqth: None, ..answered() };
    let e = assess(&none, d("2026-07-01")).unwrap();
    assert!(e.missing.is_empty());
    assert!(e.structures.iter().all(|s| s.status == Status::PrescriberDiagnosis));

    // One criterion known: TH would bring AI/ETTI to 2.
    let one = Person { rqth: None, criteria: declared(&[Criterion::Qpv]), ..answered() };
    let e = assess(&one, d("2026-07-01")).unwrap();
    assert_eq!(e.missing, [Question::Rqth]);
    assert_eq!(e.structure(StructureKind::Ai).unwrap().status, Status::Incomplete);
    assert_eq!(e.structure(StructureKind::Aci).unwrap().status, Status::PrescriberDiagnosis);
}

#[test]
fn once_a_level1_criterion_is_known_criteria_questions_no_longer_matter() {
    let p = Person { benefits: Some(vec![Benefit::Ass]), job_seeker_months: None, rqth: None, criteria: None, ..answered() };
    let e = assess(&p, d("2026-07-01")).unwrap();
    assert!(e.missing.is_empty());
    assert!(e.structures.iter().all(|s| s.status == Status::Eligible));
}

// ---- Proofs (D7) ------------------------------------------------------------------------

#[test]
fn proof_dates_count_back_from_the_hiring_date_with_month_end_fallback() {
    let p = Person {
        benefits: Some(vec![Benefit::Rsa]),
        criteria: declared(&[Criterion::Ase, Criterion::Qpv, Criterion::RefDa]),
        ..answered()
    };
    let e = assess(&p, d("2026-05-31")).unwrap();
    let dates: Vec<_> = e.proofs.iter().map(|p| (p.criterion.code(), p.issued_on_or_after.map(|d| d.to_string()))).collect();
    assert_eq!(
        dates,
        [
            ("RSA", Some("2026-02-28".to_owned())), // 3 months
            ("ASE", Some("2025-05-31".to_owned())), // 12 months
            ("REF_DA", None),                       // valid at hiring
            ("QPV", Some("2025-11-30".to_owned())), // 6 months
        ]
    );
}

// ---- Routing (routing.md) ---------------------------------------------------------------

fn routed(p: &Person, as_of: &str) -> (Prescriber, Vec<Prescriber>, Vec<RoutingReason>) {
    let r = route(p, d(as_of)).unwrap();
    (r.primary, r.alternatives, r.reasons)
}

#[test]
fn the_routing_examples_of_the_project_decision_hold() {
    use Prescriber::*;
    let as_of = "2026-07-01";
    // Adult on RSA, no referent, age 41 → DEPT; FT.
    let p = Person { birth_date: Some(d("1985-01-10")), benefits: Some(vec![Benefit::Rsa]), ..answered() };
    assert_eq!(routed(&p, as_of).0, Dept);
    assert_eq!(routed(&p, as_of).1, [Ft]);
    // Age 22, RQTH, no RSA → ML; FT, CAP_EMPLOI.
    let p = Person { birth_date: Some(d("2004-01-10")), rqth: Some(true), ..answered() };
    assert_eq!((routed(&p, as_of).0, routed(&p, as_of).1), (Ml, vec![Ft, CapEmploi]));
    // Age 28 on RSA, already followed by France Travail, homeless → FT (R1); CCAS.
    let p = Person {
        birth_date: Some(d("1998-01-10")),
        benefits: Some(vec![Benefit::Rsa]),
        referent: Referent::Ft,
        criteria: declared(&[Criterion::PshPr]),
        ..answered()
    };
    assert_eq!((routed(&p, as_of).0, routed(&p, as_of).1), (Ft, vec![Ccas]));
    // (Age 31 under an aménagement de peine: changed by version 2, see below.)
    // Age 17 under a judicial measure in the community → ML; FT, PJJ.
    let p = Person { birth_date: Some(d("2009-01-10")), justice: Some(Justice::Supervised), ..answered() };
    let (primary, alternatives, reasons) = routed(&p, as_of);
    assert_eq!((primary, alternatives), (Ml, vec![Ft, Pjj]));
    assert_eq!(reasons, [RoutingReason::YouthMl, RoutingReason::JusticePjj]);
}

#[test]
fn the_routing_version_2_examples_hold() {
    // routing.md, "Routing, version 2" (decisions V1–V4 of 2026-12-01), its examples table.
    use Prescriber::*;
    let as_of = "2026-07-01";
    // Age 31 under an aménagement de peine, nothing else → SPIP (R1b); FT.
    let p = Person { birth_date: Some(d("1995-01-10")), justice: Some(Justice::SentenceAdjustment), ..answered() };
    let (primary, alternatives, reasons) = routed(&p, as_of);
    assert_eq!((primary, alternatives), (Spip, vec![Ft]));
    // V4: O1's reason equals R1b's, so it is not repeated.
    assert_eq!(reasons, [RoutingReason::JusticeSpip]);
    // Age 34, left prison recently, nothing else → FT; SPIP, CCAS, PLIE (generic ones last).
    let p = Person { birth_date: Some(d("1992-01-10")), justice: Some(Justice::Released), ..answered() };
    let (primary, alternatives, reasons) = routed(&p, as_of);
    assert_eq!((primary, alternatives), (Ft, vec![Spip, Ccas, Plie]));
    assert_eq!(reasons, [RoutingReason::DefaultFt, RoutingReason::JusticeSpip]);
    // Age 58, RQTH, ASS, referent FT → FT; CAP_EMPLOI (O4).
    let p = Person {
        birth_date: Some(d("1968-01-10")),
        rqth: Some(true),
        benefits: Some(vec![Benefit::Ass]),
        referent: Referent::Ft,
        ..answered()
    };
    let (primary, alternatives, reasons) = routed(&p, as_of);
    assert_eq!((primary, alternatives), (Ft, vec![CapEmploi]));
    assert_eq!(reasons, [RoutingReason::ExistingReferent, RoutingReason::RqthCapEmploi]);
    // Age 22, referent DEPT, RQTH → DEPT; FT, CAP_EMPLOI, ML (O4 then O5).
    let p = Person { birth_date: Some(d("2004-01-10")), referent: Referent::Dept, rqth: Some(true), ..answered() };
    let (primary, alternatives, reasons) = routed(&p, as_of);
    assert_eq!((primary, alternatives), (Dept, vec![Ft, CapEmploi, Ml]));
    assert_eq!(
        reasons,
        [RoutingReason::ExistingReferent, RoutingReason::RqthCapEmploi, RoutingReason::YouthMlAlternative]
    );
    // Age 17 under a judicial measure in the community → ML; FT, PJJ (R1b is for adults).
    let p = Person { birth_date: Some(d("2009-01-10")), justice: Some(Justice::Supervised), ..answered() };
    let (primary, alternatives, reasons) = routed(&p, as_of);
    assert_eq!((primary, alternatives), (Ml, vec![Ft, Pjj]));
    assert_eq!(reasons, [RoutingReason::YouthMl, RoutingReason::JusticePjj]);
}

#[test]
fn a_spip_referent_comes_first_like_any_single_referent() {
    // V1: `referent` = SPIP matches R1.
    let p = Person { birth_date: Some(d("1990-01-10")), referent: Referent::Spip, ..answered() };
    let (primary, alternatives, reasons) = routed(&p, "2026-07-01");
    assert_eq!((primary, alternatives), (Prescriber::Spip, vec![Prescriber::Ft]));
    assert_eq!(reasons, [RoutingReason::ExistingReferent]);
}

#[test]
fn the_spip_comes_first_from_18_under_a_measure_and_not_before() {
    // V2 (R1b): age ≥ 18 or unknown; under 18, O1 adds the PJJ instead.
    let p = Person { birth_date: Some(d("2008-09-01")), justice: Some(Justice::Supervised), ..answered() };
    assert_eq!(routed(&p, "2026-08-31").0, Prescriber::Ml); // 17
    assert_eq!(routed(&p, "2026-09-01").0, Prescriber::Spip); // 18
    let unknown_age = Person { birth_date: None, justice: Some(Justice::SentenceAdjustment), ..answered() };
    assert_eq!(routed(&unknown_age, "2026-09-01").0, Prescriber::Spip);
    // `released` keeps O1 only.
    let released = Person { birth_date: Some(d("1990-01-10")), justice: Some(Justice::Released), ..answered() };
    assert_eq!(routed(&released, "2026-09-01").0, Prescriber::Ft);
}

#[test]
fn a_young_person_or_a_person_with_an_rqth_always_hears_of_their_service() {
    // V3: O4 and O5 add CAP_EMPLOI and ML whatever the rule, unless already primary.
    let p = Person { birth_date: Some(d("2004-01-10")), justice: Some(Justice::Detained), rqth: Some(true), ..answered() };
    let (primary, alternatives, _) = routed(&p, "2026-07-01");
    assert_eq!((primary, alternatives), (Prescriber::Spip, vec![Prescriber::CapEmploi, Prescriber::Ml]));
    // 26 is past the Mission locale's public: no O5.
    let p = Person { birth_date: Some(d("2000-01-10")), rqth: Some(true), ..answered() };
    assert_eq!(routed(&p, "2026-07-01").1, [Prescriber::Ft]);
}

#[test]
fn the_mission_locale_serves_people_from_16_to_25_inclusive() {
    // L5314-2: "seize à vingt-cinq ans révolus".
    let p = Person { birth_date: Some(d("2000-09-01")), ..answered() };
    assert_eq!(routed(&p, "2026-08-31").0, Prescriber::Ml); // 25
    assert_eq!(routed(&p, "2026-09-01").0, Prescriber::Ft); // 26
    let p = Person { birth_date: Some(d("2010-09-01")), ..answered() };
    assert_eq!(routed(&p, "2026-08-31").0, Prescriber::Ft); // 15
    assert_eq!(routed(&p, "2026-09-01").0, Prescriber::Ml); // 16
}

#[test]
fn the_spip_takes_adults_under_justice_and_the_pjj_minors() {
    let p = Person { birth_date: Some(d("2008-09-01")), justice: Some(Justice::Released), ..answered() };
    assert!(routed(&p, "2026-08-31").1.contains(&Prescriber::Pjj)); // 17
    assert!(routed(&p, "2026-09-01").1.contains(&Prescriber::Spip)); // 18
    let unknown_age = Person { birth_date: None, justice: Some(Justice::Released), ..answered() };
    assert!(routed(&unknown_age, "2026-09-01").1.contains(&Prescriber::Spip));
}

#[test]
fn an_overlay_reason_is_given_even_when_its_prescriber_is_already_listed() {
    // RSA + ASE: the ASE overlay adds DEPT, already primary: nothing added, reason kept.
    let p = Person { benefits: Some(vec![Benefit::Rsa]), criteria: declared(&[Criterion::Ase]), ..answered() };
    let (primary, alternatives, reasons) = routed(&p, "2026-07-01");
    assert_eq!(primary, Prescriber::Dept);
    assert_eq!(alternatives, [Prescriber::Ft]);
    assert_eq!(reasons, [RoutingReason::RsaOrientation, RoutingReason::AseDept]);
}

#[test]
fn unknown_answers_count_as_no_in_routing_and_a_detained_person_goes_to_the_spip() {
    assert_eq!(routed(&Person::default(), "2026-07-01").0, Prescriber::Ft);
    let p = Person { justice: Some(Justice::Detained), referent: Referent::Ml, ..Person::default() };
    let (primary, alternatives, _) = routed(&p, "2026-07-01");
    assert_eq!((primary, alternatives), (Prescriber::Spip, vec![]));
    let other = Person { referent: Referent::Other, ..answered() };
    assert_eq!(routed(&other, "2026-07-01").2, [RoutingReason::DefaultFt]);
}
