//! Figures from a spreadsheet: a block as Excel, LibreOffice and Google Sheets put it on the
//! clipboard, and a CSV file of baselines; the same money reading as typing, names found in a
//! header row and first column, each unreadable cell its own named error.

use proptest::prelude::*;

use sharecalc_core::codec::block::{read_baselines_csv, Block, Cell, Slot, Table};
use sharecalc_core::codec::cells::split;
use sharecalc_core::engine::parse_cost;
use sharecalc_core::i18n::{Lang, Msg};

fn values(block: &Block) -> Vec<Vec<Option<f64>>> {
    block
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| match c {
                    Cell::Amount { value, .. } => Some(*value),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

fn said(block: &Block) -> Vec<String> {
    block
        .problems()
        .iter()
        .map(|p| p.text.render(Lang::En))
        .collect()
}

#[test]
fn excel_block_with_crlf_trailing_line_end_and_a_quoted_cell_with_a_line_end() {
    // Excel: CRLF after every row, the last included; a cell holding a line end is quoted.
    let text = "\t\"Heron\nVale\"\tMarsh End\r\nHR\t£1,200,000\t1.2m\r\nIT\t(1,200)\t\r\n";
    let block = Block::from_pasted(text, "GBP");
    assert_eq!(
        block.column_names,
        Some(vec!["Heron\nVale".to_owned(), "Marsh End".to_owned()])
    );
    assert_eq!(
        block.row_names,
        Some(vec!["HR".to_owned(), "IT".to_owned()])
    );
    assert_eq!(
        values(&block),
        vec![vec![Some(1_200_000.0), Some(1_200_000.0)], vec![None, None]]
    );
    assert_eq!(block.rows.get(1).and_then(|r| r.get(1)), Some(&Cell::Blank));
    assert_eq!(
        said(&block),
        vec!["IT, Heron\nVale: “(1,200)” cannot be read. An amount in brackets is negative, and this amount cannot be. Enter 0 or more, without brackets"]
    );
}

#[test]
fn libreoffice_block_with_lf_and_no_names() {
    // LibreOffice on Linux: LF line ends, a final one; figures only.
    let block = Block::from_pasted("250k\t300 000\n\t1200000.50\n", "GBP");
    assert_eq!(block.column_names, None);
    assert_eq!(block.row_names, None);
    assert_eq!(
        values(&block),
        vec![
            vec![Some(250_000.0), Some(300_000.0)],
            vec![None, Some(1_200_000.5)]
        ]
    );
    assert!(block.problems().is_empty());
}

#[test]
fn google_sheets_block_with_no_final_line_end_and_quoted_quotes() {
    // Google Sheets: no final line end; quotes in a cell doubled inside quotes.
    let block = Block::from_pasted("\"Adult \"\"social\"\" care\"\t1m\nLibraries\tabc", "GBP");
    assert_eq!(block.column_names, None);
    assert_eq!(
        block.row_names,
        Some(vec![
            "Adult \"social\" care".to_owned(),
            "Libraries".to_owned()
        ])
    );
    assert_eq!(
        said(&block),
        vec!["Row 2, column 2: “abc” cannot be read. Enter an amount, like £250,000 or 1.2m"]
    );
}

#[test]
fn one_cell_is_a_figure_or_a_named_error_never_a_header() {
    assert_eq!(
        values(&Block::from_pasted("£5,000\r\n", "GBP")),
        vec![vec![Some(5000.0)]]
    );
    let block = Block::from_pasted("n/a", "GBP");
    assert_eq!(block.column_names, None);
    assert_eq!(
        said(&block),
        vec!["Row 1, column 1: “n/a” cannot be read. Enter an amount, like £250,000 or 1.2m"]
    );
}

#[test]
fn each_unreadable_cell_is_its_own_problem_and_the_rest_are_kept() {
    let block = Block::from_pasted("1,2\t5\tx\n7\t\ty\n", "GBP");
    let problems = block.problems();
    assert_eq!(
        problems
            .iter()
            .map(|p| (p.row, p.column))
            .collect::<Vec<_>>(),
        vec![(0, 0), (0, 2), (1, 2)]
    );
    assert_eq!(
        values(&block),
        vec![vec![None, Some(5.0), None], vec![Some(7.0), None, None]]
    );
    assert_eq!(block.width(), 3);
}

#[test]
fn welsh_names_the_cell_in_welsh() {
    let block = Block::from_pasted("1\nxyz\n", "GBP");
    let welsh: Vec<String> = block
        .problems()
        .iter()
        .map(|p| p.text.render(Lang::Cy))
        .collect();
    assert_eq!(
        welsh,
        vec!["Rhes 2, colofn 1: nid oes modd darllen “xyz”. Rhowch swm, fel £250,000 neu 1.2m"]
    );
}

#[test]
fn a_csv_of_baselines_gives_services_by_partners() {
    let csv = "\u{feff}Service,Heron Vale,\"Marsh End, Borough\"\r\nHR,\"£620,000\",410000\r\nIT,1.2m,\r\n\r\n";
    let b = read_baselines_csv(csv, "GBP").expect("a readable file");
    assert_eq!(b.partners, vec!["Heron Vale", "Marsh End, Borough"]);
    assert_eq!(b.services, vec!["HR", "IT"]);
    let amounts: Vec<Vec<Option<f64>>> = b
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|c| {
                    if let Cell::Amount { value, .. } = c {
                        Some(*value)
                    } else {
                        None
                    }
                })
                .collect()
        })
        .collect();
    assert_eq!(
        amounts,
        vec![
            vec![Some(620_000.0), Some(410_000.0)],
            vec![Some(1_200_000.0), None]
        ]
    );
}

#[test]
fn a_csv_of_baselines_names_every_problem() {
    let csv = "Service,Heron Vale,\nHR,abc,5,6,7\n,(10),\n";
    let problems: Vec<String> = read_baselines_csv(csv, "GBP")
        .expect_err("problems")
        .iter()
        .map(|t| t.render(Lang::En))
        .collect();
    assert_eq!(
        problems,
        vec![
            "Row 2 has more cells than the first row has partners. Name every partner in the first row",
            "Column 3 has no partner name. Put the partner's name in the first row",
            "Row 3 has no service name. Put the service's name in the first column",
            "HR, Heron Vale: “abc” cannot be read. Enter an amount, like £250,000 or 1.2m",
            "Row 3, column 2: “(10)” cannot be read. An amount in brackets is negative, and this amount cannot be. Enter 0 or more, without brackets",
        ]
    );
    let empty: Vec<Msg> = read_baselines_csv("\r\n", "GBP")
        .expect_err("empty")
        .iter()
        .map(|t| t.msg)
        .collect();
    assert_eq!(
        empty,
        vec![Msg::BaselinesCsvNoPartners, Msg::BaselinesCsvNoServices]
    );
}

fn slot(service: usize, partner: usize) -> Slot {
    Slot { service, partner }
}

#[test]
fn a_block_fills_rightwards_and_downwards_from_the_box_it_is_pasted_into() {
    // A 2 × 2 table; pasted into its bottom-right box, a 2 × 3 block with names needs one more
    // service and two more partners, named from the block.
    let block = Block::from_pasted("\tA\tB\tC\r\nHR\t1m\t\t(5)\r\nIT\t2m\t3m\t4m\r\n", "GBP");
    let placed = block.place(slot(1, 1), 2, 2);
    assert_eq!(
        placed.fills,
        vec![
            (slot(1, 1), "1m".to_owned()),
            (slot(1, 3), "(5)".to_owned()),
            (slot(2, 1), "2m".to_owned()),
            (slot(2, 2), "3m".to_owned()),
            (slot(2, 3), "4m".to_owned()),
        ]
    );
    assert_eq!(placed.new_services, vec!["IT"]);
    assert_eq!(placed.new_partners, vec!["B", "C"]);
    let problems: Vec<(Slot, String)> = placed
        .problems
        .iter()
        .map(|(s, t)| (*s, t.render(Lang::En)))
        .collect();
    assert_eq!(
        problems,
        vec![(slot(1, 3), "HR, C: “(5)” cannot be read. An amount in brackets is negative, and this amount cannot be. Enter 0 or more, without brackets".to_owned())]
    );
}

#[test]
fn a_block_that_fits_needs_nothing_added_and_one_without_names_adds_unnamed() {
    let block = Block::from_pasted("1\t2\n3\t4\n", "GBP");
    let fits = block.place(slot(0, 0), 4, 4);
    assert!(fits.new_services.is_empty() && fits.new_partners.is_empty());
    assert_eq!(fits.fills.len(), 4);
    let spills = block.place(slot(3, 3), 4, 4);
    assert_eq!(spills.new_services, vec![String::new()]);
    assert_eq!(spills.new_partners, vec![String::new()]);
}

#[test]
fn one_cell_on_the_clipboard_is_typing_and_more_is_a_block() {
    // Excel copies one cell with CRLF after it; that is pasted as typed.
    assert_eq!(Block::from_clipboard("1,200\r\n", "GBP"), None);
    assert_eq!(Block::from_clipboard("1.2m", "GBP"), None);
    assert_eq!(Block::from_clipboard("", "GBP"), None);
    let row = Block::from_clipboard("1\t2", "GBP");
    assert_eq!(row.map(|b| (b.rows.len(), b.width())), Some((1, 2)));
    let column = Block::from_clipboard("1\n2\n", "GBP");
    assert_eq!(column.map(|b| (b.rows.len(), b.width())), Some((2, 1)));
}

#[test]
fn a_placement_kept_within_a_table_drops_what_falls_outside_it() {
    // A 3 × 3 block with names pasted into the bottom-right box of a 2 × 2 table.
    let block = Block::from_pasted("\tA\tB\tC\nHR\t1\t2\tx\nIT\t4\t5\t6\nLaw\t7\t8\t9\n", "GBP");
    let placed = block.place(slot(1, 1), 2, 2);
    let now = Table {
        services: 2,
        partners: 2,
    };
    let only_what_fits = placed.clone().within(now, now);
    assert!(only_what_fits.fits());
    assert_eq!(only_what_fits.fills, vec![(slot(1, 1), "1".to_owned())]);
    assert!(only_what_fits.problems.is_empty());
    assert_eq!(placed.left_out(&only_what_fits), 8);
    // Room for one more service and every partner: the last row is left out.
    let grown = placed.clone().within(
        now,
        Table {
            services: 3,
            partners: 20,
        },
    );
    assert_eq!(grown.new_services, vec!["IT"]);
    assert_eq!(grown.new_partners, vec!["B", "C"]);
    assert_eq!(grown.fills.len(), 6);
    assert_eq!(grown.problems.len(), 1);
    assert_eq!(placed.left_out(&grown), 3);
}

#[test]
fn a_cost_in_brackets_is_said_to_be_negative_when_typed_too() {
    let said = |t: &str| parse_cost(t, "GBP").map_err(|e| e.msg);
    assert_eq!(said(" (1,200) "), Err(Msg::PasteBracketNegative));
    assert_eq!(said("(1,200"), Err(Msg::ParseMoney));
    assert_eq!(said("£1,200"), Ok(1200.0));
}

/// A cell as a spreadsheet writes it to the clipboard: quoted when it holds a tab, a line end
/// or a quote, quotes doubled.
fn quote(cell: &str, delimiter: char) -> String {
    if cell.contains([delimiter, '\n', '\r', '"']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_owned()
    }
}

fn cell_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[a-zA-Z0-9 £,.()-]{0,12}",
        "[a-z\"\t\r\n,]{1,8}",
        Just(String::new()),
    ]
}

proptest! {
    #[test]
    fn what_a_spreadsheet_writes_is_split_back_into_its_cells(
        grid in prop::collection::vec(prop::collection::vec(cell_text(), 1..5), 1..6),
        crlf in any::<bool>(),
        final_line_end in any::<bool>(),
        delimiter in prop_oneof![Just('\t'), Just(',')],
    ) {
        let end = if crlf { "\r\n" } else { "\n" };
        let mut text = grid
            .iter()
            .map(|r| r.iter().map(|c| quote(c, delimiter)).collect::<Vec<_>>().join(&delimiter.to_string()))
            .collect::<Vec<_>>()
            .join(end);
        if final_line_end {
            text.push_str(end);
        }
        let mut expected = grid.clone();
        while expected.last().is_some_and(|r| r.iter().all(|c| c.trim().is_empty())) {
            expected.pop();
        }
        prop_assert_eq!(split(&text, delimiter), expected);
    }

    #[test]
    fn pasted_amounts_read_as_typed_amounts(
        pence in prop::collection::vec(prop::collection::vec(0u64..100_000_000_000, 1..4), 1..4),
    ) {
        let text: String = pence
            .iter()
            .map(|r| r.iter().map(|p| format!("£{}.{:02}", p / 100, p % 100)).collect::<Vec<_>>().join("\t") + "\r\n")
            .collect();
        let block = Block::from_pasted(&text, "GBP");
        let expected: Vec<Vec<Option<f64>>> = pence
            .iter()
            .map(|r| r.iter().map(|p| sharecalc_core::engine::parse_money(&format!("{}.{:02}", p / 100, p % 100), "GBP").ok()).collect())
            .collect();
        prop_assert_eq!(values(&block), expected);
        prop_assert!(block.problems().is_empty());
    }

    #[test]
    fn a_placed_block_fills_only_boxes_of_the_grown_table(
        text in "[0-9a-z\t\n]{0,40}",
        services in 1usize..5, partners in 1usize..5, service in 0usize..4, partner in 0usize..4,
    ) {
        // The box pasted into is one of the table's.
        let at = slot(service % services, partner % partners);
        let placed = Block::from_pasted(&text, "GBP").place(at, services, partners);
        let rows = services + placed.new_services.len();
        let columns = partners + placed.new_partners.len();
        let slots = placed.fills.iter().map(|(s, _)| *s).chain(placed.problems.iter().map(|(s, _)| *s));
        for s in slots {
            prop_assert!(s.service < rows && s.partner < columns, "{:?} outside {}×{}", s, rows, columns);
            prop_assert!(s.service >= at.service && s.partner >= at.partner);
        }
    }

    #[test]
    fn any_text_is_read_without_panicking_and_every_unreadable_cell_is_named(text in "\\PC{0,80}") {
        let block = Block::from_pasted(&text, "GBP");
        let unreadable = block.rows.iter().flatten().filter(|c| matches!(c, Cell::Unreadable { .. })).count();
        prop_assert_eq!(block.problems().len(), unreadable);
        let _ = read_baselines_csv(&text, "GBP");
    }
}

#[test]
fn a_pasted_amount_in_another_currency_is_refused_not_read_as_the_scenarios() {
    // Issue 20, item 12: the one money parser, so pasting refuses "$1,000" like typing does.
    match Cell::read("$1,000", "GBP") {
        Cell::Unreadable { text, why } => {
            assert_eq!(text, "$1,000");
            assert_eq!(
                why.to_string(),
                "This scenario is in £, not $. Enter an amount like £250,000"
            );
        }
        other => panic!("expected unreadable, got {other:?}"),
    }
    assert!(matches!(Cell::read("$1,000", "USD"), Cell::Amount { value, .. } if value == 1000.0));
}
