//! Pasting a block copied from a spreadsheet (Excel, LibreOffice, Google Sheets) into a cost
//! box: the table fills from that box rightwards and downwards, each cell read as typing
//! reads it ([`Block`]); blank cells leave their box alone; a cell that cannot be read is
//! kept in its box, whose error names it. A block larger than the table waits on an offer to
//! add the services and partners it needs, or to fill only what fits. What happened is said
//! in the page's status, and one Undo ([`Place::Paste`]) puts the whole table back.
//!
//! One cell on the clipboard is pasted by the browser, as typing would put it.

use leptos::prelude::*;
use web_sys::ClipboardEvent;

use crate::ui::announce::{use_said, Said};
use crate::ui::focus::focus_later;
use crate::ui::model::{use_calc, Calc};
use crate::ui::replace::{use_replacer, Place, Replacer};
use sharecalc_core::codec::block::{Block, Placement, Slot, Table};
use sharecalc_core::engine::{PARTNER_COUNTS, SERVICE_COUNTS};
use sharecalc_core::i18n::{count, fill, t, Lang, Msg};

/// The id of the offer shown for a block larger than the table, which takes focus.
const OFFER_ID: &str = "paste-offer";

/// The most services and partners a scenario can have: as far as a paste may grow the table.
const MOST: Table = Table {
    services: *SERVICE_COUNTS.end(),
    partners: *PARTNER_COUNTS.end(),
};

/// A block pasted, and where.
#[derive(Clone)]
struct Pasted {
    /// The block.
    block: Block,
    /// The box it was pasted into.
    at: Slot,
    /// That box's element id, which has focus back once the table is filled.
    box_id: String,
}

/// Pasting into the costs table, for its boxes and its offer; provided by the services
/// section.
#[derive(Clone, Copy)]
pub struct Pasting {
    calc: Calc,
    said: Said,
    replacer: Replacer,
    /// A block larger than the table, waiting for the user to answer the offer.
    waiting: RwSignal<Option<Pasted>>,
}

impl Pasting {
    /// Provides a new one to the view drawn under the caller.
    pub fn provide() -> Pasting {
        let calc = use_calc();
        let waiting = RwSignal::new(None);
        // A block waits on the table it was pasted into: another scenario opened (or Undo)
        // drops it.
        Effect::watch(
            move || {
                calc.draft.boxes();
            },
            move |_, _, _| waiting.set(None),
            false,
        );
        let pasting = Pasting {
            calc,
            said: use_said(),
            replacer: use_replacer(),
            waiting,
        };
        provide_context(pasting);
        pasting
    }

    /// The services section's, or one of its own for a box drawn without it (in tests).
    pub fn here() -> Pasting {
        use_context().unwrap_or_else(Pasting::provide)
    }

    /// For the `paste` event of the cost box with element id `box_id`, whose place in the
    /// table `at` gives when asked: a block is put in the table (or waits on the offer), and
    /// the browser does not paste it into the box.
    pub fn on_paste(
        self,
        at: impl Fn() -> Slot + 'static,
        box_id: String,
    ) -> impl Fn(ClipboardEvent) + 'static {
        move |ev| {
            let text = ev
                .clipboard_data()
                .and_then(|data| data.get_data("text/plain").ok())
                .unwrap_or_default();
            let currency = self.calc.draft.boxes_untracked().currency.get_untracked();
            let Some(block) = Block::from_clipboard(&text, &currency) else {
                return;
            };
            ev.prevent_default();
            // A new paste is the answer to any offer still showing.
            self.waiting.set(None);
            let pasted = Pasted {
                block,
                at: at(),
                box_id: box_id.clone(),
            };
            let now = self.table();
            if pasted
                .block
                .place(pasted.at, now.services, now.partners)
                .fits()
            {
                self.fill(pasted, now);
            } else {
                self.waiting.set(Some(pasted));
                focus_later(OFFER_ID.to_owned());
            }
        }
    }

    /// The size of the costs table now.
    fn table(self) -> Table {
        let b = self.calc.draft.boxes_untracked();
        Table {
            services: b.services.with_untracked(Vec::len),
            partners: b.partners.with_untracked(Vec::len),
        }
    }

    /// Answers the offer: the waiting block fills the table grown as far as `most` allows.
    fn answer(self, most: impl FnOnce(Table) -> Table) {
        if let Some(pasted) = self.waiting.get_untracked() {
            self.waiting.set(None);
            self.fill(pasted, most(self.table()));
        }
    }

    /// Fills the table with `pasted`, growing it to at most `most`; says what happened, and
    /// gives focus back to the box pasted into. Undo beside the table takes it all back.
    fn fill(self, pasted: Pasted, most: Table) {
        let lang = self.calc.lang.get_untracked();
        let now = self.table();
        let placed = pasted.block.place(pasted.at, now.services, now.partners);
        let kept = placed.clone().within(now, most);
        let start = self.box_name(lang, pasted.at);
        let done = said(lang, &pasted.block, &start, &placed, &kept);
        let draft = self.calc.draft;
        let what = t(lang, Msg::PasteWhat).to_owned();
        self.replacer
            .change(self.calc, Place::Paste, what, done.clone(), || {
                draft.paste(&kept)
            });
        self.said.say(done);
        focus_later(pasted.box_id);
    }

    /// "Finance, Heron Vale": the service and partner of the box at `at`.
    fn box_name(self, lang: Lang, at: Slot) -> String {
        let b = self.calc.draft.boxes_untracked();
        untrack(|| {
            let service = b.services.with(|s| s.get(at.service).copied());
            let partner = b.partners.with(|p| p.get(at.partner).copied());
            let names = service
                .map(|s| b.service_name(lang, s))
                .zip(partner.map(|p| b.partner_name(lang, p)));
            names.map_or_else(String::new, |(service, partner)| {
                fill(
                    lang,
                    Msg::PastePlaceNamed,
                    &[("row", &service), ("column", &partner)],
                )
            })
        })
    }
}

/// "2 services and 1 partner", "1 partner": rows of the table, in words.
fn rows_words(lang: Lang, services: usize, partners: usize) -> String {
    let services_words = count(lang, Msg::CountServices, services as u64, &[]);
    let partners_words = count(lang, Msg::CountPartners, partners as u64, &[]);
    match (services, partners) {
        (_, 0) => services_words,
        (0, _) => partners_words,
        _ => fill(
            lang,
            Msg::PasteBoth,
            &[("services", &services_words), ("partners", &partners_words)],
        ),
    }
}

/// What pasting `block` from the box named `start` did, `placed` cut to `kept`: its size,
/// the rows added, the cells that cannot be read and those left out.
fn said(lang: Lang, block: &Block, start: &str, placed: &Placement, kept: &Placement) -> String {
    let mut words = vec![fill(
        lang,
        Msg::PasteDone,
        &[
            ("rows", &block.rows.len()),
            ("columns", &block.width()),
            ("place", &start),
        ],
    )];
    if !kept.fits() {
        let added = rows_words(lang, kept.new_services.len(), kept.new_partners.len());
        words.push(fill(lang, Msg::PasteAdded, &[("what", &added)]));
    }
    let counted = [
        (Msg::PasteUnreadable, kept.problems.len()),
        (Msg::PasteLeftOut, placed.left_out(kept)),
    ];
    for (msg, n) in counted {
        if n > 0 {
            words.push(count(lang, msg, n as u64, &[]));
        }
    }
    words.join(" ")
}

/// The names a block gives the rows it adds, when it gives any: "Legal, Waste".
fn named(names: &[String]) -> Option<String> {
    let given: Vec<&str> = names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty())
        .collect();
    (!given.is_empty()).then(|| given.join(", "))
}

/// The offer for a block larger than the table: add the services and partners it needs
/// (named from the block where it names them) and fill, or fill only what fits.
#[component]
pub fn PasteOffer() -> impl IntoView {
    let pasting = Pasting::here();
    let lang = pasting.calc.lang.get_untracked();
    move || {
        pasting.waiting.get().map(|pasted| {
            let now = pasting.table();
            let placed = pasted.block.place(pasted.at, now.services, now.partners);
            let grown = placed.clone().within(now, MOST);
            let needs = rows_words(lang, placed.new_services.len(), placed.new_partners.len());
            let adds = rows_words(lang, grown.new_services.len(), grown.new_partners.len());
            let names = [
                (Msg::PasteOfferServiceNames, named(&grown.new_services)),
                (Msg::PasteOfferPartnerNames, named(&grown.new_partners)),
            ];
            let most = (grown.new_services.len() < placed.new_services.len()
                || grown.new_partners.len() < placed.new_partners.len())
            .then(|| {
                let services = count(lang, Msg::CountServices, MOST.services as u64, &[]);
                let partners = count(lang, Msg::CountPartners, MOST.partners as u64, &[]);
                fill(
                    lang,
                    Msg::PasteOfferMost,
                    &[("services", &services), ("partners", &partners)],
                )
            });
            view! {
                <div class="app-notice" id=OFFER_ID tabindex="-1" data-testid=OFFER_ID
                    role="group" aria-labelledby="paste-offer-title">
                    <h4 class="app-notice__title" id="paste-offer-title">{t(lang, Msg::PasteOfferTitle)}</h4>
                    <p>{fill(lang, Msg::PasteOfferNeeds, &[("what", &needs)])}</p>
                    {names
                        .into_iter()
                        .filter_map(|(msg, names)| names.map(|n| view! { <p>{fill(lang, msg, &[("names", &n)])}</p> }))
                        .collect_view()}
                    {most.map(|m| view! { <p>{m}</p> })}
                    <button type="button" class="app-button" data-testid="paste-add"
                        on:click=move |_| pasting.answer(|_| MOST)>
                        {fill(lang, Msg::PasteOfferAdd, &[("what", &adds)])}
                    </button>
                    " "
                    <button type="button" class="app-button app-button--secondary" data-testid="paste-fit"
                        on:click=move |_| pasting.answer(|now| now)>
                        {t(lang, Msg::PasteOfferFit)}
                    </button>
                </div>
            }
        })
    }
}
