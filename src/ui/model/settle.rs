//! Values that follow the scenario once typing pauses. The headline figures, charts and tables
//! follow every key press; slower work that nobody reads mid-keystroke (the analysis panels'
//! thousands of evaluations, the QR code) follows these instead, so typing stays quick.

use std::time::Duration;

use leptos::prelude::*;

/// How long the input must stay still before the slower panels catch up.
pub const QUIET: Duration = Duration::from_millis(250);

/// One piece of work waiting for a pause: each [`Pause::after`] replaces the one before, so
/// only the last runs, once things have been still for its delay.
#[derive(Clone, Copy)]
pub struct Pause {
    pending: StoredValue<Option<TimeoutHandle>>,
}

impl Pause {
    /// Nothing waiting yet.
    pub fn new() -> Pause {
        Pause {
            pending: StoredValue::new(None),
        }
    }

    /// Runs `work` after `delay`, unless `after` is called again first.
    pub fn after(&self, delay: Duration, work: impl FnOnce() + 'static) {
        if let Some(handle) = self.pending.get_value() {
            handle.clear();
        }
        self.pending
            .set_value(set_timeout_with_handle(work, delay).ok());
    }
}

/// A copy of `source` that takes its value once `source` has stopped changing for [`QUIET`].
/// It starts equal to `source`, so the page opens with everything drawn.
pub fn settled<T>(source: Memo<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let (read, write) = signal(source.get_untracked());
    let pause = Pause::new();
    Effect::new(move || {
        let value = source.get();
        pause.after(QUIET, move || {
            if read.with_untracked(|current| current != &value) {
                write.set(value);
            }
        });
    });
    read
}
