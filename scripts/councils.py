"""Turns the two published tables in data/ into assets/councils.tsv, the compact file the
calculator fetches when someone opens "Start from real councils". One command, Python 3.11
standard library only:

    python3 scripts/councils.py

It keeps today's English councils (the register's `current-authority` True, joined to the
Revenue Account table by ONS code), their names, type (the table's own `Class`), county (for a
district, from the register's `county-la`), 2020 population and the service lines a shared
service can use (LINES below), in £ thousand exactly as published. A figure that was not
published (`...`, `…`, `Category discontinued`, an empty cell) is written `.`; net income
stays negative. Welsh and Scottish councils are listed by name only, so the app can say their
figures are not here yet. It stops with a message, writing nothing, if the tables are not
laid out as expected, and prints the file's size raw and gzipped.

The file (UTF-8, tab-separated, one record a line; `#` lines are comments):

    sharecalc-councils  1
    year  2023-24
    line  <database code>  <form line number>  <column name as published>   (one per line)
    <ONS code>  <type>  <name>  <official name>  <county's ONS code>  <population>  <figure per line…>
    <ONS code>  <W or S>  <name>  <official name>                                   (Wales, Scotland)

Types: D district, C county, U unitary, M metropolitan district, L London borough.
"""
import argparse
import csv
import gzip
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
RA = ROOT / "data/england-ra-2023-24/RA_2023-24_data_Part_1.csv"
REGISTER = ROOT / "data/uk-local-authorities/uk_local_authorities_future.csv"
OUT = ROOT / "assets/councils.tsv"

# The usable lines (data/README.md), by the database code in the table's row 7, which stays
# the same from year to year; the column name is checked too, so a renamed line is noticed.
LINES = [
    ("envcll", "Waste collection"),
    ("envrcy", "Recycling"),
    ("envstr", "Street cleansing (not chargeable to Highways)"),
    ("envdsp", "Waste disposal"),
    ("envtrd", "Trade waste"),
    ("housgfcfbnfadm", "Housing benefits administration"),
    ("centaxadm", "Local tax collection: council tax support administration"),
    ("centaxoth", "Local tax collection: other"),
    ("cencrp", "Corporate and democratic core"),
    ("planbld", "Building control"),
    ("plandvl", "Development control"),
    ("planplc", "Planning policy"),
    ("envrgltrd", "Regulatory services: Trading standards"),
    ("envrglenvfd", "Regulatory services: Food safety"),
    ("envrglenvenv", "Regulatory services: Environmental protection; noise and nuisance"),
    ("envrglenvlcn", "Regulatory services: Licensing - Alcohol and entertainment licensing; taxi licensing"),
    ("envrglenvpst", "Regulatory services: Pest control"),
    ("envcmmcct", "Community safety (CCTV)"),
    ("cenemr", "Emergency planning"),
    ("transprk", "Parking services"),
    ("cullib", "Library service"),
    ("envcmt", "Cemetery, cremation and mortuary services"),
    ("cencrn", "Coroners' court services"),
]

# The table's `Class` for each kind of council, and the letter the file uses.
CLASSES = {"SD": "D", "SC": "C", "UA": "U", "MD": "M", "LB": "L"}
# The register's types each class may have (the City of London is a "City corporation" that
# the table classes as a London borough).
REGISTER_TYPES = {"SD": {"NMD"}, "SC": {"CTY"}, "UA": {"UA"}, "MD": {"MD"}, "LB": {"LBO", "CC"}}
NATIONS = {"Wales": "W", "Scotland": "S"}
NOT_PUBLISHED = {"...", "\u2026", "Category discontinued", ""}

# Rows of the table (counted from 0): database codes, column names, first data row.
CODES_ROW, NAMES_ROW, FIRST_DATA_ROW = 6, 9, 10

ATTRIBUTION = [
    "# Contains public sector information licensed under the Open Government Licence v3.0:",
    "# Revenue Account budget {year}, Department for Levelling Up, Housing and Communities.",
    "# Council names, codes and populations: mySociety, CC BY 4.0.",
    "# Figures: net current expenditure, GBP thousand; '.' = not published. Written by scripts/councils.py.",
]


def fail(why: str) -> None:
    sys.exit(f"councils.py: {why}")


def figure(cell: str, where: str) -> str:
    """A published cell as the file writes it: whole thousands without commas, or `.`."""
    text = cell.strip()
    if text in NOT_PUBLISHED:
        return "."
    number = text.replace(",", "")
    if not re.fullmatch(r"-?\d+", number):
        fail(f"{where}: {cell!r} is neither a whole number nor a 'not published' mark")
    return str(int(number))


def population(cell: str) -> str:
    """The register's 2020 population ("64187.0") as a whole number, or empty."""
    if not cell.strip():
        return ""
    value = float(cell)
    if value != int(value) or value < 0:
        fail(f"population {cell!r} is not a whole number")
    return str(int(value))


def clean(text: str) -> str:
    """A name for a tab-separated line: no tabs or line breaks, no edge spaces."""
    return " ".join(text.split())


def read_ra(path: pathlib.Path):
    with path.open(encoding="mac_roman", newline="") as f:
        rows = list(csv.reader(f))
    title = rows[0][0] if rows and rows[0] else ""
    year = re.search(r"\b(\d{4}-\d{2})\b", title)
    if not year:
        fail(f"{path.name}: no year like 2023-24 in its title {title!r}")
    codes, names = rows[CODES_ROW], rows[NAMES_ROW]
    if names[:4] != ["E-code", "ONS Code", "Local authority", "Class"]:
        fail(f"{path.name}: row {NAMES_ROW + 1} is not the column names")
    columns = []
    for code, name in LINES:
        if code not in codes:
            fail(f"{path.name}: no column with database code {code}")
        i = codes.index(code)
        if names[i].strip() != name:
            fail(f"{path.name}: column {code} is now {names[i]!r}, not {name!r}; check it is the same line")
        columns.append(i)
    line_numbers = rows[CODES_ROW + 2]
    lines = [(code, line_numbers[i], names[i].strip()) for (code, _), i in zip(LINES, columns)]
    bodies = {row[1]: row for row in rows[FIRST_DATA_ROW:] if len(row) > 3 and row[3] in CLASSES}
    return year.group(1), lines, columns, bodies


def read_register(path: pathlib.Path):
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["current-authority"] == "True"]


def build(ra: pathlib.Path, register: pathlib.Path) -> str:
    year, lines, columns, bodies = read_ra(ra)
    current = read_register(register)
    english = [r for r in current if r["nation"] == "England" and r["gss-code"] in bodies]
    by_code = {r["local-authority-code"]: r for r in current}
    if len(english) != len(bodies):
        missing = sorted(set(bodies) - {r["gss-code"] for r in english})
        fail(f"councils in the table but not current in the register: {missing}")
    out = [f"sharecalc-councils\t1", *(a.format(year=year) for a in ATTRIBUTION), f"year\t{year}"]
    out += [f"line\t{code}\t{number}\t{name}" for code, number, name in lines]
    for r in sorted(english, key=lambda r: r["nice-name"]):
        row = bodies[r["gss-code"]]
        klass = row[3]
        if r["local-authority-type"] not in REGISTER_TYPES[klass]:
            fail(f"{r['nice-name']}: the table says {klass}, the register {r['local-authority-type']}")
        county = ""
        if klass == "SD":
            parent = by_code.get(r["county-la"])
            if parent is None or parent["local-authority-type"] != "CTY":
                fail(f"{r['nice-name']}: its county {r['county-la']!r} is not a current county")
            county = parent["gss-code"]
        figures = [figure(row[i], f"{r['nice-name']}, {code}") for i, (code, _, _) in zip(columns, lines)]
        out.append(
            "\t".join(
                [r["gss-code"], CLASSES[klass], clean(r["nice-name"]), clean(r["official-name"]), county,
                 population(r["pop-2020"]), *figures]
            )
        )
    elsewhere = [r for r in current if r["nation"] in NATIONS]
    for r in sorted(elsewhere, key=lambda r: r["nice-name"]):
        out.append("\t".join([r["gss-code"], NATIONS[r["nation"]], clean(r["nice-name"]), clean(r["official-name"])]))
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ra", type=pathlib.Path, default=RA, help="the Revenue Account table (CSV, Mac Roman)")
    parser.add_argument("--register", type=pathlib.Path, default=REGISTER, help="mySociety's register (CSV)")
    parser.add_argument("--out", type=pathlib.Path, default=OUT, help="the compact file to write")
    args = parser.parse_args()
    text = build(args.ra, args.register)
    data = text.encode("utf-8")
    args.out.write_bytes(data)
    councils = sum(1 for line in text.splitlines() if re.match(r"E\d{8}\t", line))
    print(f"{args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out}: {councils} English councils, "
          f"{len(LINES)} lines, {len(data):,} bytes raw, {len(gzip.compress(data, 9)):,} gzip")


if __name__ == "__main__":
    main()
