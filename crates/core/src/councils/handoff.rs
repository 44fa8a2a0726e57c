//! What the picker (its own program, `crates/councils/`, fetched only when opened) hands the
//! calculator when "Use these figures" is pressed: the scenario, the boxes to leave empty with
//! the note for each, and what to say. As JSON text, the one thing two wasm programs on a
//! page can pass each other.

use serde_json::{json, Value};

use super::fill::Place;
use crate::engine::Scenario;

/// The picker's result.
#[derive(Clone, Debug, PartialEq)]
pub struct Handoff {
    /// The scenario to put on screen.
    pub scenario: Scenario,
    /// Each box to leave empty, with the note to show beside it.
    pub gaps: Vec<(Place, String)>,
    /// What was done, in words, for the notice shown with Undo.
    pub filled: String,
    /// The action's name ("Use these figures"), for Undo's words.
    pub what: String,
}

impl Handoff {
    /// The handoff as JSON text.
    pub fn encode(&self) -> String {
        let scenario: Value =
            serde_json::from_str(&self.scenario.to_json_string()).unwrap_or(Value::Null);
        let gaps: Vec<Value> = self
            .gaps
            .iter()
            .map(|(place, note)| match place {
                Place::Population { partner } => json!({"partner": partner, "note": note}),
                Place::Cost { service, partner } => {
                    json!({"partner": partner, "service": service, "note": note})
                }
            })
            .collect();
        json!({"scenario": scenario, "gaps": gaps, "filled": self.filled, "what": self.what})
            .to_string()
    }

    /// Reads JSON text written by [`Handoff::encode`]; `None` when it is not one, or its
    /// scenario is not valid.
    pub fn decode(text: &str) -> Option<Handoff> {
        let v: Value = serde_json::from_str(text).ok()?;
        let scenario = Scenario::from_json_value(v.get("scenario")?).ok()?;
        let index = |g: &Value, key: &str| {
            g.get(key)
                .and_then(Value::as_u64)
                .and_then(|n| usize::try_from(n).ok())
        };
        let gaps = v
            .get("gaps")?
            .as_array()?
            .iter()
            .filter_map(|g| {
                let partner = index(g, "partner")?;
                let place = match index(g, "service") {
                    Some(service) => Place::Cost { service, partner },
                    None => Place::Population { partner },
                };
                Some((place, g.get("note")?.as_str()?.to_owned()))
            })
            .collect();
        let text = |key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
        Some(Handoff {
            scenario,
            gaps,
            filled: text("filled")?,
            what: text("what")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::councils::{fill, parse, SAMPLE};
    use crate::i18n::Lang;

    #[test]
    fn a_handoff_reads_back_exactly() {
        let data = parse(SAMPLE).unwrap();
        let councils: Vec<_> = data.councils.iter().collect();
        let f = fill(Lang::En, &data, &councils, &[0, 1]);
        let h = Handoff {
            scenario: f.scenario,
            gaps: f
                .gaps
                .iter()
                .map(|g| (g.place, format!("{:?}", g.why)))
                .collect(),
            filled: "Done.".into(),
            what: "Use these figures".into(),
        };
        assert!(!h.gaps.is_empty());
        assert_eq!(Handoff::decode(&h.encode()), Some(h));
    }

    #[test]
    fn anything_else_is_refused() {
        assert_eq!(Handoff::decode(""), None);
        assert_eq!(Handoff::decode("{\"scenario\": {\"version\": 1}}"), None);
        assert_eq!(Handoff::decode("[]"), None);
    }
}
