//! Scenario links (`spec/links.md`): round trips, a payload made by another program, every
//! class of broken link, fragments with several options, and properties over arbitrary
//! scenarios and arbitrary text.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "test helpers: a failing test stops at once, saying where"
)]

use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use proptest::prelude::*;
use sharecalc_core::codec::link::{
    decode_fragment, decode_payload, encode_fragment, encode_payload, MAX_INFLATED_BYTES,
    MAX_OPTIONS,
};
use sharecalc_core::codec::LinkError;
use sharecalc_core::engine::{
    is_direction_control, validate, Partner, Scenario, Service, Split, CURRENCIES, FIRST_YEARS,
    FORMAT_VERSION, HORIZONS, MAX_AMOUNT, MAX_NAME_CHARS, RAMPS,
};
use sharecalc_core::i18n::Lang;

/// Made by the spec's Python recipe, independently of this crate:
/// `base64.urlsafe_b64encode(zlib.compress(json, 9, wbits=-15)).rstrip(b"=")` of
/// {"version":1,"title":"Shared revenues and benefits","first_year":2028,
///  "partners":[{"name":"Northshire District","population":98000},
///              {"name":"Southvale Borough","population":null},{"name":"Eastmoor"}],
///  "services":[{"name":"Revenues and benefits","baseline":[2400000,1850000.5,990000],
///               "saving_rate":0.15,"split":{"basis":"driver","label":"Benefit claims",
///               "values":[5200,3900,2100]}},
///              {"name":"ICT","baseline":[800000,650000,400000]}]}
const PYTHON_PAYLOAD: &str = "dZDBasMwDIZfJehsSpItI82x3Q677LDuVkpRW7URuHaQlcAIeffZKYx2MF9shPT9nzzCQBLYO2gKA8pqCRrYtCh0yoQGcj2FDN0pO5CjM2sAA2eWoPtvQoGmzMvaQIeiLoKg2Y7g8JogH160DS0LZa8cVPiocbbzXW9R58Rlnef5ZH4nNr7XdkBL2cqL7y_tn37XW3vX_oZBr94LTDsDgWTgIz0YfP7jf8BAll1s2ZbPeTqmqKt0LyqzXKZHIuLA7rIX1NiYL4oqljrLCs2YCByj4CQc_y8iLR7IxsLqlpIdLfI1ZcV1-tmqKmPMU4Sbsoj86W6R9_XXo1V9k3qZncxNcTftph8";

/// A payload for any text, made with the crates directly rather than through the codec.
fn payload_of(text: &str) -> String {
    URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(text.as_bytes(), 9))
}

fn partner(name: &str, population: f64) -> Partner {
    Partner {
        name: name.to_owned(),
        population: Some(population),
    }
}

fn service(name: &str, baseline: [f64; 4], split: Split) -> Service {
    Service {
        name: name.to_owned(),
        baseline: baseline.to_vec(),
        saving_rate: 0.12,
        ramp_years: 3,
        one_off_cost: 250_000.0,
        running_cost_rate: 0.02,
        split,
        ..Service::default()
    }
}

/// The size officers usually build: 4 councils, 6 services, realistic names and figures.
fn typical() -> Scenario {
    Scenario {
        version: FORMAT_VERSION,
        title: "Four-council shared services partnership, 2027 business case".to_owned(),
        currency: "GBP".to_owned(),
        first_year: 2027,
        horizon_years: 10,
        discount_rate: 0.035,
        cost_growth: 0.015,
        realisation: 0.75,
        optimism_bias: 0.4,
        partners: vec![
            partner("Northshire District Council", 98_450.0),
            partner("Southvale Borough Council", 131_200.0),
            partner("Eastmoor District Council", 87_930.0),
            partner("West Downs Borough Council", 112_640.0),
        ],
        services: vec![
            service(
                "Revenues and benefits",
                [2_410_000.0, 3_125_500.0, 1_980_000.0, 2_760_250.0],
                Split::Driver {
                    label: "Benefit claims".to_owned(),
                    values: vec![5_210.0, 7_940.0, 4_105.0, 6_380.0],
                },
            ),
            service(
                "ICT and digital",
                [1_250_000.0, 1_640_000.0, 980_000.0, 1_410_000.0],
                Split::Population,
            ),
            service(
                "Human resources and payroll",
                [610_000.0, 745_000.0, 522_000.0, 688_000.0],
                Split::Equal,
            ),
            service(
                "Legal services",
                [480_000.0, 575_000.0, 390_000.0, 510_000.0],
                Split::Baseline,
            ),
            service(
                "Procurement",
                [215_000.0, 298_000.0, 176_000.0, 240_000.0],
                Split::Baseline,
            ),
            service(
                "Internal audit",
                [142_000.0, 188_500.0, 121_000.0, 160_000.0],
                Split::Population,
            ),
        ],
        uncertainty: None,
        ..Scenario::default()
    }
}

fn error_paths(result: Result<Scenario, LinkError>) -> Vec<String> {
    match result {
        Err(LinkError::Invalid { errors }) => errors.iter().map(|e| e.path.to_string()).collect(),
        other => panic!("expected Invalid, got {other:?}"),
    }
}

#[test]
fn a_realistic_scenario_round_trips() {
    let s = typical();
    assert!(validate(&s).is_empty(), "{:?}", validate(&s));
    assert_eq!(decode_payload(&encode_payload(&s)), Ok(s));
}

#[test]
fn a_typical_link_is_short_enough_to_share() {
    let payload = encode_payload(&typical());
    let fragment = encode_fragment(&[typical()]);
    assert_eq!(fragment, format!("s={payload}"));
    println!(
        "typical scenario (4 partners, 6 services): payload {} characters, fragment {} characters, JSON {} bytes",
        payload.len(),
        fragment.len(),
        typical().to_json_string().len()
    );
    assert!(
        fragment.len() < 800,
        "fragment is {} characters",
        fragment.len()
    );
}

#[test]
fn a_payload_made_by_python_decodes_with_defaults_filled_in() {
    let s = decode_payload(PYTHON_PAYLOAD).expect("the Python payload decodes");
    assert_eq!(s.title, "Shared revenues and benefits");
    assert_eq!(s.first_year, 2028);
    assert_eq!((s.currency.as_str(), s.horizon_years), ("GBP", 10));
    assert_eq!((s.discount_rate, s.realisation), (0.035, 1.0));
    let names: Vec<&str> = s.partners.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["Northshire District", "Southvale Borough", "Eastmoor"]
    );
    assert_eq!(s.partners[0].population, Some(98_000.0));
    assert_eq!(s.partners[1].population, None);
    assert_eq!(
        s.services[0].baseline,
        [2_400_000.0, 1_850_000.5, 990_000.0]
    );
    assert_eq!(s.services[0].saving_rate, 0.15);
    assert_eq!(
        s.services[0].split,
        Split::Driver {
            label: "Benefit claims".to_owned(),
            values: vec![5_200.0, 3_900.0, 2_100.0],
        }
    );
    assert_eq!(s.services[1].name, "ICT");
    assert_eq!(
        (s.services[1].saving_rate, s.services[1].ramp_years),
        (0.2, 3)
    );
    assert_eq!(s.services[1].split, Split::Baseline);
}

#[test]
fn padding_whitespace_and_percent_encoding_are_accepted() {
    let expected = decode_payload(PYTHON_PAYLOAD);
    assert!(expected.is_ok());
    let padded = format!("{PYTHON_PAYLOAD}=");
    assert_eq!(decode_payload(&padded), expected);
    let (head, tail) = PYTHON_PAYLOAD.split_at(60);
    let wrapped = format!("{head}\r\n  {tail}");
    assert_eq!(decode_payload(&wrapped), expected);
    for fragment in [
        format!("#s={PYTHON_PAYLOAD}"),
        format!("s%3D{PYTHON_PAYLOAD}%3d"),
        format!("#s={head}%0A{tail}"),
        format!("view=x&amp;s={PYTHON_PAYLOAD}"),
    ] {
        assert_eq!(
            decode_fragment(&fragment).options,
            std::slice::from_ref(&expected),
            "{fragment}"
        );
    }
}

#[test]
fn a_mangled_link_says_it_is_incomplete() {
    let bad_char = format!("{}!{}", &PYTHON_PAYLOAD[..10], &PYTHON_PAYLOAD[10..]);
    assert_eq!(decode_payload(&bad_char), Err(LinkError::BadBase64));
    assert_eq!(decode_payload("abcde"), Err(LinkError::BadBase64));
    let truncated = &PYTHON_PAYLOAD[..PYTHON_PAYLOAD.len() / 2 / 4 * 4];
    assert_eq!(decode_payload(truncated), Err(LinkError::BadDeflate));
    assert_eq!(decode_payload(""), Err(LinkError::BadDeflate));
    assert_eq!(
        LinkError::BadDeflate.message(Lang::En),
        "This link is incomplete or has been changed: part of it could not be read. \
         Check that you copied the whole link."
    );
    assert_eq!(
        LinkError::BadBase64.to_string(),
        LinkError::BadDeflate.message(Lang::En)
    );
}

#[test]
fn a_payload_inflating_past_the_limit_is_stopped_quickly() {
    let spaces = " ".repeat(2 << 20);
    let bomb = payload_of(&format!("{{\"version\":1,\"title\":\"{spaces}\"}}"));
    assert!(bomb.len() < 4_000, "the bomb is {} characters", bomb.len());
    let started = Instant::now();
    assert_eq!(decode_payload(&bomb), Err(LinkError::TooLarge));
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    let just_over = payload_of(&" ".repeat(MAX_INFLATED_BYTES + 1));
    assert_eq!(decode_payload(&just_over), Err(LinkError::TooLarge));
    assert!(LinkError::TooLarge
        .message(Lang::En)
        .contains("far more data"));
}

#[test]
fn bad_json_is_reported_with_where_in_words_of_both_languages() {
    let cut_short = decode_payload(&payload_of("{\"version\": 1, \"title\": "));
    let broken = decode_payload(&payload_of(
        "{\"version\": 1, \"title\": \"A\" \"currency\": \"GBP\"}",
    ));
    let not_scenario = decode_payload(&payload_of("Year,Cost\n2027,100\n"));
    let message = |read: &Result<_, LinkError>, lang| match read {
        Err(e) => e.message(lang),
        Ok(_) => panic!("expected an error"),
    };
    assert_eq!(
        message(&cut_short, Lang::En),
        "This link is cut short: the scenario in it stops before its end. Check that you \
         copied the whole link."
    );
    assert_eq!(
        message(&broken, Lang::En),
        "This link does not hold a scenario sharecalc can read (something is wrong at line 1, \
         character 29). Check that you copied the whole link."
    );
    assert_eq!(
        message(&not_scenario, Lang::En),
        "This link does not hold a sharecalc scenario. Check that you copied the whole link \
         from sharecalc."
    );
    for read in [&cut_short, &broken, &not_scenario] {
        let welsh = message(read, Lang::Cy);
        // No English from the JSON parser on a Welsh page.
        for english in ["expected", " line ", "column", "EOF", "while parsing"] {
            assert!(!welsh.contains(english), "{welsh}");
        }
    }
    assert!(message(&broken, Lang::Cy).contains("mae rhywbeth o'i le ar linell 1, nod 29"));
    assert!(message(&cut_short, Lang::Cy).starts_with("Mae'r ddolen hon wedi'i thorri'n fyr"));
    assert!(matches!(
        decode_payload(
            &URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&[0xff, 0xfe], 9))
        ),
        Err(LinkError::BadJson { .. })
    ));
}

#[test]
fn a_newer_version_says_so() {
    let json = typical()
        .to_json_string()
        .replacen("\"version\":2", "\"version\":3", 1);
    let e = decode_payload(&payload_of(&json)).unwrap_err();
    assert_eq!(e, LinkError::NewerVersion { found: 3 });
    assert_eq!(
        e.message(Lang::En),
        "This scenario was made with a newer version of sharecalc (format 3). \
         Open it with the latest version."
    );
}

#[test]
fn a_missing_or_impossible_version_names_the_field() {
    let without = typical().to_json_string().replacen("\"version\":2,", "", 1);
    assert_eq!(
        error_paths(decode_payload(&payload_of(&without))),
        ["version"]
    );
    let zero = typical()
        .to_json_string()
        .replacen("\"version\":2", "\"version\":0", 1);
    let e = decode_payload(&payload_of(&zero)).unwrap_err();
    assert_eq!(
        e.message(Lang::En),
        "This link's scenario has a problem: version: must be 1 or more."
    );
}

#[test]
fn an_invalid_scenario_names_each_field() {
    let mut s = typical();
    s.services[2].baseline[1] = -5.0;
    let e = decode_payload(&encode_payload(&s)).unwrap_err();
    assert_eq!(
        e.message(Lang::En),
        "This link's scenario has a problem: services[2].baseline[1]: must be 0 or more."
    );
    s.discount_rate = 0.5;
    s.partners[3].name = s.partners[0].name.clone();
    assert_eq!(
        error_paths(decode_payload(&encode_payload(&s))),
        [
            "discount_rate",
            "partners[3].name",
            "services[2].baseline[1]"
        ]
    );
    let message = decode_payload(&encode_payload(&s))
        .unwrap_err()
        .message(Lang::En);
    assert!(
        message.starts_with("This link's scenario has 3 problems: discount_rate: "),
        "{message}"
    );
}

#[test]
fn many_problems_are_counted_not_all_listed() {
    let mut s = typical();
    for service in &mut s.services {
        service.saving_rate = 2.0;
    }
    let message = decode_payload(&encode_payload(&s))
        .unwrap_err()
        .message(Lang::En);
    assert!(
        message.starts_with("This link's scenario has 6 problems: services[0].saving_rate"),
        "{message}"
    );
    assert!(message.ends_with("; and 1 more."), "{message}");
}

#[test]
fn broken_links_are_explained_in_welsh() {
    assert_eq!(
        LinkError::BadDeflate.message(Lang::Cy),
        "Mae'r ddolen hon yn anghyflawn neu wedi'i newid: nid oedd modd darllen rhan ohoni. \
         Gwiriwch eich bod wedi copïo'r ddolen gyfan."
    );
    assert_eq!(
        LinkError::NewerVersion { found: 2 }.message(Lang::Cy),
        "Cafodd y senario hwn ei greu gyda fersiwn fwy newydd o sharecalc (fformat 2). \
         Agorwch ef gyda'r fersiwn ddiweddaraf."
    );
    let mut s = typical();
    s.services[2].baseline[1] = -5.0;
    let e = decode_payload(&encode_payload(&s)).unwrap_err();
    assert_eq!(
        e.message(Lang::Cy),
        "Mae problem gyda'r senario yn y ddolen hon: \
         services[2].baseline[1]: rhaid i'r gwerth fod yn 0 neu fwy."
    );
    // Welsh counts take their own plural forms: 2 broblem, 3 problem, 6 phroblem.
    s.discount_rate = 0.5;
    let two = decode_payload(&encode_payload(&s)).unwrap_err();
    assert!(
        two.message(Lang::Cy)
            .starts_with("Mae 2 broblem gyda'r senario yn y ddolen hon: discount_rate: "),
        "{}",
        two.message(Lang::Cy)
    );
    for service in &mut s.services {
        service.saving_rate = 2.0;
    }
    let many = decode_payload(&encode_payload(&s))
        .unwrap_err()
        .message(Lang::Cy);
    assert!(many.ends_with("; a 3 arall."), "{many}");
}

#[test]
fn options_left_out_are_counted_in_welsh() {
    let payload = encode_payload(&typical());
    let fragment = vec![format!("s={payload}"); 6].join("&");
    let read = decode_fragment(&fragment);
    assert_eq!(
        read.dropped_message()
            .map(|t| t.render(Lang::Cy))
            .as_deref(),
        Some(
            "Mae'r ddolen hon yn cynnwys 6 o senarios, ond mae sharecalc yn cymharu 4 ar y \
             mwyaf, felly dim ond y 4 cyntaf sy'n cael eu dangos."
        )
    );
}

#[test]
fn a_fragment_carries_options_in_order() {
    let mut second = typical();
    second.title = "Option B: three councils share ICT only".to_owned();
    let fragment = encode_fragment(&[typical(), second.clone()]);
    let read = decode_fragment(&format!("#{fragment}"));
    assert_eq!(read.options, [Ok(typical()), Ok(second)]);
    assert_eq!((read.dropped, read.dropped_message()), (0, None));
}

#[test]
fn a_broken_option_does_not_hide_the_others() {
    let fragment = format!(
        "s={}&s=garbage!&s={PYTHON_PAYLOAD}",
        encode_payload(&typical())
    );
    let read = decode_fragment(&fragment);
    assert_eq!(read.options.len(), 3);
    assert_eq!(read.options[0], Ok(typical()));
    assert_eq!(read.options[1], Err(LinkError::BadBase64));
    assert!(read.options[2].is_ok());
}

#[test]
fn options_beyond_four_are_counted_not_read() {
    let five = vec![typical(); MAX_OPTIONS + 1];
    assert_eq!(encode_fragment(&five).matches("s=").count(), MAX_OPTIONS);
    let payload = encode_payload(&typical());
    let fragment = vec![format!("s={payload}"); 5].join("&");
    let read = decode_fragment(&fragment);
    assert_eq!(read.options, vec![Ok(typical()); MAX_OPTIONS]);
    assert_eq!(read.dropped, 1);
    assert_eq!(
        read.dropped_message()
            .map(|t| t.render(Lang::En))
            .as_deref(),
        Some(
            "This link holds 5 scenarios, but sharecalc compares at most 4, \
             so only the first 4 are shown."
        )
    );
}

#[test]
fn other_parameters_are_ignored() {
    let fragment = format!("view=summary&s={PYTHON_PAYLOAD}&lang=cy&ss=x&S=y&s&=s",);
    let read = decode_fragment(&fragment);
    assert_eq!(read.options.len(), 1);
    assert!(read.options[0].is_ok());
}

#[test]
fn a_fragment_without_scenarios_means_the_default() {
    for fragment in ["", "#", "#view=summary", "x=1&y=2", "&&&"] {
        let read = decode_fragment(fragment);
        assert!(read.options.is_empty(), "{fragment}");
        assert_eq!(read.dropped, 0);
    }
    assert_eq!(encode_fragment(&[]), "");
}

/// Text of up to `max` characters of any kind, control characters and quotes included.
fn any_text(max: usize) -> impl Strategy<Value = String> {
    proptest::collection::vec(any::<char>(), 0..=max).prop_map(|c| c.into_iter().collect())
}

/// Text a valid name may hold: anything but the characters that change the direction of the
/// text (which validation refuses); a caller puts a visible character in front.
fn name_text(max: usize) -> impl Strategy<Value = String> {
    any_text(max).prop_map(|t| t.replace(is_direction_control, "?"))
}

prop_compose! {
    /// 2–20 partners with unique names (an index keeps them apart) and populations, some unknown.
    fn partners()(
        names in proptest::collection::vec(name_text(MAX_NAME_CHARS - 4), 2..=20),
        populations in proptest::collection::vec(proptest::option::weighted(0.9, 1.0..1e8f64), 20),
    ) -> Vec<Partner> {
        names
            .into_iter()
            .zip(populations)
            .enumerate()
            .map(|(i, (name, population))| Partner { name: format!("{i}:{name}"), population })
            .collect()
    }
}

prop_compose! {
    /// A split for `n` partners; `population` splits are made valid by the scenario.
    fn split(n: usize)(
        basis in 0..4u8,
        label in name_text(MAX_NAME_CHARS - 1),
        values in proptest::collection::vec(0.5..1e9f64, n),
    ) -> Split {
        match basis {
            0 => Split::Baseline,
            1 => Split::Population,
            2 => Split::Equal,
            _ => Split::Driver { label: format!("L{label}"), values },
        }
    }
}

prop_compose! {
    /// One valid service for `n` partners.
    fn service_for(n: usize)(
        name in name_text(MAX_NAME_CHARS - 1),
        baseline in proptest::collection::vec(0.0..=MAX_AMOUNT, n),
        saving_rate in 0.0..=1.0f64,
        ramp_years in RAMPS,
        one_off_cost in 0.0..=MAX_AMOUNT,
        running_cost_rate in 0.0..=1.0f64,
        split in split(n),
    ) -> Service {
        Service { name: format!("S{name}"), baseline, saving_rate, ramp_years, one_off_cost, running_cost_rate, split , ..Service::default() }
    }
}

prop_compose! {
    /// Any valid scenario: every field drawn across its whole valid range.
    fn valid_scenario()(partners in partners())(
        services in proptest::collection::vec(service_for(partners.len()), 1..=50),
        title in name_text(199),
        currency in proptest::sample::select(CURRENCIES),
        first_year in FIRST_YEARS,
        horizon_years in HORIZONS,
        discount_rate in 0.0..=0.2f64,
        cost_growth in -0.1..=0.2f64,
        realisation in 0.0..=1.0f64,
        optimism_bias in 0.0..=2.0f64,
        partners in Just(partners),
    ) -> Scenario {
        let populations_known = partners.iter().all(|p| p.population.is_some());
        let services = services
            .into_iter()
            .map(|s| match s.split {
                Split::Population if !populations_known => Service { split: Split::Equal, ..s },
                _ => s,
            })
            .collect();
        Scenario {
            version: FORMAT_VERSION,
            title: format!("T{title}"),
            currency: currency.to_owned(),
            first_year,
            horizon_years,
            discount_rate,
            cost_growth,
            realisation,
            optimism_bias,
            partners,
            services,
            uncertainty: None,
            ..Scenario::default()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_valid_scenario_survives_a_link(s in valid_scenario()) {
        prop_assert_eq!(validate(&s), vec![]);
        prop_assert_eq!(decode_payload(&encode_payload(&s)), Ok(s));
    }

    #[test]
    fn reading_any_text_never_panics(text in any_text(400)) {
        let read = decode_fragment(&text);
        prop_assert!(read.options.len() <= MAX_OPTIONS);
    }

    #[test]
    fn reading_any_bytes_as_a_payload_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_fragment(&format!("#s={}", URL_SAFE_NO_PAD.encode(&bytes)));
        let _ = decode_payload(&URL_SAFE_NO_PAD.encode(&bytes));
    }

    #[test]
    fn reading_any_deflated_text_never_panics(text in any_text(600)) {
        let _ = decode_payload(&payload_of(&text));
    }
}

/// Issue budget: a typical scenario's link stays under 800 characters; the page opens on the
/// default example, so its link is held to the same budget (the fragment, without the page's
/// own address).
#[test]
fn the_default_examples_link_is_under_800_characters() {
    let fragment = sharecalc_core::codec::link::encode_fragment(&[
        sharecalc_core::examples::default_scenario(sharecalc_core::i18n::Lang::En),
    ]);
    println!(
        "default example's fragment: {} characters",
        fragment.len() + 1
    );
    assert!(
        fragment.len() + 1 < 800,
        "#{fragment} is {} characters",
        fragment.len() + 1
    );
}
