//! Values that follow the scenario once typing pauses. The headline figures, charts and tables
//! follow every key press; slower work that nobody reads mid-keystroke (the analysis panels'
//! thousands of evaluations, the QR code) follows these instead, so typing stays quick.

use std::time::Duration;

use leptos::prelude::*;

/// How long the input must stay still before the slower panels catch up.
pub const QUIET: Duration = Duration::from_millis(250);

/// One piece of work waiting for a pause: each [`Pause::after`] replaces the one before, so
/// only the last runs, once things have been still for its delay.
///
/// A replaced timer is not cancelled: it fires and finds it is no longer the latest. A
/// cancelled timer's callback would keep what it holds until the browser's garbage collector
/// got round to it, and an officer typing fast would pile up a copy per key press.
#[derive(Clone, Copy)]
pub struct Pause {
    latest: StoredValue<u64>,
}

impl Pause {
    /// Nothing waiting yet.
    pub fn new() -> Pause {
        Pause {
            latest: StoredValue::new(0),
        }
    }

    /// Runs `work` after `delay`, unless `after` is called again first.
    pub fn after(&self, delay: Duration, work: impl FnOnce() + 'static) {
        let latest = self.latest;
        let ticket = latest.get_value().wrapping_add(1);
        latest.set_value(ticket);
        set_timeout(
            move || {
                if latest.try_get_value() == Some(ticket) {
                    work();
                }
            },
            delay,
        );
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
        source.track();
        // The value is read when the pause comes, not copied at each change.
        pause.after(QUIET, move || {
            let Some(value) = source.try_get_untracked() else {
                return; // the page has gone
            };
            if read.try_with_untracked(|current| current != &value) == Some(true) {
                write.set(value);
            }
        });
    });
    read
}
