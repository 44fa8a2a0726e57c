//! The language of the page: switching it in place, and what follows it outside the component
//! tree: `<html lang>` and the `?lang=` in the address bar, so a copied link opens in the
//! language its reader chose. The switch itself is part of the page frame
//! ([`sharecalc_core::html::frame`]).

use leptos::prelude::*;

use super::focus::focus_later;
use super::model::link::replace_address;
use super::model::{use_calc, Calc};
use sharecalc_core::display::with_lang;
use sharecalc_core::html::frame::SWITCH_ID;
use sharecalc_core::i18n::Lang;
use sharecalc_web::address::current_query;
use sharecalc_web::set_lang;

/// Sets `<html lang>` and writes `?lang=` into the address bar (keeping the fragment and
/// every other option), without a new history entry.
fn apply(lang: Lang) {
    set_lang(lang);
    let Some(location) = sharecalc_web::window().map(|w| w.location()) else {
        return;
    };
    let query = with_lang(&current_query(), lang);
    let url = format!(
        "{}{query}{}",
        location.pathname().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    replace_address(&url);
}

/// Keeps `<html lang>` and the address bar in step with the page's language.
pub fn follow_language() {
    let lang = use_calc().lang;
    Effect::new(move || apply(lang.get()));
}

/// Redraws the page in `lang`, keeping the scenario and what was typed, and then focuses the
/// switch again (now offering the language the page was in).
pub fn switch_to(calc: Calc, lang: Lang) {
    calc.lang.set(lang);
    focus_later(SWITCH_ID.to_owned());
}
