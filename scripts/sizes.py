"""Prints each file a first visit downloads, with its raw and gzip (level 9) size, and the totals
for each page: the residents' summary (`?view=summary`, the residents' program) and the
calculator (everything else, the calculator's program). Both share index.html, the CSS and the
icon.

Used by scripts/build so that anyone can see what a first visit downloads.
"""
import gzip
import pathlib
import sys


# Shipped beside the app but never fetched by a visit to it: host configuration, and the
# script a council's own page loads to size an embedded iframe.
NOT_FETCHED = {"_headers", "nginx-sharecalc.conf", "embed.js"}
# Fetched only when asked for: the real councils' picker (its program and the councils'
# budgets, when "Start from real councils" is opened) and the workbook's program (when
# "Download as a spreadsheet (xlsx)" is pressed). Listed, not counted in a first visit.
ON_DEMAND = ("councils-", "workbook-")

# Each page, and the program files (by name prefix) it does not fetch.
PAGES = {"residents' summary": "sharecalc-", "calculator": "residents-"}


def main(dist: str) -> None:
    root = pathlib.Path(dist)
    rows = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.name in NOT_FETCHED:
            continue
        data = path.read_bytes()
        rows.append((str(path.relative_to(root)), len(data), len(gzip.compress(data, 9))))
    width = max([len(name) for name, _, _ in rows] + [len("first visit, residents' summary")])
    print(f"{'file':<{width}}  {'raw':>10}  {'gzip':>10}")
    for name, raw, gz in rows:
        print(f"{name:<{width}}  {raw:>10,}  {gz:>10,}")
    for page, other in PAGES.items():
        fetched = [(r, g) for name, r, g in rows if not name.startswith((other, *ON_DEMAND))]
        label = f"first visit, {page}"
        print(f"{label:<{width}}  {sum(r for r, _ in fetched):>10,}  {sum(g for _, g in fetched):>10,}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "dist")
