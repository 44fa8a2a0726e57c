//! What is drawn for the boxes of the scenario open now. A scenario opened brings new boxes
//! ([`crate::ui::model::Draft`] explains why), so what shows them is drawn afresh for each,
//! and reads only them: nothing drawn for one scenario is kept when the next is opened.

use leptos::prelude::*;

use crate::ui::model::{use_calc, Boxes};

/// Draws `view` with the boxes of the scenario open now, and again each time one is opened.
/// What `view` draws reads only the boxes it is given, never the draft itself nor anything
/// that outlives the load: a signal keeps a record of every reader it ever had, so a reader
/// drawn for one load that followed the page's signals would be recorded there for good. A
/// value `view` reads itself, as it draws, draws it again when that value changes.
pub fn per_load<V>(view: impl Fn(Boxes) -> V + Send + Sync + 'static) -> impl IntoView
where
    V: IntoView + 'static,
{
    let draft = use_calc().draft;
    move || view(draft.boxes())
}
