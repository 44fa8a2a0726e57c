//! Reading a scenario file (JSON, format v1) by hand from a `serde_json::Value`, so that every
//! problem is found at once and each names its field: missing, wrong type, not whole, then
//! the range checks of `validate`. Unknown fields are ignored; missing optional fields take the
//! spec's defaults.
//!
//! Where a value cannot be read, a stand-in takes its place so the rest can still be checked;
//! range errors about a stand-in are dropped, since the stand-in is not what the file says.
//! Whole numbers too large or small for their type are held at the type's limit, which is
//! always outside the valid range, so `validate` reports them with the field's range message.

use serde_json::{Map, Value};

use super::error::FieldError;
use super::scenario::{defaults, Partner, Scenario, Service, Split};
use super::source::Source;
use super::uncertainty::Uncertainty;
use super::validate::validate;
use crate::i18n::{Msg, Text};

type Object = Map<String, Value>;

impl Scenario {
    /// Reads a scenario from parsed JSON, collecting every problem; `Ok` only when it is valid.
    pub fn from_json_value(v: &Value) -> Result<Scenario, Vec<FieldError>> {
        let mut reader = Reader::default();
        let Some(scenario) = reader.scenario(v) else {
            return Err(reader.errors);
        };
        let unreadable = reader.errors;
        let mut errors: Vec<FieldError> = validate(&scenario)
            .into_iter()
            .filter(|e| !unreadable.iter().any(|u| u.covers(&e.path)))
            .collect();
        if unreadable.is_empty() && errors.is_empty() {
            return Ok(scenario);
        }
        errors.extend(unreadable);
        errors.sort_by_key(|e| field_order(&e.path));
        Err(errors)
    }

    /// Reads a scenario from JSON text, every number exactly as written (serde_json's
    /// `float_roundtrip`, so writing and reading gives the same scenario); text that is not JSON gives one error with an empty
    /// path, since no field can be named.
    pub fn from_json_str(s: &str) -> Result<Scenario, Vec<FieldError>> {
        match serde_json::from_str::<Value>(s) {
            Ok(v) => Scenario::from_json_value(&v),
            Err(e) => Err(vec![FieldError::new(
                "",
                Text::new(Msg::FieldNotJson).arg("detail", e),
            )]),
        }
    }
}

/// Top-level fields in file order, so errors come out in the order a person reads the file.
const FIELD_ORDER: &[&str] = &[
    "version",
    "title",
    "currency",
    "first_year",
    "horizon_years",
    "discount_rate",
    "cost_growth",
    "realisation",
    "optimism_bias",
    "partners",
    "services",
    "uncertainty",
    "source",
];

/// Sort key: the top-level field's place, then the index inside it.
fn field_order(path: &str) -> (usize, usize) {
    let top = path.split(['.', '[']).next().unwrap_or_default();
    let place = FIELD_ORDER
        .iter()
        .position(|f| *f == top)
        .unwrap_or(FIELD_ORDER.len());
    let rest = path.get(top.len()..).unwrap_or_default();
    let index = rest
        .strip_prefix('[')
        .and_then(|r| r.split(']').next())
        .and_then(|i| i.parse().ok())
        .unwrap_or(0);
    (place, index)
}

/// Collects problems while reading; each helper gives a stand-in when it records one.
#[derive(Default)]
struct Reader {
    errors: Vec<FieldError>,
}

/// What an entry of `services` that is not an object reads as; its fields are never checked.
fn stand_in_service() -> Service {
    Service {
        name: String::new(),
        baseline: Vec::new(),
        saving_rate: defaults::SAVING_RATE,
        ramp_years: defaults::RAMP_YEARS,
        one_off_cost: defaults::ONE_OFF_COST,
        running_cost_rate: defaults::RUNNING_COST_RATE,
        split: Split::default(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

impl Reader {
    fn fail(&mut self, path: String, message: Text) {
        self.errors.push(FieldError::new(path, message));
    }

    fn scenario(&mut self, v: &Value) -> Option<Scenario> {
        let Some(o) = v.as_object() else {
            self.fail(
                String::new(),
                Text::new(Msg::FieldNotScenario).arg("example", "{\"version\": 1, ...}"),
            );
            return None;
        };
        let version = self.whole(o, "", "version", None);
        let title = self.string(o, "", "title", Some(defaults::TITLE));
        let currency = self.string(o, "", "currency", Some(defaults::CURRENCY));
        let first_year = self.whole(o, "", "first_year", Some(f64::from(defaults::FIRST_YEAR)));
        let horizon_years = self.whole(
            o,
            "",
            "horizon_years",
            Some(f64::from(defaults::HORIZON_YEARS)),
        );
        let partners = self.list(o, "", "partners");
        let partners: Vec<Partner> = partners
            .iter()
            .enumerate()
            .map(|(i, p)| self.partner(p, &format!("partners[{i}]")))
            .collect();
        let services = self.list(o, "", "services");
        let services = services
            .iter()
            .enumerate()
            .map(|(i, s)| self.service(s, &format!("services[{i}]")))
            .collect();
        Some(Scenario {
            version: version as u32,
            title,
            currency,
            first_year: first_year as i32,
            horizon_years: horizon_years as u32,
            discount_rate: self.number(o, "", "discount_rate", Some(defaults::DISCOUNT_RATE)),
            cost_growth: self.number(o, "", "cost_growth", Some(defaults::COST_GROWTH)),
            realisation: self.number(o, "", "realisation", Some(defaults::REALISATION)),
            optimism_bias: self.number(o, "", "optimism_bias", Some(defaults::OPTIMISM_BIAS)),
            partners,
            services,
            uncertainty: o
                .get("uncertainty")
                .filter(|v| !v.is_null())
                .map(|v| self.uncertainty(v, "uncertainty")),
            source: self.source(o),
        })
    }

    /// The optional `source`: one of the publications sharecalc knows, or `null`.
    fn source(&mut self, o: &Object) -> Option<Source> {
        let v = o.get("source").filter(|v| !v.is_null())?;
        let known = v.as_str().and_then(Source::from_code);
        if known.is_none() {
            let choices: Vec<&str> = Source::ALL.iter().map(|s| s.code()).collect();
            self.fail(
                "source".to_owned(),
                Text::new(Msg::FieldOneOf).arg("choices", choices.join(", ")),
            );
        }
        known
    }

    /// The optional `uncertainty` object: each range and each end of it may be left out and
    /// takes its default.
    fn uncertainty(&mut self, v: &Value, path: &str) -> Uncertainty {
        let mut u = Uncertainty::default();
        let Some(o) = self.object(v, path) else {
            return u;
        };
        for (name, t) in [
            ("savings", &mut u.savings),
            ("realisation", &mut u.realisation),
            ("one_off_costs", &mut u.one_off_costs),
            ("running_costs", &mut u.running_costs),
        ] {
            let Some(range) = o.get(name) else {
                continue;
            };
            let at = join(path, name);
            let Some(range) = self.object(range, &at) else {
                continue;
            };
            t.low = self.number(range, &at, "low", Some(t.low));
            t.likely = self.number(range, &at, "likely", Some(t.likely));
            t.high = self.number(range, &at, "high", Some(t.high));
        }
        u
    }

    fn partner(&mut self, v: &Value, path: &str) -> Partner {
        let Some(o) = self.object(v, path) else {
            return Partner {
                name: String::new(),
                population: None,
            };
        };
        let name = self.string(o, path, "name", None);
        let population = match o.get("population") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => n.as_f64(),
            Some(_) => {
                self.fail(join(path, "population"), Text::new(Msg::FieldNumberOrNull));
                None
            }
        };
        Partner { name, population }
    }

    fn service(&mut self, v: &Value, path: &str) -> Service {
        let Some(o) = self.object(v, path) else {
            return stand_in_service();
        };
        Service {
            name: self.string(o, path, "name", None),
            baseline: self.numbers(o, path, "baseline"),
            saving_rate: self.number(o, path, "saving_rate", Some(defaults::SAVING_RATE)),
            ramp_years: self.whole(o, path, "ramp_years", Some(f64::from(defaults::RAMP_YEARS)))
                as u32,
            one_off_cost: self.number(o, path, "one_off_cost", Some(defaults::ONE_OFF_COST)),
            running_cost_rate: self.number(
                o,
                path,
                "running_cost_rate",
                Some(defaults::RUNNING_COST_RATE),
            ),
            split: match o.get("split") {
                None => Split::default(),
                Some(v) => self.split(v, &join(path, "split")),
            },
        }
    }

    fn split(&mut self, v: &Value, path: &str) -> Split {
        let Some(o) = self.object(v, path) else {
            return Split::default();
        };
        let basis = self.string(o, path, "basis", None);
        match basis.as_str() {
            "baseline" => Split::Baseline,
            "population" => Split::Population,
            "equal" => Split::Equal,
            "driver" => Split::Driver {
                label: self.string(o, path, "label", Some("")),
                values: self.numbers(o, path, "values"),
            },
            _ => {
                if o.get("basis").is_some_and(Value::is_string) {
                    self.fail(join(path, "basis"), Text::new(Msg::FieldBasisOneOf));
                }
                Split::default()
            }
        }
    }

    /// The value at `key`; when missing, `default`, or an error if the field is required.
    fn field<'a>(
        &mut self,
        o: &'a Object,
        path: &str,
        key: &str,
        required: bool,
    ) -> Option<&'a Value> {
        let v = o.get(key);
        if v.is_none() && required {
            self.fail(join(path, key), Text::new(Msg::FieldMissing));
        }
        v
    }

    fn object<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Object> {
        let o = v.as_object();
        if o.is_none() {
            self.fail(
                path.to_owned(),
                Text::new(Msg::FieldObject).arg("example", "{\"name\": ...}"),
            );
        }
        o
    }

    fn string(&mut self, o: &Object, path: &str, key: &str, default: Option<&str>) -> String {
        match self.field(o, path, key, default.is_none()) {
            None => default.unwrap_or_default().to_owned(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                self.fail(join(path, key), Text::new(Msg::FieldText));
                default.unwrap_or_default().to_owned()
            }
        }
    }

    fn number(&mut self, o: &Object, path: &str, key: &str, default: Option<f64>) -> f64 {
        let stand_in = default.unwrap_or(0.0);
        match self.field(o, path, key, default.is_none()) {
            None => stand_in,
            Some(v) => self.as_number(v, join(path, key)).unwrap_or(stand_in),
        }
    }

    fn as_number(&mut self, v: &Value, path: String) -> Option<f64> {
        let n = v.as_f64();
        if n.is_none() {
            self.fail(path, Text::new(Msg::FieldNumber));
        }
        n
    }

    /// A whole number as `f64`, for the caller to convert (saturating) to its integer type.
    fn whole(&mut self, o: &Object, path: &str, key: &str, default: Option<f64>) -> f64 {
        let stand_in = default.unwrap_or(0.0);
        match self.field(o, path, key, default.is_none()) {
            None => stand_in,
            Some(v) => match v.as_f64() {
                Some(n) if n.fract() == 0.0 => n,
                _ => {
                    self.fail(join(path, key), Text::new(Msg::FieldWhole));
                    stand_in
                }
            },
        }
    }

    fn list<'a>(&mut self, o: &'a Object, path: &str, key: &str) -> &'a [Value] {
        match self.field(o, path, key, true) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.fail(join(path, key), Text::new(Msg::FieldList));
                &[]
            }
        }
    }

    fn numbers(&mut self, o: &Object, path: &str, key: &str) -> Vec<f64> {
        let list_path = join(path, key);
        let items = self.list(o, path, key);
        items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                self.as_number(v, format!("{list_path}[{i}]"))
                    .unwrap_or(0.0)
            })
            .collect()
    }
}
