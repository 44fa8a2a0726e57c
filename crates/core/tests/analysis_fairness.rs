//! Each partner's break-even and payback, balancing payments and a partner leaving, on a
//! small scenario worked by hand.

mod analysis_common;

use analysis_common::{close, worked};
use sharecalc_core::analysis::{
    balancing, leave, partner_npvs, standings, Balancing, Comparison, Leaving,
};
use sharecalc_core::engine::evaluate;
use sharecalc_core::i18n::Lang;
#[test]
fn each_partners_break_even_and_payback() {
    // B: Σ_k (400 − ½ × 1,000 − ½ × 50) − ½ × 300 + rate × ½ × 1,000 × 3 = −525 + 1,500 rate,
    // zero at 35%. A: 75 + 1,500 rate > 0 at any rate: gains with no savings.
    let s = worked(300.0, 0.0);
    let st = standings(&s, &evaluate(&s));
    assert_eq!(st.len(), 2);
    assert_eq!(st[0].break_even_rate, None);
    assert_eq!(
        st[0].sentence.to_string(),
        "Gains even with no savings at all."
    );
    assert!(close(st[1].break_even_rate.unwrap_or(f64::NAN), 0.35));
    assert_eq!(
        st[1].sentence.to_string(),
        "Gains only if the planned saving reaches 35% for every service."
    );
    assert_eq!(
        st[1].sentence.render(Lang::Cy),
        "Yn ennill dim ond os yw'r arbediad a gynlluniwyd yn cyrraedd 35% i bob gwasanaeth."
    );
    // A's cumulative net saving is 25 > 0 in Year 1; B's never rises above zero.
    assert_eq!(st[0].payback.as_deref(), Some("2027/28"));
    assert_eq!(st[1].payback, None);
}

#[test]
fn balancing_two_partners() {
    // B is topped up by 225, all paid by A (the only winner): A keeps 150, B 0.
    let s = worked(300.0, 0.0);
    match balancing(&partner_npvs(&evaluate(&s))) {
        Balancing::Payments { payments, after } => {
            assert!(close(payments[0], -225.0) && close(payments[1], 225.0));
            assert!(close(after[0], 150.0) && after[1].abs() < 1e-9);
        }
        other => panic!("expected payments, got {other:?}"),
    }
}

#[test]
fn balancing_three_partners_in_proportion() {
    // Shortfall 30, gains 60 + 120 = 180: winners give 30/180 = 1/6 of their gain, 10 and 20.
    match balancing(&[-30.0, 60.0, 120.0]) {
        Balancing::Payments { payments, after } => {
            let expected = [30.0, -10.0, -20.0];
            assert!(payments.iter().zip(expected).all(|(a, b)| close(*a, b)));
            let expected = [0.0, 50.0, 100.0];
            assert!(after.iter().zip(expected).all(|(a, b)| close(*a, b)));
        }
        other => panic!("expected payments, got {other:?}"),
    }
}

#[test]
fn balancing_cannot_help_a_losing_partnership() {
    assert_eq!(balancing(&[-30.0, 20.0]), Balancing::PartnershipLoses);
    assert_eq!(balancing(&[0.0, 0.0]), Balancing::PartnershipLoses);
    assert_eq!(balancing(&[10.0, 0.0]), Balancing::NotNeeded);
}

/// Everyone's figures in the worked scenario when `partner` leaves after `year`.
fn leaving(partner: usize, year: u32, exit_fee: f64) -> Vec<Comparison> {
    let s = worked(300.0, 0.0);
    leave(
        &s,
        &evaluate(&s),
        &Leaving {
            partner,
            year,
            exit_fee,
        },
    )
    .unwrap_or_default()
}

#[test]
fn a_partner_leaving_after_year_one() {
    // B leaves after Year 1 with a fee of 100. A alone: C' = 600, T' = 600 − 120 + 30 = 510,
    // A saves 90 a year and receives the fee in Year 2: 25 + 190 + 90 = 305. B: −175 − 100.
    let rows = leaving(1, 1, 100.0);
    assert_eq!(rows.len(), 2);
    assert!(close(rows[0].npv_after, 305.0) && close(rows[0].npv_together, 375.0));
    assert!(close(rows[1].npv_after, -275.0) && close(rows[1].npv_together, -225.0));
    assert!(close(rows[0].net_after, 305.0));
}

#[test]
fn leaving_in_the_last_year_changes_nothing() {
    let rows = leaving(0, 3, 1e6);
    assert!(rows.iter().all(|c| close(c.npv_after, c.npv_together)));
}

#[test]
fn leaving_checks_name_the_field() {
    let s = worked(300.0, 0.0);
    let r = evaluate(&s);
    let path = |l: Leaving| leave(&s, &r, &l).err().map(|e| e.path.to_string());
    let late = Leaving {
        partner: 0,
        year: 4,
        exit_fee: 0.0,
    };
    let message = |lang: Lang| leave(&s, &r, &late).err().map(|e| e.message.render(lang));
    assert_eq!(
        message(Lang::En).as_deref(),
        Some("must be a year of the period, from 1 to 3")
    );
    assert_eq!(
        message(Lang::Cy).as_deref(),
        Some("rhaid iddi fod yn flwyddyn o fewn y cyfnod, o 1 i 3")
    );
    assert_eq!(
        path(Leaving {
            partner: 2,
            year: 1,
            exit_fee: 0.0
        })
        .as_deref(),
        Some("leaving.partner")
    );
    assert_eq!(
        path(Leaving {
            partner: 0,
            year: 4,
            exit_fee: 0.0
        })
        .as_deref(),
        Some("leaving.year")
    );
    assert_eq!(
        path(Leaving {
            partner: 0,
            year: 0,
            exit_fee: 0.0
        })
        .as_deref(),
        Some("leaving.year")
    );
    assert_eq!(
        path(Leaving {
            partner: 0,
            year: 1,
            exit_fee: f64::NAN
        })
        .as_deref(),
        Some("leaving.exit_fee")
    );
}
