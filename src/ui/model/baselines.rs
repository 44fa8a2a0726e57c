//! A CSV file of baselines put into the editor's boxes: the file's services and partners
//! become the costs table's, in the file's order, and everything else on screen stays.
//!
//! A service or partner is matched by its name to one on screen, as the engine tells names
//! apart ([`name_key`]: case, spacing and invisible characters do not count), and keeps that
//! row's other boxes: a service's sharing assumptions, a partner's population, its driver
//! values and its own costs. One the file names for the first time is
//! added as a new row would be (the spec's defaults, no population). One on screen that the
//! file does not name goes, with its own costs and a question about it leaving. A blank cell
//! keeps the figure on screen where both its service and partner were there; elsewhere it
//! is an empty box, which asks for a figure. Pure: plain text in, plain text out.

use super::typed::{number_text, Typed, TypedPartner, TypedService};
use sharecalc_core::codec::block::{Baselines, Cell};
use sharecalc_core::engine::name_key;

/// The position in `names_on_screen` of the row named `name`, not yet taken by another.
fn matching(names_on_screen: &[&str], taken: &mut [bool], name: &str) -> Option<usize> {
    let key = name_key(name);
    let same = |a: &str| name_key(a) == key;
    let at = names_on_screen
        .iter()
        .zip(taken.iter())
        .position(|(n, used)| !used && same(n))?;
    if let Some(used) = taken.get_mut(at) {
        *used = true;
    }
    Some(at)
}

/// The positions on screen of the rows named `names`, each matched at most once.
fn match_all(on_screen: &[&str], names: &[String]) -> Vec<Option<usize>> {
    let mut taken = vec![false; on_screen.len()];
    names
        .iter()
        .map(|n| matching(on_screen, &mut taken, n))
        .collect()
}

impl Typed {
    /// These boxes with the costs table of `file`; new rows take keys from `next_key` on
    /// (moved past them), so no element id is used twice.
    pub fn with_baselines(&self, file: &Baselines, next_key: &mut u32) -> Typed {
        let mut take = || {
            let key = *next_key;
            *next_key = key.wrapping_add(1);
            key
        };
        let partner_names: Vec<&str> = self.partners.iter().map(|p| p.name.as_str()).collect();
        let service_names: Vec<&str> = self.services.iter().map(|s| s.name.as_str()).collect();
        let old_partner = match_all(&partner_names, &file.partners);
        let old_service = match_all(&service_names, &file.services);
        let partners: Vec<TypedPartner> = file
            .partners
            .iter()
            .zip(&old_partner)
            .map(|(name, old)| {
                let kept = old.and_then(|i| self.partners.get(i)).cloned();
                let mut partner = kept.unwrap_or_else(|| TypedPartner {
                    key: take(),
                    ..TypedPartner::default()
                });
                partner.name = name.trim().to_owned();
                partner
            })
            .collect();
        let services = file
            .services
            .iter()
            .zip(&old_service)
            .enumerate()
            .map(|(row, (name, old))| {
                let kept = old.and_then(|i| self.services.get(i));
                let mut service = kept
                    .cloned()
                    .unwrap_or_else(|| TypedService::added(row, partners.len(), take()));
                service.name = name.trim().to_owned();
                let cells = file.rows.get(row).map_or(&[][..], Vec::as_slice);
                // The figure on screen in `values` for the file's partner in `column`.
                let old_cell = |values: &Vec<String>, column: usize| {
                    let on_screen = old_partner.get(column).copied().flatten();
                    on_screen.and_then(|i| values.get(i)).cloned()
                };
                let (baseline, driver_values) = (0..partners.len())
                    .map(|column| {
                        let cost = match cells.get(column) {
                            Some(Cell::Amount { text, .. }) => text.clone(),
                            _ => kept
                                .and_then(|s| old_cell(&s.baseline, column))
                                .unwrap_or_default(),
                        };
                        let driver = kept
                            .and_then(|s| old_cell(&s.driver_values, column))
                            .unwrap_or_else(|| number_text(1.0));
                        (cost, driver)
                    })
                    .unzip();
                service.baseline = baseline;
                service.driver_values = driver_values;
                service
            })
            .collect();
        let kept = |key: u32| partners.iter().any(|p| p.key == key);
        Typed {
            partner_costs: self
                .partner_costs
                .iter()
                .filter(|c| kept(c.partner))
                .cloned()
                .collect(),
            leaving: self.leaving.clone().filter(|l| kept(l.partner)),
            partners,
            services,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::model::typed::TypedLeaving;
    use sharecalc_core::codec::block::read_baselines_csv;
    use sharecalc_core::engine::Scenario;

    /// Two partners (keys 0, 1) and two services (keys 2, 3), the first split by a driver.
    fn on_screen() -> Typed {
        let json = r#"{
          "version": 1, "title": "Heron and Kestrel", "horizon_years": 10, "discount_rate": 0.035,
          "partners": [{ "name": "Heron Vale", "population": 98000 }, { "name": "Kestrel" }],
          "services": [
            { "name": "HR", "baseline": [620000, 780000], "saving_rate": 0.2, "ramp_years": 3,
              "one_off_cost": 450000, "split": { "basis": "driver", "label": "Staff", "values": [410, 530] } },
            { "name": "Finance", "baseline": [1150000, 1420000], "saving_rate": 0.15,
              "ramp_years": 2, "one_off_cost": 0 }
          ],
          "partner_costs": [{ "partner": 1, "label": "Exit", "year": 1, "amount": 5000 }]
        }"#;
        let scenario = Scenario::from_json_str(json);
        assert!(scenario.is_ok(), "{scenario:?}");
        let scenario = scenario.unwrap_or_else(|_| unreachable!());
        let mut typed = Typed::showing(&scenario, &mut 0);
        typed.leaving = Some(TypedLeaving {
            partner: 1,
            year: 3,
            exit_fee: "0".to_owned(),
        });
        typed
    }

    fn file(csv: &str) -> Baselines {
        let read = read_baselines_csv(csv, "GBP");
        assert!(read.is_ok(), "{read:?}");
        read.unwrap_or_else(|_| unreachable!())
    }

    #[test]
    fn matching_rows_keep_their_other_boxes_and_new_ones_are_added() {
        let before = on_screen();
        let mut next_key = 10;
        let csv = "Service,heron vale ,Marsh End\nLegal,1m,2m\n hr ,700000,\n";
        let after = before.with_baselines(&file(csv), &mut next_key);
        // Partners in the file's order: Heron Vale kept (its population too), Marsh End new.
        let partners: Vec<_> = after
            .partners
            .iter()
            .map(|p| (p.key, p.name.as_str(), p.population.as_str()))
            .collect();
        assert_eq!(
            partners,
            vec![(0, "heron vale", "98,000"), (10, "Marsh End", "")]
        );
        // Legal is new with the defaults; HR keeps its sharing boxes and driver value.
        let legal = &after.services[0];
        assert_eq!((legal.key, legal.name.as_str()), (11, "Legal"));
        assert_eq!(legal.baseline, vec!["1m", "2m"]);
        assert_eq!(legal.driver_values, vec!["1", "1"]);
        let hr = &after.services[1];
        assert_eq!((hr.key, hr.name.as_str()), (2, "hr"));
        assert_eq!(hr.saving_rate, before.services[0].saving_rate);
        assert_eq!(hr.driver_values, vec!["410", "1"]);
        // A blank cell for a partner new to the table asks for a figure.
        assert_eq!(hr.baseline, vec!["700000", ""]);
        assert_eq!(after.services.len(), 2);
        // Kestrel went, with its own cost and the question about it leaving.
        assert!(after.partner_costs.is_empty());
        assert_eq!(after.leaving, None);
        assert_eq!(after.title, before.title);
        assert_eq!(next_key, 12);
    }

    #[test]
    fn a_blank_cell_keeps_the_figure_on_screen() {
        let before = on_screen();
        let csv = "Service,Kestrel,Heron Vale\nFinance,,1\n";
        let after = before.with_baselines(&file(csv), &mut 10);
        assert_eq!(after.services[0].baseline, vec!["1,420,000", "1"]);
        assert_eq!(after.partner_costs, before.partner_costs);
        assert_eq!(after.leaving, before.leaving);
    }
}
