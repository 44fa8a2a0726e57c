//! Reading a scenario file (JSON, format v2, or v1 read as v2) by hand from a
//! `serde_json::Value`, so that every problem is found at once and each names its field:
//! missing, wrong type, not whole, then the range checks of `validate`. Unknown fields are
//! ignored; missing optional fields take the spec's defaults, which for a version 1 file give
//! exactly its version 1 figures.
//!
//! Where a value cannot be read, a stand-in takes its place so the rest can still be checked;
//! range errors about a stand-in are dropped, since the stand-in is not what the file says.
//! Whole numbers too large or small for their type are held at the type's limit, which is
//! always outside the valid range, so `validate` reports them with the field's range message.

use serde_json::{Map, Value};

use super::error::{json_problem, FieldError};
use super::path::{
    FieldPath, LeavingField, PartnerCostField, PartnerField, ServiceField, SplitField,
};
use super::scenario::{
    defaults, Leaving, Partner, PartnerCost, Scenario, Service, Split, FORMAT_VERSION,
    OLDEST_VERSION,
};
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
            .filter(|e| !unreadable.iter().any(|u| u.covers(e.path)))
            .collect();
        if unreadable.is_empty() && errors.is_empty() {
            return Ok(scenario);
        }
        errors.extend(unreadable);
        errors.sort_by_key(|e| field_order(e.path));
        Err(errors)
    }

    /// Reads a scenario from JSON text, every number exactly as written (serde_json's
    /// `float_roundtrip`, so writing and reading gives the same scenario); text that is not JSON gives one error with an empty
    /// path, since no field can be named.
    pub fn from_json_str(s: &str) -> Result<Scenario, Vec<FieldError>> {
        match serde_json::from_str::<Value>(s) {
            Ok(v) => Scenario::from_json_value(&v),
            Err(e) => Err(vec![FieldError::new(
                FieldPath::File,
                Text::new(Msg::FieldNotJson).text("detail", json_problem(&e)),
            )]),
        }
    }
}

/// Top-level fields in file order, so errors come out in the order a person reads the file.
const FIELD_ORDER: &[FieldPath] = &[
    FieldPath::Version,
    FieldPath::Title,
    FieldPath::Currency,
    FieldPath::FirstYear,
    FieldPath::HorizonYears,
    FieldPath::DiscountRate,
    FieldPath::CostGrowth,
    FieldPath::Realisation,
    FieldPath::OptimismBias,
    FieldPath::OptimismBiasRunning,
    FieldPath::PriceBaseYear,
    FieldPath::Inflation,
    FieldPath::Partners,
    FieldPath::Services,
    FieldPath::PartnerCosts,
    FieldPath::Uncertainty(None),
    FieldPath::Leaving(None),
    FieldPath::Source,
];

/// Sort key: the top-level field's place, then the index inside it.
fn field_order(path: FieldPath) -> (usize, usize) {
    let (top, index) = match path {
        FieldPath::Partner(i, _) => (FieldPath::Partners, i),
        FieldPath::Service(i, _) => (FieldPath::Services, i),
        FieldPath::PartnerCost(i, _) => (FieldPath::PartnerCosts, i),
        FieldPath::Uncertainty(_) => (FieldPath::Uncertainty(None), 0),
        FieldPath::Leaving(_) => (FieldPath::Leaving(None), 0),
        other => (other, 0),
    };
    let place = FIELD_ORDER
        .iter()
        .position(|f| *f == top)
        .unwrap_or(FIELD_ORDER.len());
    (place, index)
}

/// Collects problems while reading; each helper gives a stand-in when it records one.
#[derive(Default)]
struct Reader {
    errors: Vec<FieldError>,
}

impl Reader {
    fn fail(&mut self, path: FieldPath, message: Text) {
        self.errors.push(FieldError::new(path, message));
    }

    fn scenario(&mut self, v: &Value) -> Option<Scenario> {
        use FieldPath as P;
        let Some(o) = v.as_object() else {
            self.fail(
                P::File,
                Text::new(Msg::FieldNotScenario).arg("example", "{\"version\": 1, ...}"),
            );
            return None;
        };
        // Format 1 is format 2 without the v2 fields, whose defaults give its figures.
        let version = match self.whole(o, P::Version, None) {
            v if v == f64::from(OLDEST_VERSION) => f64::from(FORMAT_VERSION),
            v => v,
        };
        let title = self.string(o, P::Title, Some(defaults::TITLE));
        let currency = self.string(o, P::Currency, Some(defaults::CURRENCY));
        let first_year = self.whole(o, P::FirstYear, Some(f64::from(defaults::FIRST_YEAR)));
        let horizon_years =
            self.whole(o, P::HorizonYears, Some(f64::from(defaults::HORIZON_YEARS)));
        let partners = self.list(o, P::Partners);
        let partners: Vec<Partner> = partners
            .iter()
            .enumerate()
            .map(|(i, p)| self.partner(p, i))
            .collect();
        let services = self.list(o, P::Services);
        let services = services
            .iter()
            .enumerate()
            .map(|(i, s)| self.service(s, i))
            .collect();
        Some(Scenario {
            version: version as u32,
            title,
            currency,
            first_year: first_year as i32,
            horizon_years: horizon_years as u32,
            discount_rate: self.number(o, P::DiscountRate, Some(defaults::DISCOUNT_RATE)),
            cost_growth: self.number(o, P::CostGrowth, Some(defaults::COST_GROWTH)),
            realisation: self.number(o, P::Realisation, Some(defaults::REALISATION)),
            optimism_bias: self.number(o, P::OptimismBias, Some(defaults::OPTIMISM_BIAS)),
            optimism_bias_running: self.number(
                o,
                P::OptimismBiasRunning,
                Some(defaults::OPTIMISM_BIAS_RUNNING),
            ),
            price_base_year: self.whole_or_null(o, P::PriceBaseYear).map(|y| y as i32),
            inflation: self.number(o, P::Inflation, Some(defaults::INFLATION)),
            partners,
            services,
            partner_costs: self.partner_costs(o),
            uncertainty: o
                .get("uncertainty")
                .filter(|v| !v.is_null())
                .map(|v| self.uncertainty(v)),
            leaving: o
                .get("leaving")
                .filter(|v| !v.is_null())
                .and_then(|v| self.leaving(v)),
            source: self.source(o),
        })
    }

    /// The optional `partner_costs` list: each entry names its partner by index.
    fn partner_costs(&mut self, o: &Object) -> Vec<PartnerCost> {
        let items = match o.get("partner_costs") {
            None => return Vec::new(),
            Some(_) => self.list(o, FieldPath::PartnerCosts),
        };
        items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let at = |field| FieldPath::PartnerCost(i, Some(field));
                let o = self.object(v, FieldPath::PartnerCost(i, None))?;
                Some(PartnerCost {
                    partner: self.index(o, at(PartnerCostField::Partner)),
                    label: self.string(o, at(PartnerCostField::Label), None),
                    year: self.whole(
                        o,
                        at(PartnerCostField::Year),
                        Some(f64::from(defaults::PARTNER_COST_YEAR)),
                    ) as u32,
                    amount: self.number(o, at(PartnerCostField::Amount), None),
                })
            })
            .collect()
    }

    /// The optional `leaving` object (a sharecalc extension): partner and year are required.
    fn leaving(&mut self, v: &Value) -> Option<Leaving> {
        let at = |field| FieldPath::Leaving(Some(field));
        let o = self.object(v, FieldPath::Leaving(None))?;
        Some(Leaving {
            partner: self.index(o, at(LeavingField::Partner)),
            year: self.whole(o, at(LeavingField::Year), None) as u32,
            exit_fee: self.number(o, at(LeavingField::ExitFee), Some(0.0)),
        })
    }

    /// The optional `source`: one of the publications sharecalc knows, or `null`.
    fn source(&mut self, o: &Object) -> Option<Source> {
        let v = o.get("source").filter(|v| !v.is_null())?;
        let known = v.as_str().and_then(Source::from_code);
        if known.is_none() {
            let choices: Vec<&str> = Source::ALL.iter().map(|s| s.code()).collect();
            self.fail(
                FieldPath::Source,
                Text::new(Msg::FieldOneOf).arg("choices", choices.join(", ")),
            );
        }
        known
    }

    /// The optional `uncertainty` object: each range and each end of it may be left out and
    /// takes its default.
    fn uncertainty(&mut self, v: &Value) -> Uncertainty {
        let mut u = Uncertainty::default();
        let Some(o) = self.object(v, FieldPath::Uncertainty(None)) else {
            return u;
        };
        for (range, _) in Uncertainty::default().fields() {
            let Some(value) = o.get(range.name()) else {
                continue;
            };
            let Some(ends) = self.object(value, FieldPath::Uncertainty(Some((range, None)))) else {
                continue;
            };
            let t = u.range_mut(range);
            for (end, default) in t.ends() {
                let at = FieldPath::Uncertainty(Some((range, Some(end))));
                *t.end_mut(end) = self.number(ends, at, Some(default));
            }
        }
        u
    }

    fn partner(&mut self, v: &Value, i: usize) -> Partner {
        let at = |field| FieldPath::Partner(i, Some(field));
        let Some(o) = self.object(v, FieldPath::Partner(i, None)) else {
            return Partner {
                name: String::new(),
                population: None,
            };
        };
        let name = self.string(o, at(PartnerField::Name), None);
        let population = match o.get("population") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => n.as_f64(),
            Some(_) => {
                self.fail(
                    at(PartnerField::Population),
                    Text::new(Msg::FieldNumberOrNull),
                );
                None
            }
        };
        Partner { name, population }
    }

    fn service(&mut self, v: &Value, i: usize) -> Service {
        let at = |field| FieldPath::Service(i, Some(field));
        // An entry that is not an object reads as the defaults; its fields are never checked.
        let Some(o) = self.object(v, FieldPath::Service(i, None)) else {
            return Service::default();
        };
        let whole = |r: &mut Self, field, default: u32| {
            r.whole(o, at(field), Some(f64::from(default))) as u32
        };
        Service {
            name: self.string(o, at(ServiceField::Name), None),
            baseline: self.numbers(o, at(ServiceField::Baseline(None))),
            saving_rate: self.number(o, at(ServiceField::SavingRate), Some(defaults::SAVING_RATE)),
            savings_start_year: whole(
                self,
                ServiceField::SavingsStartYear,
                defaults::SAVINGS_START_YEAR,
            ),
            ramp_years: whole(self, ServiceField::RampYears, defaults::RAMP_YEARS),
            one_off_cost: self.number(
                o,
                at(ServiceField::OneOffCost),
                Some(defaults::ONE_OFF_COST),
            ),
            one_off_profile: match o.get("one_off_profile") {
                None => defaults::ONE_OFF_PROFILE.to_vec(),
                Some(_) => self.numbers(o, at(ServiceField::OneOffProfile(None))),
            },
            running_cost_rate: self.number(
                o,
                at(ServiceField::RunningCostRate),
                Some(defaults::RUNNING_COST_RATE),
            ),
            fixed_running_cost: self.number(
                o,
                at(ServiceField::FixedRunningCost),
                Some(defaults::FIXED_RUNNING_COST),
            ),
            split: match o.get("split") {
                None => Split::default(),
                Some(v) => self.split(v, i),
            },
        }
    }

    fn split(&mut self, v: &Value, i: usize) -> Split {
        let at = |field| FieldPath::Service(i, Some(ServiceField::Split(field)));
        let Some(o) = self.object(v, at(None)) else {
            return Split::default();
        };
        let basis = self.string(o, at(Some(SplitField::Basis)), None);
        match basis.as_str() {
            "baseline" => Split::Baseline,
            "population" => Split::Population,
            "equal" => Split::Equal,
            "driver" => Split::Driver {
                label: self.string(o, at(Some(SplitField::Label)), Some("")),
                values: self.numbers(o, at(Some(SplitField::Values(None)))),
            },
            _ => {
                if o.get("basis").is_some_and(Value::is_string) {
                    self.fail(at(Some(SplitField::Basis)), Text::new(Msg::FieldBasisOneOf));
                }
                Split::default()
            }
        }
    }

    /// The value of the field at `at` in `o`; when missing, `None`, and an error if the field
    /// is required.
    fn field<'a>(&mut self, o: &'a Object, at: FieldPath, required: bool) -> Option<&'a Value> {
        let v = at.key().and_then(|key| o.get(key));
        if v.is_none() && required {
            self.fail(at, Text::new(Msg::FieldMissing));
        }
        v
    }

    fn object<'a>(&mut self, v: &'a Value, at: FieldPath) -> Option<&'a Object> {
        let o = v.as_object();
        if o.is_none() {
            self.fail(
                at,
                Text::new(Msg::FieldObject).arg("example", "{\"name\": ...}"),
            );
        }
        o
    }

    fn string(&mut self, o: &Object, at: FieldPath, default: Option<&str>) -> String {
        match self.field(o, at, default.is_none()) {
            None => default.unwrap_or_default().to_owned(),
            Some(Value::String(s)) => s.clone(),
            Some(_) => {
                self.fail(at, Text::new(Msg::FieldText));
                default.unwrap_or_default().to_owned()
            }
        }
    }

    fn number(&mut self, o: &Object, at: FieldPath, default: Option<f64>) -> f64 {
        let stand_in = default.unwrap_or(0.0);
        match self.field(o, at, default.is_none()) {
            None => stand_in,
            Some(v) => self.as_number(v, at).unwrap_or(stand_in),
        }
    }

    fn as_number(&mut self, v: &Value, at: FieldPath) -> Option<f64> {
        let n = v.as_f64();
        if n.is_none() {
            self.fail(at, Text::new(Msg::FieldNumber));
        }
        n
    }

    /// A whole number as `f64`, for the caller to convert (saturating) to its integer type.
    fn whole(&mut self, o: &Object, at: FieldPath, default: Option<f64>) -> f64 {
        let stand_in = default.unwrap_or(0.0);
        match self.field(o, at, default.is_none()) {
            None => stand_in,
            Some(v) => match v.as_f64() {
                Some(n) if n.fract() == 0.0 => n,
                _ => {
                    self.fail(at, Text::new(Msg::FieldWhole));
                    stand_in
                }
            },
        }
    }

    /// A whole number, or `None` when the field is missing or `null`.
    fn whole_or_null(&mut self, o: &Object, at: FieldPath) -> Option<f64> {
        match self.field(o, at, false) {
            None | Some(Value::Null) => None,
            Some(v) => match v.as_f64() {
                Some(n) if n.fract() == 0.0 => Some(n),
                _ => {
                    self.fail(at, Text::new(Msg::FieldWholeOrNull));
                    None
                }
            },
        }
    }

    /// A required index into a list: a whole number from 0 (an index too large is held at
    /// the type's limit, which `validate` reports as naming no entry).
    fn index(&mut self, o: &Object, at: FieldPath) -> usize {
        let n = self.whole(o, at, None);
        if n < 0.0 {
            self.fail(at, Text::new(Msg::FieldAtLeast).arg("min", 0));
        }
        n as usize
    }

    fn list<'a>(&mut self, o: &'a Object, at: FieldPath) -> &'a [Value] {
        match self.field(o, at, true) {
            None => &[],
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.fail(at, Text::new(Msg::FieldList));
                &[]
            }
        }
    }

    fn numbers(&mut self, o: &Object, at: FieldPath) -> Vec<f64> {
        let items = self.list(o, at);
        items
            .iter()
            .enumerate()
            .map(|(j, v)| self.as_number(v, at.entry(j).unwrap_or(at)).unwrap_or(0.0))
            .collect()
    }
}
