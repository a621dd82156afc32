//! The screens of the app, their names in links (`#…&s=resultats`), and the state of a
//! history entry (each screen the person opens is one).

use crate::answers::questions::{Step, STEPS};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Step(Step),
    Recap,
    Results,
    Advisor,
    Sheet,
    /// "Côté structure": what a CDDI post costs the structure (its blocks are the second module's).
    Structure,
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
            Screen::Structure => "structure",
        }
    }

    pub fn from_name(name: &str) -> Option<Screen> {
        let fixed = [Screen::Home, Screen::Recap, Screen::Results, Screen::Advisor, Screen::Sheet, Screen::Structure];
        fixed
            .into_iter()
            .chain(STEPS.iter().map(|s| Screen::Step(*s)))
            .find(|s| s.name() == name)
    }
}

/// Where a history entry stands: its screen, the screen it leads back to ("Retour au
/// récapitulatif", "Retour aux résultats"), and the screen of the entry before it, so that
/// "Précédent" can go back through the history instead of piling entries up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub screen: Screen,
    pub back_to: Option<Screen>,
    pub before: Option<Screen>,
}

impl Place {
    /// The entry's state as text: `fiche|conseiller|conseiller`.
    pub fn state(self) -> String {
        let name = |s: Option<Screen>| s.map_or("", Screen::name);
        format!("{}|{}|{}", self.screen.name(), name(self.back_to), name(self.before))
    }

    /// Reads [`Place::state`] back; `None` for a state the app did not write.
    pub fn from_state(text: &str) -> Option<Place> {
        let mut parts = text.split('|');
        let screen = Screen::from_name(parts.next()?)?;
        let back_to = parts.next().and_then(Screen::from_name);
        let before = parts.next().and_then(Screen::from_name);
        Some(Place { screen, back_to, before })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_screen_name_reads_back() {
        for s in [Screen::Home, Screen::Recap, Screen::Results, Screen::Advisor, Screen::Sheet, Screen::Structure]
            .into_iter()
            .chain(STEPS.iter().map(|s| Screen::Step(*s)))
        {
            assert_eq!(Screen::from_name(s.name()), Some(s));
        }
        assert_eq!(Screen::from_name("ailleurs"), None);
    }

    #[test]
    fn a_history_entry_reads_back_and_a_foreign_state_is_ignored() {
        let sheet = Place { screen: Screen::Sheet, back_to: Some(Screen::Advisor), before: Some(Screen::Advisor) };
        assert_eq!(sheet.state(), "fiche|conseiller|conseiller");
        assert_eq!(Place::from_state(&sheet.state()), Some(sheet));
        let first = Place { screen: Screen::Step(Step::You), back_to: None, before: None };
        assert_eq!(Place::from_state(&first.state()), Some(first));
        assert_eq!(Place::from_state("questions"), Some(first));
        assert_eq!(Place::from_state(""), None);
        assert_eq!(Place::from_state("ailleurs|resultats|"), None);
    }
}
