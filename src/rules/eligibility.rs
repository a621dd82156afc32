//! Who can hire the person, and why (eligibility.md, decisions D1–D7 and the precisions for
//! implementers): the criteria met, a status per kind of structure, every reason with its
//! articles, the answers still missing, and the proofs with their earliest issue date.

use super::calendar::{add_months, age_on};
use super::codes::{code_enum, Criterion, CriteriaSet, Document, Justice, Level, Source, StructureKind};
use super::input::Person;
use super::params::{self, NotCovered, Validity};
use chrono::NaiveDate;

code_enum! {
    /// The four statuses of `structures.*.status`.
    pub enum Status {
        Eligible => "eligible", PrescriberDiagnosis => "prescriber_diagnosis",
        NotEligible => "not_eligible", Incomplete => "incomplete",
    }
}

code_enum! {
    /// Reasons of an eligibility outcome, in the order of the table of `eligibility.md`.
    pub enum EligibilityReason {
        Employed => "EMPLOYED", Detained => "DETAINED", Under16 => "UNDER_16",
        WaitingPeriod => "WAITING_PERIOD", Level1Criterion => "LEVEL1_CRITERION",
        Level2Criteria => "LEVEL2_CRITERIA", NotEnoughCriteria => "NOT_ENOUGH_CRITERIA",
    }
}

impl EligibilityReason {
    pub fn refs(self) -> &'static [&'static str] {
        match self {
            // L5132-1: IAE is for people without a job.
            EligibilityReason::Employed => &["L5132-1"],
            // R5132-1-18, R5132-27: work in prison is under a CEP, outside the parcours.
            EligibilityReason::Detained => &["R5132-1-18", "R5132-27"],
            // L4153-1: no work contract under 16.
            EligibilityReason::Under16 => &["L4153-1"],
            // R5132-1-4: 2 years after a parcours, only an authorized prescriber reopens one.
            EligibilityReason::WaitingPeriod => &["R5132-1-4"],
            EligibilityReason::Level1Criterion => &["R5132-1-7"],
            EligibilityReason::Level2Criteria => &["R5132-1-7", "arrêté 2021-09-01 art. 2"],
            EligibilityReason::NotEnoughCriteria => &["L5132-3", "R5132-1-7"],
        }
    }

    /// A hard bar: the person cannot be hired on a CDDI at all (D4).
    pub fn is_hard_bar(self) -> bool {
        matches!(self, EligibilityReason::Employed | EligibilityReason::Detained | EligibilityReason::Under16)
    }
}

code_enum! {
    /// Answers the outcome may still depend on, as input paths, in the order of `missing`.
    pub enum Question {
        BirthDate => "person.birth_date", Employed => "person.employed",
        JobSeekerMonths => "person.job_seeker_months", Benefits => "person.benefits",
        Rqth => "person.rqth", Criteria => "person.criteria", Justice => "person.justice",
    }
}

/// A criterion the known answers give, and the answer that gave it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetCriterion {
    pub criterion: Criterion,
    pub source: Source,
}

/// The outcome for one kind of structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StructureOutcome {
    pub kind: StructureKind,
    pub status: Status,
    pub level1: u32,
    pub level2: u32,
    pub level2_required: u32,
}

impl StructureOutcome {
    /// "How far from eligible": the level-2 criteria still needed for the structure to declare
    /// eligibility alone (0 when a level-1 criterion or enough level-2 criteria are known).
    pub fn level2_needed(&self) -> u32 {
        if self.level1 > 0 {
            0
        } else {
            self.level2_required.saturating_sub(self.level2)
        }
    }
}

/// A document to bring, and the earliest issue date still accepted (D7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Proof {
    pub criterion: Criterion,
    pub document: Document,
    /// `None` when the rule is "valid at hiring" or there is no limit.
    pub issued_on_or_after: Option<NaiveDate>,
    pub validity: Validity,
}

/// Everything the eligibility part of `simulate` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Eligibility {
    pub criteria: Vec<MetCriterion>,
    /// The five kinds, ACI first.
    pub structures: Vec<StructureOutcome>,
    pub reasons: Vec<EligibilityReason>,
    pub missing: Vec<Question>,
    pub proofs: Vec<Proof>,
    /// The last day of the waiting period when `as_of` falls inside it (D6).
    pub waiting_period_until: Option<NaiveDate>,
}

impl Eligibility {
    pub fn structure(&self, kind: StructureKind) -> Option<&StructureOutcome> {
        self.structures.iter().find(|s| s.kind == kind)
    }
}

/// The criteria the known answers give (D2), each with the answer it comes from.
fn criteria_met(person: &Person, age: Option<u32>, as_of: NaiveDate) -> Result<Vec<MetCriterion>, NotCovered> {
    let jeune_below = params::JEUNE_BELOW_AGE.at(as_of)?.0;
    let senior_from = params::SENIOR_FROM_AGE.at(as_of)?.0;
    let deld_from = params::DELD_FROM_MONTHS.at(as_of)?.0;
    let detld_from = params::DETLD_FROM_MONTHS.at(as_of)?.0;

    let mut met: Vec<MetCriterion> = Vec::new();
    let mut add = |criterion, source| {
        if !met.iter().any(|m| m.criterion == criterion) {
            met.push(MetCriterion { criterion, source });
        }
    };
    for benefit in person.benefits.iter().flatten() {
        add(benefit.criterion(), Source::Benefits);
    }
    if let Some(months) = person.job_seeker_months {
        if months >= detld_from {
            add(Criterion::Detld, Source::JobSeekerMonths);
        } else if months >= deld_from {
            add(Criterion::Deld, Source::JobSeekerMonths);
        }
    }
    if let Some(age) = age {
        if age >= senior_from {
            add(Criterion::Senior, Source::BirthDate);
        }
        if age < jeune_below {
            add(Criterion::Jeune, Source::BirthDate);
        }
    }
    if person.rqth == Some(true) {
        add(Criterion::Th, Source::Rqth);
    }
    // When DETENTION_MJ comes both from `justice` and from `criteria`, `from` is `justice`.
    if person.justice.is_some_and(Justice::under_justice_outside_prison) {
        add(Criterion::DetentionMj, Source::Justice);
    }
    for declared in person.criteria.iter().flat_map(|set| set.iter()) {
        add(declared, Source::Criteria);
    }
    // In the order of D1, whatever the order of the answers.
    Ok(Criterion::ALL.iter().filter_map(|c| met.iter().find(|m| m.criterion == *c)).copied().collect())
}

/// Judges eligibility on `as_of` (the planned hiring date).
pub fn assess(person: &Person, as_of: NaiveDate) -> Result<Eligibility, NotCovered> {
    let age = person.birth_date.map(|b| age_on(b, as_of));
    let criteria = criteria_met(person, age, as_of)?;
    let thresholds = params::LEVEL2_REQUIRED.at(as_of)?;
    let minimum_age = params::MINIMUM_WORKING_AGE.at(as_of)?.0;
    let waiting_months = params::WAITING_PERIOD_MONTHS.at(as_of)?.0;
    let proof_table = params::PROOFS.at(as_of)?;

    let met: CriteriaSet = criteria.iter().map(|m| m.criterion).collect();
    let level1 = met.iter().filter(|c| c.level() == Level::One).count() as u32;
    let level2 = met.len() - level1;

    // D4: hard bars, every kind not eligible.
    let mut hard_bars = Vec::new();
    if person.employed == Some(true) {
        hard_bars.push(EligibilityReason::Employed);
    }
    if person.justice == Some(Justice::Detained) {
        hard_bars.push(EligibilityReason::Detained);
    }
    if age.is_some_and(|a| a < minimum_age) {
        hard_bars.push(EligibilityReason::Under16);
    }

    // D6: R5132-1-4, within 2 years of the end of the previous parcours.
    let waiting_end = person
        .previous_pass_end
        .and_then(|end| add_months(end, i32::try_from(waiting_months).unwrap_or(i32::MAX)));
    let waiting = waiting_end.is_some_and(|end| as_of < end);
    let hard_unknown = person.birth_date.is_none() || person.employed.is_none() || person.justice.is_none();

    // Unknown answers that could still add criteria (step 5 of the order of evaluation).
    let open_level1_or_many = person.benefits.is_none() || person.job_seeker_months.is_none() || person.criteria.is_none();
    let justice_could_add = person.justice.is_none() && !met.contains(Criterion::DetentionMj);
    let could_add_level2 =
        u32::from(person.birth_date.is_none()) + u32::from(person.rqth.is_none()) + u32::from(justice_could_add);

    let reaches = |required: u32| level1 > 0 || level2 >= required;

    let structures: Vec<StructureOutcome> = StructureKind::ALL
        .iter()
        .map(|&kind| {
            let required = thresholds.get(kind);
            let status = if !hard_bars.is_empty() {
                Status::NotEligible
            } else if hard_unknown {
                Status::Incomplete
            } else if waiting {
                Status::PrescriberDiagnosis
            } else if reaches(required) {
                Status::Eligible
            } else if open_level1_or_many || level2 + could_add_level2 >= required {
                Status::Incomplete
            } else {
                Status::PrescriberDiagnosis
            };
            StructureOutcome { kind, status, level1, level2, level2_required: required }
        })
        .collect();

    let reasons = if !hard_bars.is_empty() {
        hard_bars.clone()
    } else {
        let min_required = StructureKind::ALL.iter().map(|k| thresholds.get(*k)).min().unwrap_or(0);
        let max_required = StructureKind::ALL.iter().map(|k| thresholds.get(*k)).max().unwrap_or(0);
        let mut reasons = Vec::new();
        if waiting {
            reasons.push(EligibilityReason::WaitingPeriod);
        }
        if level1 > 0 {
            reasons.push(EligibilityReason::Level1Criterion);
        } else {
            if level2 >= min_required {
                reasons.push(EligibilityReason::Level2Criteria);
            }
            if level2 < max_required {
                reasons.push(EligibilityReason::NotEnoughCriteria);
            }
        }
        reasons
    };

    let missing = if !hard_bars.is_empty() {
        Vec::new()
    } else {
        // Kinds the known criteria do not make eligible, outside a waiting period: only for
        // them can a criteria answer change the status.
        let open_kinds: Vec<u32> = if waiting {
            Vec::new()
        } else {
            StructureKind::ALL.iter().map(|k| thresholds.get(*k)).filter(|r| !reaches(*r)).collect()
        };
        let criteria_matter = !open_kinds.is_empty();
        // TH makes a difference only if, with it and whatever the other unknown answers could
        // still add, some open kind reaches its threshold.
        let others = if person.criteria.is_none() {
            u32::MAX / 2
        } else {
            u32::from(person.birth_date.is_none())
                + u32::from(person.job_seeker_months.is_none())
                + u32::from(justice_could_add)
        };
        let rqth_matters = open_kinds.iter().any(|required| level2 + 1 + others >= *required);

        let mut missing = Vec::new();
        let mut ask = |unknown: bool, matters: bool, q| {
            if unknown && matters {
                missing.push(q);
            }
        };
        ask(person.birth_date.is_none(), true, Question::BirthDate);
        ask(person.employed.is_none(), true, Question::Employed);
        ask(person.job_seeker_months.is_none(), criteria_matter, Question::JobSeekerMonths);
        ask(person.benefits.is_none(), criteria_matter, Question::Benefits);
        ask(person.rqth.is_none(), rqth_matters, Question::Rqth);
        ask(person.criteria.is_none(), criteria_matter, Question::Criteria);
        ask(person.justice.is_none(), true, Question::Justice);
        missing
    };

    // D7: one proof per criterion met, dated back from `as_of`.
    let proofs = criteria
        .iter()
        .filter_map(|m| proof_table.get(m.criterion))
        .map(|rule| Proof {
            criterion: rule.criterion,
            document: rule.document,
            issued_on_or_after: match rule.validity {
                Validity::Months(n) => add_months(as_of, -i32::try_from(n).unwrap_or(0)),
                Validity::AtHiring | Validity::None => None,
            },
            validity: rule.validity,
        })
        .collect();

    let waiting_period_until = if waiting { waiting_end.and_then(|e| e.pred_opt()) } else { None };

    Ok(Eligibility { criteria, structures, reasons, missing, proofs, waiting_period_until })
}
