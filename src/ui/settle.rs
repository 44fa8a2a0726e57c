//! Values that follow the scenario once typing pauses. The headline figures, charts and tables
//! follow every key press; slower work that nobody reads mid-keystroke (the analysis panels'
//! thousands of evaluations, the QR code) follows these instead, so typing stays quick.

use std::time::Duration;

use leptos::prelude::*;

/// How long the input must stay still before the slower panels catch up.
pub const QUIET: Duration = Duration::from_millis(250);

/// A copy of `source` that takes its value once `source` has stopped changing for [`QUIET`].
/// It starts equal to `source`, so the page opens with everything drawn.
pub fn settled<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (read, write) = signal(source.get_untracked());
    let pending: StoredValue<Option<TimeoutHandle>> = StoredValue::new(None);
    Effect::new(move || {
        let value = source.get();
        if let Some(handle) = pending.get_value() {
            handle.clear();
        }
        let apply = move || {
            if read.with_untracked(|current| current != &value) {
                write.set(value);
            }
        };
        pending.set_value(set_timeout_with_handle(apply, QUIET).ok());
    });
    read
}
