//! The screens of the app and their names in links (`#…&s=resultats`).

use crate::answers::questions::{Step, STEPS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Step(Step),
    Recap,
    Results,
    Advisor,
    Sheet,
}

impl Screen {
    /// The name used in links and in `data-go` attributes.
    pub fn name(self) -> &'static str {
        match self {
            Screen::Home => "accueil",
            Screen::Step(s) => match s {
                Step::You => "questions",
                Step::Situation => "questions-situation",
                Step::Resources => "questions-ressources",
                Step::Life => "questions-vie",
                Step::Justice => "questions-justice",
                Step::Path => "questions-parcours",
            },
            Screen::Recap => "recapitulatif",
            Screen::Results => "resultats",
            Screen::Advisor => "conseiller",
            Screen::Sheet => "fiche",
        }
    }

    pub fn from_name(name: &str) -> Option<Screen> {
        let fixed = [Screen::Home, Screen::Recap, Screen::Results, Screen::Advisor, Screen::Sheet];
        fixed
            .into_iter()
            .chain(STEPS.iter().map(|s| Screen::Step(*s)))
            .find(|s| s.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_name_reads_back() {
        for s in [Screen::Home, Screen::Recap, Screen::Results, Screen::Advisor, Screen::Sheet]
            .into_iter()
            .chain(STEPS.iter().map(|s| Screen::Step(*s)))
        {
            assert_eq!(Screen::from_name(s.name()), Some(s));
        }
        assert_eq!(Screen::from_name("ailleurs"), None);
    }
}
