//! Closed sets of stable codes shared by the engine, the API and the UI's catalogue.
//!
//! Every enum here is declared through `code_enum!`, which gives it `ALL` (declaration order,
//! which is the canonical output order), `code()` (the string of the API contract) and
//! `from_code()` (the parser, `None` for anything outside the list).

/// Declares a fieldless enum whose variants each carry one stable string code.
macro_rules! code_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every value, in canonical order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code of the API contract.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Parses a code; `None` when it is not one of the list.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use code_enum;

code_enum! {
    /// The 18 administrative criteria of the platform (eligibility.md D1), in D1 order.
    pub enum Criterion {
        Rsa => "RSA", Ass => "ASS", Aah => "AAH", Detld => "DETLD",
        CapBep => "CAP_BEP", Senior => "SENIOR", Jeune => "JEUNE", Ase => "ASE", Deld => "DELD",
        Th => "TH", Pi => "PI", PshPr => "PSH_PR", RefDa => "REF_DA", Zrr => "ZRR", Qpv => "QPV",
        DetentionMj => "DETENTION_MJ", Fle => "FLE", Pm => "PM",
    }
}

/// Level 1 (any one suffices) or level 2 (a number per kind of structure), R5132-1-7 II–III.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    One,
    Two,
}

impl Criterion {
    pub fn level(self) -> Level {
        match self {
            Criterion::Rsa | Criterion::Ass | Criterion::Aah | Criterion::Detld => Level::One,
            _ => Level::Two,
        }
    }

    /// Criteria a person declares directly (`person.criteria`); the others are derived from
    /// other answers and may not be declared (eligibility.md, "Reading the input").
    pub fn is_declarable(self) -> bool {
        matches!(
            self,
            Criterion::CapBep
                | Criterion::Ase
                | Criterion::Pi
                | Criterion::PshPr
                | Criterion::RefDa
                | Criterion::Zrr
                | Criterion::Qpv
                | Criterion::DetentionMj
                | Criterion::Fle
                | Criterion::Pm
        )
    }

    fn bit(self) -> u32 {
        1 << (self as u32)
    }
}

/// A set of criteria; iteration follows D1 order whatever the insertion order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CriteriaSet(u32);

impl CriteriaSet {
    pub const EMPTY: CriteriaSet = CriteriaSet(0);

    pub fn insert(&mut self, c: Criterion) {
        self.0 |= c.bit();
    }

    pub fn contains(self, c: Criterion) -> bool {
        self.0 & c.bit() != 0
    }

    pub fn iter(self) -> impl Iterator<Item = Criterion> {
        Criterion::ALL.iter().copied().filter(move |c| self.contains(*c))
    }

    pub fn len(self) -> u32 {
        self.0.count_ones()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl FromIterator<Criterion> for CriteriaSet {
    fn from_iter<I: IntoIterator<Item = Criterion>>(iter: I) -> Self {
        let mut set = CriteriaSet::EMPTY;
        for c in iter {
            set.insert(c);
        }
        set
    }
}

code_enum! {
    /// Minimum income benefits (`person.benefits`).
    pub enum Benefit { Rsa => "RSA", Ass => "ASS", Aah => "AAH" }
}

impl Benefit {
    pub fn criterion(self) -> Criterion {
        match self {
            Benefit::Rsa => Criterion::Rsa,
            Benefit::Ass => Criterion::Ass,
            Benefit::Aah => Criterion::Aah,
        }
    }
}

code_enum! {
    /// The input field a criterion was derived from (`criteria[].from`).
    pub enum Source {
        Benefits => "benefits", JobSeekerMonths => "job_seeker_months", BirthDate => "birth_date",
        Rqth => "rqth", Justice => "justice", Criteria => "criteria",
    }
}

code_enum! {
    /// Kinds of SIAE (platform `CompanyKind`), ACI first as the product is for ACIs.
    pub enum StructureKind { Aci => "ACI", Ei => "EI", Eiti => "EITI", Ai => "AI", Etti => "ETTI" }
}

code_enum! {
    /// Situation with the justice system (`person.justice`).
    pub enum Justice {
        None => "none", Detained => "detained", SentenceAdjustment => "sentence_adjustment",
        Supervised => "supervised", Released => "released",
    }
}

impl Justice {
    /// Under a judicial measure outside prison, or recently released: gives `DETENTION_MJ`
    /// (eligibility.md D2) and the SPIP/PJJ overlay (routing.md O1).
    pub fn under_justice_outside_prison(self) -> bool {
        matches!(self, Justice::SentenceAdjustment | Justice::Supervised | Justice::Released)
    }
}

code_enum! {
    /// Single referent already assigned (`person.referent`).
    pub enum Referent {
        None => "none", Ft => "FT", Ml => "ML", CapEmploi => "CAP_EMPLOI", Dept => "DEPT", Spip => "SPIP", Other => "OTHER",
    }
}

code_enum! {
    /// Kinds of prescriber (routing.md §1). v1 routing produces only the first eight.
    pub enum Prescriber {
        Ft => "FT", Ml => "ML", CapEmploi => "CAP_EMPLOI", Dept => "DEPT", Spip => "SPIP", Pjj => "PJJ",
        Ccas => "CCAS", Plie => "PLIE", CafMsa => "CAF_MSA", Chrs => "CHRS", Cada => "CADA",
        E2cEpide => "E2C_EPIDE", Ohpd => "OHPD", Orienteur => "ORIENTEUR",
    }
}

impl Default for Referent {
    /// An unanswered `referent` means none (eligibility.md, "Reading the input").
    fn default() -> Self {
        Referent::None
    }
}

code_enum! {
    /// Ground for a CDDI beyond 24 months (`contract.extension`), R5132-1-8.
    pub enum Extension { Training => "training", Senior => "senior", Rqth => "rqth", Difficulties => "difficulties" }
}

code_enum! {
    /// Legal nature of the ACI carrier (`contract.employer`).
    pub enum Employer { Private => "private", Public => "public" }
}

code_enum! {
    /// The household's housing, as far as the prime d'activité's forfait logement goes
    /// (prime-activite.md P7; CSS R844-3, R844-4).
    pub enum Housing {
        TenantWithoutAid => "tenant_without_aid", TenantWithAid => "tenant_with_aid",
        OwnerNoLoan => "owner_no_loan", HousedFree => "housed_free",
    }
}

impl Housing {
    /// A housing aid received, a home owned without a loan, or free housing: the household's
    /// resources include the forfait logement (R844-3). A tenant without aid has none.
    pub fn has_forfait_logement(self) -> bool {
        !matches!(self, Housing::TenantWithoutAid)
    }
}

code_enum! {
    /// Headcount band of the carrier (employer.md E2): it sets the formation rate (11), the
    /// FNAL rate, the RGDU's Tdelta and the PEEC (50), and whether the versement mobilité is due.
    pub enum Headcount { Under11 => "under_11", From11To49 => "11_to_49", From50 => "50_plus" }
}

code_enum! {
    /// Documents an SIAE keeps as proof of a criterion (eligibility.md §3). The wording is the UI's.
    pub enum Document {
        RsaCertificate => "RSA_CERTIFICATE", AssCertificate => "ASS_CERTIFICATE",
        AahCertificate => "AAH_CERTIFICATE", FtRegistrationStatement => "FT_REGISTRATION_STATEMENT",
        DiplomaOrSwornStatement => "DIPLOMA_OR_SWORN_STATEMENT", IdentityDocument => "IDENTITY_DOCUMENT",
        AseCertificate => "ASE_CERTIFICATE", RqthDecision => "RQTH_DECISION",
        CafMsaSingleParentCertificate => "CAF_MSA_SINGLE_PARENT_CERTIFICATE",
        DomiciliationOrSocialWorkerStatement => "DOMICILIATION_OR_SOCIAL_WORKER_STATEMENT",
        ResidenceOrWorkPermit => "RESIDENCE_OR_WORK_PERMIT", ProofOfAddress => "PROOF_OF_ADDRESS",
        ReleaseOrJapCertificate => "RELEASE_OR_JAP_CERTIFICATE", FleAssessment => "FLE_ASSESSMENT",
        MobilityDiagnosis => "MOBILITY_DIAGNOSIS",
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    #[test]
    fn every_code_parses_back_to_its_value() {
        for c in Criterion::ALL {
            assert_eq!(Criterion::from_code(c.code()), Some(*c));
        }
        for p in Prescriber::ALL {
            assert_eq!(Prescriber::from_code(p.code()), Some(*p));
        }
        assert_eq!(Criterion::from_code("rsa"), None);
    }

    #[test]
    fn a_criteria_set_iterates_in_d1_order_and_counts_duplicates_once() {
        let set: CriteriaSet = [Criterion::Qpv, Criterion::PshPr, Criterion::Qpv].into_iter().collect();
        assert_eq!(set.iter().collect::<Vec<_>>(), vec![Criterion::PshPr, Criterion::Qpv]);
        assert_eq!(set.len(), 2);
    }

    #[test]
    fn the_four_level1_criteria_are_rsa_ass_aah_detld() {
        let level1: Vec<_> = Criterion::ALL.iter().filter(|c| c.level() == Level::One).map(|c| c.code()).collect();
        assert_eq!(level1, ["RSA", "ASS", "AAH", "DETLD"]);
        assert_eq!(Criterion::ALL.len(), 18);
        assert_eq!(Criterion::ALL.iter().filter(|c| c.is_declarable()).count(), 10);
    }
}
