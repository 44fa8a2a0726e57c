//! Scenarios ⇄ the URL fragment (`spec/links.md`): `s=<payload>` per scenario, up to
//! [`MAX_OPTIONS`] joined by `&`, each payload the scenario's compact JSON, raw-DEFLATEd and
//! base64url-encoded. Reading a fragment never fails as a whole: each scenario in it is
//! read on its own and carries its own error, so one broken option cannot hide the others.

use super::error::{JsonDetail, LinkError};
use super::payload::{pack, unpack};
use super::percent;
use super::version::scenario_from_json;

use serde_json::Value;

use crate::engine::Scenario;
use crate::i18n::{Msg, Text};

/// Most scenarios one link carries for side-by-side comparison.
pub const MAX_OPTIONS: usize = 4;

/// Most bytes a payload may inflate to. Real scenarios are tens of kilobytes at most;
/// the limit is enforced while inflating, so a tiny "zip bomb" link cannot exhaust memory.
pub const MAX_INFLATED_BYTES: usize = 1 << 20;

/// The fragment parameter that carries a scenario.
const SCENARIO_KEY: &str = "s=";

/// What a fragment holds: one result per `s=` parameter, in order, the first being the
/// scenario to edit. No options means "show the default example".
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fragment {
    /// Each of the first [`MAX_OPTIONS`] `s=` parameters, read or with the reason it could
    /// not be.
    pub options: Vec<Result<Scenario, LinkError>>,
    /// How many further `s=` parameters were left unread because a link carries at most
    /// [`MAX_OPTIONS`]; see [`Fragment::dropped_message`].
    pub dropped: usize,
}

impl Fragment {
    /// A sentence saying that some options were left out, when any were, for the page to
    /// put into its language.
    pub fn dropped_message(&self) -> Option<Text> {
        (self.dropped > 0).then(|| {
            Text::new(Msg::LinkDropped)
                .arg("total", self.options.len() + self.dropped)
                .arg("max", MAX_OPTIONS)
        })
    }
}

/// The link-safe text of one scenario: compact JSON, raw DEFLATE level 9, base64url without
/// padding.
pub fn encode_payload(s: &Scenario) -> String {
    pack(compact_json(s).as_bytes())
}

/// The scenario's JSON as a link carries it: every field at its spec default is left out (a
/// reader restores it) and whole amounts are written without `.0`, so that links stay short
/// enough for an email and a QR code. Reading it gives back exactly the same scenario.
pub fn compact_json(s: &Scenario) -> String {
    let Ok(mut value) = serde_json::to_value(s) else {
        return s.to_json_string();
    };
    whole_numbers(&mut value);
    let prune = |object: &mut Value, at_default: fn(&str, &Value) -> bool| {
        if let Some(map) = object.as_object_mut() {
            map.retain(|k, v| !at_default(k, v));
        }
    };
    prune(&mut value, scenario_default);
    for (list, at_default) in [
        ("partners", partner_default as fn(&str, &Value) -> bool),
        ("services", service_default),
        ("partner_costs", partner_cost_default),
    ] {
        if let Some(items) = value.get_mut(list).and_then(Value::as_array_mut) {
            items.iter_mut().for_each(|item| prune(item, at_default));
        }
    }
    value.to_string()
}

/// Whether a top-level field holds its spec default.
fn scenario_default(key: &str, v: &Value) -> bool {
    use crate::engine::defaults;
    match key {
        "title" => v == defaults::TITLE,
        "currency" => v == defaults::CURRENCY,
        "first_year" => v == &Value::from(defaults::FIRST_YEAR),
        "horizon_years" => v == &Value::from(defaults::HORIZON_YEARS),
        "discount_rate" => v.as_f64() == Some(defaults::DISCOUNT_RATE),
        "cost_growth" => v.as_f64() == Some(defaults::COST_GROWTH),
        "realisation" => v.as_f64() == Some(defaults::REALISATION),
        "optimism_bias" => v.as_f64() == Some(defaults::OPTIMISM_BIAS),
        "optimism_bias_running" => v.as_f64() == Some(defaults::OPTIMISM_BIAS_RUNNING),
        "price_base_year" => v.is_null(),
        "inflation" => v.as_f64() == Some(defaults::INFLATION),
        "partner_costs" => v.as_array().is_some_and(Vec::is_empty),
        _ => false,
    }
}

/// Whether a field of a partner holds its spec default.
fn partner_default(key: &str, v: &Value) -> bool {
    key == "population" && v.is_null()
}

/// Whether a field of a service holds its spec default.
fn service_default(key: &str, v: &Value) -> bool {
    use crate::engine::defaults;
    match key {
        "saving_rate" => v.as_f64() == Some(defaults::SAVING_RATE),
        "savings_start_year" => v == &Value::from(defaults::SAVINGS_START_YEAR),
        "ramp_years" => v == &Value::from(defaults::RAMP_YEARS),
        "one_off_cost" => v.as_f64() == Some(defaults::ONE_OFF_COST),
        "one_off_profile" => {
            v.as_array()
                .map(|a| a.iter().map(Value::as_f64).collect::<Vec<_>>())
                == Some(defaults::ONE_OFF_PROFILE.iter().map(|x| Some(*x)).collect())
        }
        "running_cost_rate" => v.as_f64() == Some(defaults::RUNNING_COST_RATE),
        "fixed_running_cost" => v.as_f64() == Some(defaults::FIXED_RUNNING_COST),
        "split" => {
            v.get("basis").and_then(Value::as_str) == Some("baseline")
                && v.as_object().is_some_and(|o| o.len() == 1)
        }
        _ => false,
    }
}

/// Whether a field of a partner's own cost holds its spec default.
fn partner_cost_default(key: &str, v: &Value) -> bool {
    key == "year" && v == &Value::from(crate::engine::defaults::PARTNER_COST_YEAR)
}

/// Writes every whole, exactly representable amount as an integer (`620000`, not `620000.0`).
fn whole_numbers(value: &mut Value) {
    match value {
        Value::Number(n) => {
            // −0.0 stays a float, so that it too comes back bit for bit.
            let whole = |f: &f64| {
                f.fract() == 0.0 && f.abs() < 9.0e15 && !(*f == 0.0 && f.is_sign_negative())
            };
            if let Some(f) = n.as_f64().filter(|f| n.is_f64() && whole(f)) {
                *value = Value::from(f as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(map) => map.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

/// The fragment (without `#`) for up to [`MAX_OPTIONS`] scenarios, first the one being
/// edited; any beyond that are left out, as a reader would ignore them.
pub fn encode_fragment(scenarios: &[Scenario]) -> String {
    scenarios
        .iter()
        .take(MAX_OPTIONS)
        .map(|s| format!("{SCENARIO_KEY}{}", encode_payload(s)))
        .collect::<Vec<_>>()
        .join("&")
}

/// Reads one payload, made by [`encode_payload`] or any program following the spec (padding
/// allowed): inflated to at most [`MAX_INFLATED_BYTES`], then read like a file.
pub fn decode_payload(payload: &str) -> Result<Scenario, LinkError> {
    let bytes = unpack(payload, MAX_INFLATED_BYTES)?;
    let text = String::from_utf8(bytes).map_err(|_| LinkError::BadJson {
        detail: JsonDetail::NotText,
    })?;
    scenario_from_json(&text)
}

/// Reads a fragment, with or without its `#`. The whole fragment is percent-decoded first
/// (base64url never contains `%`, `&` or `=` other than padding, so this only undoes
/// escaping by mail clients), and `amp;` before a parameter is dropped (a link pasted from
/// HTML as `&amp;`). Parameters other than `s=` are ignored; `s=` parameters after the
/// first [`MAX_OPTIONS`] are counted in [`Fragment::dropped`] but not read.
pub fn decode_fragment(fragment: &str) -> Fragment {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let decoded = percent::decode(fragment);
    let payloads: Vec<&str> = decoded
        .split('&')
        .map(|param| param.trim_start())
        .map(|param| param.strip_prefix("amp;").unwrap_or(param))
        .filter_map(|param| param.strip_prefix(SCENARIO_KEY))
        .collect();
    Fragment {
        options: payloads
            .iter()
            .take(MAX_OPTIONS)
            .map(|p| decode_payload(p))
            .collect(),
        dropped: payloads.len().saturating_sub(MAX_OPTIONS),
    }
}
