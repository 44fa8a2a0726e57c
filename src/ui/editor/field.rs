//! A labelled text box in the GOV.UK pattern: label with the unit, optional hint, the
//! error message above the box, the currency sign or `%` outside it. What was typed is
//! kept as typed; the box only shows the problem [`crate::ui::model`] found in it.

use leptos::prelude::*;

use crate::ui::box_notes::note_for;
use crate::ui::model::{use_calc, use_lang};
use sharecalc_core::i18n::{t, Msg};

/// What kind of value a box takes, which sets its keyboard and its sign.
#[derive(Clone, Copy)]
pub enum Kind {
    /// Free text, such as a name.
    Text,
    /// An amount of money: the currency sign given sits outside the box.
    Money(Signal<&'static str>),
    /// A percentage: `%` sits after the box.
    Percent,
    /// A whole number such as a year.
    Whole,
    /// A count such as a population.
    Count,
}

impl Kind {
    fn inputmode(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Whole => "numeric",
            Kind::Money(_) | Kind::Percent | Kind::Count => "decimal",
        }
    }
}

/// The error for box `id` from the current reading of the draft; it changes only when that
/// box's message does.
pub fn error_for(id: String) -> Signal<Option<String>> {
    use_calc().errors.message(id)
}

/// A labelled box with its hint and error.
#[component]
pub fn Field(
    /// Element id; also what the error summary links to.
    id: String,
    /// Visible label, naming the unit.
    #[prop(into)]
    label: String,
    /// Optional hint under the label.
    #[prop(optional, into)]
    hint: Option<String>,
    /// The text typed.
    value: RwSignal<String>,
    /// What the box takes.
    kind: Kind,
    /// A CSS width modifier, such as `app-input--width-10`.
    #[prop(optional)]
    width: &'static str,
) -> impl IntoView {
    let error = error_for(id.clone());
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id, has_hint) = (hint_id.clone(), error_id.clone(), hint.is_some());
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error.with(Option::is_some) {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="app-form-group" class:app-form-group--error=move || error.with(Option::is_some)>
            <label class="app-label" for=id.clone()>{label}</label>
            {hint.map(|h| view! { <div class="app-hint" id=hint_id>{h}</div> })}
            {error_message(error, error_id, "app-error-message")}
            {text_box(TextBox { id, class: format!("app-input {width}"), kind, value, error, described: Signal::derive(described), label: None, testid: None, list: None })}
        </div>
    }
}

/// What [`text_box`] draws: one text input with its currency sign or `%`.
struct TextBox {
    id: String,
    class: String,
    kind: Kind,
    value: RwSignal<String>,
    error: Signal<Option<String>>,
    described: Signal<Option<String>>,
    label: Option<Signal<String>>,
    testid: Option<Signal<String>>,
    list: Option<&'static str>,
}

/// The input itself, shared by labelled boxes and table cells: the GOV.UK attributes, the
/// error state, and the currency sign or `%` outside the box.
fn text_box(b: TextBox) -> impl IntoView {
    let TextBox {
        id,
        class,
        kind,
        value,
        error,
        described,
        label,
        testid,
        list,
    } = b;
    view! {
        <div class="app-input-wrapper">
            {match kind {
                Kind::Money(sign) => Some(view! { <div class="app-input__prefix" aria-hidden="true">{sign}</div> }),
                _ => None,
            }}
            <input
                class=class
                class:app-input--error=move || error.with(Option::is_some)
                id=id.clone()
                name=id
                type="text"
                inputmode=kind.inputmode()
                spellcheck="false"
                autocomplete="off"
                aria-label=move || label.map(|l| l.get())
                aria-describedby=move || described.get()
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                data-testid=move || testid.map(|t| t.get())
                list=list
                bind:value=value
            />
            {matches!(kind, Kind::Percent).then(|| view! { <div class="app-input__suffix" aria-hidden="true">"%"</div> })}
        </div>
    }
}

/// The error message for a box, when it has one, with "Error:" for screen readers.
fn error_message(error: Signal<Option<String>>, id: String, class: &'static str) -> impl IntoView {
    let hidden = t(use_lang(), Msg::EditorErrorHidden);
    move || {
        error.get().map(|m| {
            view! {
                <p class=class id=id.clone()>
                    <span class="app-visually-hidden">{hidden}" "</span>{m}
                </p>
            }
        })
    }
}

/// A box inside a table cell: named by its `<label>`, visually hidden in a table (its row and
/// column headers say the same visibly) and shown above the box where the table is a card per
/// row (a phone or a tablet, `style/app.css`), with its error shown in the cell.
#[component]
pub fn CellInput(
    /// Element id; also what the error summary links to.
    id: String,
    /// Accessible name, e.g. "HR and payroll: annual cost for Heron (£)".
    label: Signal<String>,
    /// The text typed.
    value: RwSignal<String>,
    /// What the box takes.
    kind: Kind,
    /// A stable hook for automated tests.
    #[prop(optional, into)]
    testid: Option<Signal<String>>,
    /// The id of a `<datalist>` of suggestions, such as the one-off cost spreads.
    #[prop(optional)]
    list: Option<&'static str>,
) -> impl IntoView {
    let error = error_for(id.clone());
    let error_id = format!("{id}-error");
    // Why the box was left empty, when the page filled in the scenario (`box_notes`).
    let note = note_for(id.clone());
    let note_id = format!("{id}-note");
    // In a row just added, what the box will need, as a hint until the user leaves the row.
    let needs = use_calc().waiting.message(id.clone());
    let needs_id = format!("{id}-needs");
    let described = {
        let (error_id, note_id, needs_id) = (error_id.clone(), note_id.clone(), needs_id.clone());
        Signal::derive(move || {
            let ids: Vec<&str> = [
                note.with(Option::is_some).then_some(note_id.as_str()),
                needs.with(Option::is_some).then_some(needs_id.as_str()),
                error.with(Option::is_some).then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        })
    };
    view! {
        <div class="app-cell" class:app-cell--error=move || error.with(Option::is_some)>
            <label class="app-cell__label" for=id.clone()>{label}</label>
            {text_box(TextBox { id, class: "app-input app-input--cell".to_owned(), kind, value, error, described, label: None, testid, list })}
            {error_message(error, error_id, "app-error-message app-error-message--cell")}
            {move || note.get().map(|n| view! { <p class="app-hint app-cell__note" id=note_id.clone()>{n}</p> })}
            {move || needs.get().map(|n| view! { <p class="app-hint app-cell__note" id=needs_id.clone()>{n}</p> })}
        </div>
    }
}
