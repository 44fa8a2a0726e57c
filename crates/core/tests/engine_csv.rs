//! The CSV export, byte for byte: header, row order, CRLF, quoting, formula guard, rounding.

use sharecalc_core::engine::{
    evaluate, results_csv, Partner, Scenario, Service, Split, FORMAT_VERSION,
};

fn scenario() -> Scenario {
    Scenario {
        version: FORMAT_VERSION,
        title: "CSV".to_owned(),
        currency: "GBP".to_owned(),
        first_year: 2099,
        horizon_years: 2,
        discount_rate: 0.0,
        cost_growth: 0.0,
        realisation: 1.0,
        optimism_bias: 0.0,
        partners: vec![
            Partner {
                name: "=SUM(A1:A9)".to_owned(),
                population: None,
            },
            Partner {
                name: "Heron, \"Vale\"".to_owned(),
                population: None,
            },
        ],
        services: vec![
            Service {
                name: "Payroll".to_owned(),
                baseline: vec![1.005, 2.0],
                saving_rate: 0.0,
                ramp_years: 1,
                one_off_cost: 0.0,
                running_cost_rate: 0.0,
                split: Split::Equal,
                ..Service::default()
            },
            Service {
                name: "-Legal\r\nteam".to_owned(),
                baseline: vec![100.0, 100.0],
                saving_rate: 0.5,
                ramp_years: 2,
                one_off_cost: 0.0,
                running_cost_rate: 0.0,
                split: Split::Baseline,
                ..Service::default()
            },
        ],
        uncertainty: None,
        ..Scenario::default()
    }
}

#[test]
fn the_whole_file() {
    // Payroll: no saving; C = 1.005 + 2 = 3.005, split equally: each pays 1.5025 → "1.50" (the
    // digit after the cents is 2). The first partner's standalone 1.005 (held as 1.00499999…)
    // is written 1.01, as a spreadsheet would; its net is written as 1.01 − 1.50 = −0.49 (spec
    // v2: the row adds up to the penny), while its discounted net, D = 1 times the unrounded
    // −0.4975, is −0.50; the second's 2.00 − 1.50 = 0.50.
    // Legal: C = 200, ramp 2: S = 50 then 100, T = 150 then 100, split 50/50 by baseline, so
    // each partner's share of the saving is 25 then 50. No running or one-off cost.
    let s = scenario();
    let csv = results_csv(&s, &evaluate(&s));
    let expected = "year,financial_year,partner,service,standalone_cost,shared_cost,net_saving,\
saving_share,running_cost_share,one_off_share,discount_factor,discounted_net_saving\r\n\
        1,2099/00,'=SUM(A1:A9),Payroll,1.01,1.50,-0.49,0.00,0.00,0.00,1.000000,-0.50\r\n\
        1,2099/00,'=SUM(A1:A9),\"'-Legal\r\nteam\",100.00,75.00,25.00,25.00,0.00,0.00,1.000000,25.00\r\n\
        1,2099/00,\"Heron, \"\"Vale\"\"\",Payroll,2.00,1.50,0.50,0.00,0.00,0.00,1.000000,0.50\r\n\
        1,2099/00,\"Heron, \"\"Vale\"\"\",\"'-Legal\r\nteam\",100.00,75.00,25.00,25.00,0.00,0.00,1.000000,25.00\r\n\
        2,2100/01,'=SUM(A1:A9),Payroll,1.01,1.50,-0.49,0.00,0.00,0.00,1.000000,-0.50\r\n\
        2,2100/01,'=SUM(A1:A9),\"'-Legal\r\nteam\",100.00,50.00,50.00,50.00,0.00,0.00,1.000000,50.00\r\n\
        2,2100/01,\"Heron, \"\"Vale\"\"\",Payroll,2.00,1.50,0.50,0.00,0.00,0.00,1.000000,0.50\r\n\
        2,2100/01,\"Heron, \"\"Vale\"\"\",\"'-Legal\r\nteam\",100.00,50.00,50.00,50.00,0.00,0.00,1.000000,50.00\r\n";
    assert_eq!(csv, expected);
}

#[test]
fn rounding_is_half_away_from_zero_on_the_decimal_figure_and_never_minus_zero() {
    let mut s = scenario();
    s.partners = vec![
        Partner {
            name: "A".to_owned(),
            population: None,
        },
        Partner {
            name: "B".to_owned(),
            population: None,
        },
    ];
    s.horizon_years = 1;
    let cases = [
        // (A's baseline, B's baseline, A's row: standalone, shared, net, discounted net)
        // Equal split of A + B; no saving, so the shares of saving, running and one-off costs
        // are 0.00 and D = 1. Net is written standalone minus written shared; the discounted
        // net is D × the unrounded net, rounded.
        (0.0, 0.0, "0.00,0.00,0.00", "0.00"),
        (0.004, 0.0, "0.00,0.00,0.00", "0.00"), // net 0.002 → 0.00
        (0.0, 0.006, "0.00,0.00,0.00", "0.00"), // net −0.003 → "0.00", not "-0.00"
        (2.675, 2.675, "2.68,2.68,0.00", "0.00"), // 2.675 is held as 2.67499999…: a spreadsheet shows 2.68
        (1.115, 1.115, "1.12,1.12,0.00", "0.00"),
        (0.125, 0.125, "0.13,0.13,0.00", "0.00"),
        (1e12, 1e12, "1000000000000.00,1000000000000.00,0.00", "0.00"),
        (0.0, 0.03, "0.00,0.02,-0.02", "-0.02"), // shared 0.015 → 0.02, net −0.015 → −0.02
    ];
    for (a, b, expected, discounted) in cases {
        s.services = vec![Service {
            name: "S".to_owned(),
            baseline: vec![a, b],
            saving_rate: 0.0,
            ramp_years: 1,
            one_off_cost: 0.0,
            running_cost_rate: 0.0,
            split: Split::Equal,
            ..Service::default()
        }];
        let csv = results_csv(&s, &evaluate(&s));
        let row = csv.split("\r\n").nth(1).expect("a row");
        assert_eq!(
            row,
            format!("1,2099/00,A,S,{expected},0.00,0.00,0.00,1.000000,{discounted}"),
            "{a} and {b}"
        );
    }
}

#[test]
fn only_the_spec_characters_are_guarded() {
    let mut s = scenario();
    s.partners[0].name = "+44 Council".to_owned();
    s.partners[1].name = "@home".to_owned();
    s.services.truncate(1);
    s.services[0].name = "Tax; 'rates' =1".to_owned();
    s.horizon_years = 1;
    let csv = results_csv(&s, &evaluate(&s));
    let rows: Vec<&str> = csv.split("\r\n").collect();
    assert!(
        rows[1].starts_with("1,2099/00,'+44 Council,Tax; 'rates' =1,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("1,2099/00,'@home,Tax; 'rates' =1,"),
        "{}",
        rows[2]
    );
    assert_eq!(
        rows.len(),
        4,
        "header, two rows, and the empty tail after the last CRLF"
    );
    assert_eq!(rows[3], "");
}

#[test]
fn a_formula_behind_spaces_tabs_or_a_carriage_return_is_guarded() {
    // OWASP's list: a leading tab or carriage return, and any field whose first non-space
    // character starts a formula.
    use sharecalc_core::engine::text_field;
    for (field, written) in [
        ("\t=1+1", "'\t=1+1"),
        ("\tPayroll", "'\tPayroll"),
        ("\r=1+1", "\"'\r=1+1\""),
        ("  =HYPERLINK(\"x\")", "\"'  =HYPERLINK(\"\"x\"\")\""),
        (" +44", "' +44"),
        ("   -5", "'   -5"),
        (" @SUM(A1)", "' @SUM(A1)"),
        ("=1", "'=1"),
    ] {
        assert_eq!(text_field(field), written, "{field:?}");
    }
    for plain in ["Payroll", " Payroll", "a=1", "Tax; 'rates' =1", ""] {
        assert_eq!(text_field(plain), plain, "{plain:?}");
    }
}

proptest::proptest! {
    /// Whatever a name holds, after the quoting is taken off it is written whole, with a `'`
    /// in front exactly when a spreadsheet could run it as a formula.
    #[test]
    fn no_field_reaches_a_spreadsheet_as_a_formula(text in "[ \t\r\n=+@a-z'\"-]{0,8}") {
        let written = sharecalc_core::engine::text_field(&text);
        let unquoted = written
            .strip_prefix('"')
            .and_then(|w| w.strip_suffix('"'))
            .map_or(written.clone(), |w| w.replace("\"\"", "\""));
        // Nothing is lost: the text is all there, after the guard when there is one.
        let first = text.trim_start_matches(' ').chars().next();
        let runnable = text.starts_with(['\t', '\r']) || matches!(first, Some('=' | '+' | '-' | '@'));
        let expected = if runnable { format!("'{text}") } else { text.clone() };
        proptest::prop_assert_eq!(unquoted, expected, "{:?} was written {:?}", text, written);
    }
}
