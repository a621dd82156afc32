//! The questions, grouped in short steps of one topic each, and which of them still matter.
//! The engine's `missing` list decides: a step whose questions cannot change the outcome is
//! skipped, unless the person already answered it (so it can be reviewed).

use super::Answers;
use crate::i18n::format::long_date;
use crate::i18n::{code_label, department_label, t};
use crate::rules::codes::{Benefit, Criterion, Justice, Referent};
use crate::rules::eligibility::Question;

/// One answer the screens ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    BirthDate,
    Department,
    Employed,
    Registered,
    JobSeekerMonths,
    Benefits,
    Rqth,
    Criteria,
    Justice,
    Referent,
    HadPass,
    PreviousPassEnd,
}

/// A screen of the journey: one topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Step {
    You,
    Situation,
    Resources,
    Life,
    Justice,
    Path,
}

pub const STEPS: &[Step] = &[Step::You, Step::Situation, Step::Resources, Step::Life, Step::Justice, Step::Path];

impl Step {
    /// Stable id, also the catalogue key prefix (`step.<id>.title`).
    pub fn id(self) -> &'static str {
        match self {
            Step::You => "you",
            Step::Situation => "situation",
            Step::Resources => "resources",
            Step::Life => "life",
            Step::Justice => "justice",
            Step::Path => "path",
        }
    }

    pub fn fields(self) -> &'static [Field] {
        match self {
            Step::You => &[Field::BirthDate, Field::Department],
            Step::Situation => &[Field::Employed, Field::Registered, Field::JobSeekerMonths],
            Step::Resources => &[Field::Benefits, Field::Rqth],
            Step::Life => &[Field::Criteria],
            Step::Justice => &[Field::Justice],
            Step::Path => &[Field::Referent, Field::HadPass, Field::PreviousPassEnd],
        }
    }

    /// Whether the step is worth showing: it holds a question already answered (so it can be
    /// reviewed), a question that is not about eligibility (département, referent, previous
    /// PASS), an eligibility question the engine still lists in `missing`, or, unless a hard
    /// bar already settles the outcome (`barred`), a question that guides the choice of
    /// prescriber (RSA, RQTH, justice).
    pub fn matters(self, answers: &Answers, missing: &[Question], barred: bool) -> bool {
        let fields = self.fields();
        fields.iter().any(|f| f.is_answered(answers) || f.question().is_none())
            || fields.iter().filter_map(|f| f.question()).any(|q| missing.contains(&q))
            || (!barred && fields.iter().any(|f| f.guides_routing()))
    }
}

impl Field {
    /// Stable id, also the catalogue key prefix (`q.<id>.label`, `q.<id>.help`).
    pub fn id(self) -> &'static str {
        match self {
            Field::BirthDate => "birth_date",
            Field::Department => "department",
            Field::Employed => "employed",
            Field::Registered => "registered",
            Field::JobSeekerMonths => "job_seeker_months",
            Field::Benefits => "benefits",
            Field::Rqth => "rqth",
            Field::Criteria => "criteria",
            Field::Justice => "justice",
            Field::Referent => "referent",
            Field::HadPass => "had_pass",
            Field::PreviousPassEnd => "previous_pass_end",
        }
    }

    /// The field with this id.
    pub fn from_id(id: &str) -> Option<Field> {
        STEPS.iter().flat_map(|s| s.fields().iter().copied()).find(|f| f.id() == id)
    }

    /// The engine question this field answers, if it is one of `missing`'s.
    pub fn question(self) -> Option<Question> {
        match self {
            Field::BirthDate => Some(Question::BirthDate),
            Field::Employed => Some(Question::Employed),
            Field::Registered | Field::JobSeekerMonths => Some(Question::JobSeekerMonths),
            Field::Benefits => Some(Question::Benefits),
            Field::Rqth => Some(Question::Rqth),
            Field::Criteria => Some(Question::Criteria),
            Field::Justice => Some(Question::Justice),
            Field::Department | Field::Referent | Field::HadPass | Field::PreviousPassEnd => None,
        }
    }

    /// Answers that change the recommended prescriber (routing.md R0–R4), asked even when
    /// eligibility is already settled.
    pub fn guides_routing(self) -> bool {
        matches!(self, Field::Benefits | Field::Rqth | Field::Justice)
    }

    /// Whether the field is shown at all (follow-up questions depend on the previous answer).
    pub fn applies(self, answers: &Answers) -> bool {
        match self {
            Field::JobSeekerMonths => answers.registered == Some(true),
            Field::PreviousPassEnd => answers.had_pass == Some(true),
            _ => true,
        }
    }

    pub fn is_answered(self, a: &Answers) -> bool {
        match self {
            Field::BirthDate => a.birth_date.is_some(),
            Field::Department => a.department.is_some(),
            Field::Employed => a.employed.is_some(),
            Field::Registered => a.registered.is_some(),
            Field::JobSeekerMonths => a.job_seeker_months.is_some(),
            Field::Benefits => a.benefits.is_some(),
            Field::Rqth => a.rqth.is_some(),
            Field::Criteria => a.criteria.is_some(),
            Field::Justice => a.justice.is_some(),
            Field::Referent => a.referent.is_some(),
            Field::HadPass => a.had_pass.is_some(),
            Field::PreviousPassEnd => a.previous_pass_end.is_some(),
        }
    }

    /// The step the field belongs to.
    pub fn step(self) -> Step {
        STEPS.iter().copied().find(|s| s.fields().contains(&self)).unwrap_or(Step::You)
    }

    /// The answer in words, for the recap and the printed sheet.
    pub fn answer_text(self, a: &Answers) -> String {
        let unknown = || t("answer.unknown").to_owned();
        let yes_no = |b: Option<bool>| b.map_or_else(unknown, |b| t(if b { "answer.yes" } else { "answer.no" }).to_owned());
        match self {
            Field::BirthDate => a.birth_date.map_or_else(unknown, long_date),
            Field::Department => a.department.clone().map_or_else(unknown, |d| department_label(&d)),
            Field::Employed => yes_no(a.employed),
            Field::Registered => yes_no(a.registered),
            Field::JobSeekerMonths => a
                .job_seeker_months
                .map_or_else(unknown, |m| crate::i18n::tf("answer.months", &[("n", &m.to_string())])),
            Field::Benefits => match &a.benefits {
                None => unknown(),
                Some(b) if b.is_empty() => t("answer.none").to_owned(),
                Some(b) => b.iter().map(|x| code_label("benefit.", x.code())).collect::<Vec<_>>().join(" ; "),
            },
            Field::Rqth => yes_no(a.rqth),
            Field::Criteria => match a.criteria {
                None => unknown(),
                Some(c) if c.is_empty() => t("answer.none").to_owned(),
                Some(c) => c.iter().map(|x| code_label("criterion.", x.code())).collect::<Vec<_>>().join(" ; "),
            },
            Field::Justice => a.justice.map_or_else(unknown, |j| code_label("justice.", j.code())),
            Field::Referent => a.referent.map_or_else(unknown, |r| code_label("referent.", r.code())),
            Field::HadPass => yes_no(a.had_pass),
            Field::PreviousPassEnd => a.previous_pass_end.map_or_else(unknown, long_date),
        }
    }
}

/// The options offered for list questions, in display order.
pub fn benefit_options() -> &'static [Benefit] {
    Benefit::ALL
}

/// Declared criteria, in the order the life step asks them (everyday situations first).
pub const LIFE_CRITERIA: &[Criterion] = &[
    Criterion::Pi,
    Criterion::PshPr,
    Criterion::CapBep,
    Criterion::Fle,
    Criterion::Pm,
    Criterion::Qpv,
    Criterion::Zrr,
    Criterion::Ase,
    Criterion::RefDa,
];

pub const JUSTICE_OPTIONS: &[Justice] =
    &[Justice::None, Justice::SentenceAdjustment, Justice::Supervised, Justice::Released, Justice::Detained];

pub const REFERENT_OPTIONS: &[Referent] =
    &[Referent::None, Referent::Ft, Referent::Ml, Referent::CapEmploi, Referent::Dept, Referent::Spip, Referent::Other];

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    #[test]
    fn every_field_belongs_to_exactly_one_step() {
        let all = [
            Field::BirthDate, Field::Department, Field::Employed, Field::Registered, Field::JobSeekerMonths,
            Field::Benefits, Field::Rqth, Field::Criteria, Field::Justice, Field::Referent, Field::HadPass,
            Field::PreviousPassEnd,
        ];
        for f in all {
            assert_eq!(STEPS.iter().filter(|s| s.fields().contains(&f)).count(), 1, "{f:?}");
        }
    }

    #[test]
    fn a_step_that_cannot_change_the_outcome_is_skipped() {
        let a = Answers::default();
        assert!(Step::Life.matters(&a, &[Question::Criteria], false));
        assert!(!Step::Life.matters(&a, &[], false));
        assert!(Step::Path.matters(&a, &[], true));
        let answered = Answers { criteria: Some(Default::default()), ..Answers::default() };
        assert!(Step::Life.matters(&answered, &[], false));
        // RQTH guides the prescriber even once eligibility is settled, unless a hard bar applies.
        assert!(Step::Resources.matters(&a, &[], false));
        assert!(!Step::Resources.matters(&a, &[], true));
    }
}
