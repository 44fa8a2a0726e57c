//! The language switch (English | Cymraeg) and what follows the page's language outside the
//! component tree: `<html lang>` and the `?lang=` in the address bar, so a copied link opens
//! in the language its reader chose.

use leptos::prelude::*;

use super::focus::focus_later;
use super::model::link::replace_address;
use super::model::use_calc;
use sharecalc_core::display::with_lang;
use sharecalc_core::i18n::{t, Lang, Msg};
use sharecalc_web::address::current_query;
use sharecalc_web::set_lang;

/// The id of the link to the other language, focused again after a switch.
const SWITCH_ID: &str = "language-switch";

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

/// "English | Cymraeg": the current language in words, the other as a link that switches
/// the page in place. It is a real link to the same scenario in the other language, so it can
/// also be opened in a new tab.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let calc = use_calc();
    let current = calc.lang.get_untracked();
    let items = Lang::ALL.map(|lang| {
        if lang == current {
            view! { <li><span aria-current="true" lang=lang.tag()>{lang.own_name()}</span></li> }
                .into_any()
        } else {
            let query = with_lang(&current_query(), lang);
            let query = if query.is_empty() {
                "?".to_owned()
            } else {
                query
            };
            let href = move || calc.settled_fragment.with(|f| format!("{query}#{f}"));
            let switch = move |ev: leptos::ev::MouseEvent| {
                ev.prevent_default();
                calc.lang.set(lang);
                focus_later(SWITCH_ID.to_owned());
            };
            view! {
                <li>
                    <a id=SWITCH_ID href=href hreflang=lang.tag() lang=lang.tag() on:click=switch>
                        {lang.own_name()}
                    </a>
                </li>
            }
            .into_any()
        }
    });
    view! {
        <nav class="app-language" aria-label=t(current, Msg::PageLanguageLabel)>
            <ul class="app-language__list">{items.into_iter().collect_view()}</ul>
        </nav>
    }
}
