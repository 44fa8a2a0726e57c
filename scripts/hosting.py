"""Writes example host configuration beside the built app: `_headers` (Netlify, Cloudflare
Pages) and `nginx-sharecalc.conf`, each with a Content Security Policy that allows only what
sharecalc needs.

Trunk runs this after every build (a post_build hook in Trunk.toml), because the policy names
the SHA-256 hash of the one inline script Trunk writes (the loader that starts the wasm), and
that script changes with every build's file names. With the hash there is no 'unsafe-inline'.
"""
import base64
import hashlib
import os
import pathlib
import re
import sys

# frame-ancestors: who may put sharecalc in an iframe. 'self' alone forbids every other site;
# a council that embeds it lists its own sites, for example:
#   frame-ancestors 'self' https://www.example-council.gov.uk https://intranet.example-council.gov.uk
FRAME_ANCESTORS = "'self'"


def inline_script_hashes(html: str) -> list[str]:
    """The CSP source for each inline <script> (one without src=)."""
    hashes = []
    for match in re.finditer(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, re.S):
        digest = hashlib.sha256(match.group(1).encode("utf-8")).digest()
        hashes.append("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return hashes


def policy(hashes: list[str]) -> str:
    return "; ".join(
        [
            "default-src 'none'",
            "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
            "style-src 'self'",
            "img-src 'self' data: blob:",
            "connect-src 'self'",
            "frame-src 'self'",
            "base-uri 'none'",
            "form-action 'none'",
            f"frame-ancestors {FRAME_ANCESTORS}",
        ]
    ).strip()


HEADERS = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


def netlify(csp: str) -> str:
    lines = [
        "# Example headers for Netlify and Cloudflare Pages, written by scripts/hosting.py at build time.",
        "# To let your council's own pages embed sharecalc, add their origins to frame-ancestors",
        "# (it works only as a header, never in a <meta> tag), e.g.",
        "#   frame-ancestors 'self' https://www.example-council.gov.uk",
        "/*",
        f"  Content-Security-Policy: {csp}",
    ]
    lines += [f"  {name}: {value}" for name, value in HEADERS.items()]
    lines += ["", "/*.wasm", "  Content-Type: application/wasm", ""]
    return "\n".join(lines)


def nginx(csp: str) -> str:
    lines = [
        "# Example nginx configuration for sharecalc, written by scripts/hosting.py at build time.",
        "# Put it inside the server { } or location { } block that serves the dist/ folder.",
        "# To let your council's own pages embed sharecalc, add their origins to frame-ancestors, e.g.",
        "#   frame-ancestors 'self' https://www.example-council.gov.uk",
        "types { application/wasm wasm; }",
        f'add_header Content-Security-Policy "{csp}" always;',
    ]
    lines += [f'add_header {name} "{value}" always;' for name, value in HEADERS.items()]
    return "\n".join(lines) + "\n"


RESIDENTS = ("residents.js", "residents_bg.wasm")


def hash_residents(root: pathlib.Path) -> None:
    """Gives the residents' page's files content-hashed names, as Trunk gives the calculator's,
    so that a browser never pairs a cached old file with a new page; the loader in index.html
    is rewritten to match. (Trunk builds them as a "worker", whose names it leaves plain.)"""
    js, wasm = (root / name for name in RESIDENTS)
    if not js.exists() or not wasm.exists():
        return
    digest = hashlib.sha256(js.read_bytes() + wasm.read_bytes()).hexdigest()[:16]
    index = root / "index.html"
    html = index.read_text(encoding="utf-8")
    for path in (js, wasm):
        hashed = path.name.replace("residents", f"residents-{digest}", 1)
        path.rename(root / hashed)
        html = html.replace(f"/{path.name}", f"/{hashed}")
    index.write_text(html, encoding="utf-8")


COUNCILS = "councils.tsv"
COUNCILS_META = "sharecalc-councils"


def hash_councils(root: pathlib.Path) -> None:
    """Gives the file of real councils (fetched when the picker opens) a content-hashed name,
    and tells the calculator that name in a <meta> of index.html, since no server can."""
    data = root / COUNCILS
    if not data.exists():
        return
    digest = hashlib.sha256(data.read_bytes()).hexdigest()[:16]
    hashed = f"councils-{digest}.tsv"
    data.rename(root / hashed)
    index = root / "index.html"
    html = index.read_text(encoding="utf-8")
    meta = f'<meta name="{COUNCILS_META}" content="{hashed}">'
    html = html.replace("</head>", f"{meta}</head>", 1)
    index.write_text(html, encoding="utf-8")


def main(folder: str) -> None:
    root = pathlib.Path(folder)
    hash_residents(root)
    hash_councils(root)
    csp = policy(inline_script_hashes((root / "index.html").read_text(encoding="utf-8")))
    (root / "_headers").write_text(netlify(csp), encoding="utf-8")
    (root / "nginx-sharecalc.conf").write_text(nginx(csp), encoding="utf-8")


if __name__ == "__main__":
    main(os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist"))
