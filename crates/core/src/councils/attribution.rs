//! What the page says wherever figures from a publication are shown: what they are (budgets,
//! net of income, for which year, from which publication) and the attribution lines their
//! licences ask for. Used by the calculator's method section and the residents' summary.

use crate::engine::Source;
use crate::i18n::{t, Lang, Msg};

/// The sentences to show with a scenario whose figures came from `source`, in `lang`: what
/// the figures are, then each attribution line.
pub fn attribution(lang: Lang, source: Source) -> [&'static str; 3] {
    match source {
        Source::EnglandBudgets2023 => [
            t(lang, Msg::SourceEngland2023What),
            t(lang, Msg::SourceEngland2023Licence),
            t(lang, Msg::SourceRegisterLicence),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_year_the_publication_and_both_licences() {
        let [what, ogl, register] = attribution(Lang::En, Source::EnglandBudgets2023);
        assert!(what.contains("2023-24") && what.contains("net"), "{what}");
        assert!(ogl.contains("Open Government Licence v3.0"), "{ogl}");
        assert!(register.contains("mySociety, CC BY 4.0"), "{register}");
        let [_, ogl, register] = attribution(Lang::Cy, Source::EnglandBudgets2023);
        assert!(ogl.contains("v3.0") && register.contains("CC BY 4.0"));
    }
}
