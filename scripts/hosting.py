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


def hash_program(root: pathlib.Path, name: str) -> str | None:
    """Gives a program Trunk builds as a "worker" (whose names it leaves plain: the residents'
    program, the councils' picker, the spreadsheet download) content-hashed names like the
    calculator's, so that a browser never pairs a cached old file with a new page; references
    in index.html (the loader) are rewritten to match. The hashed name, without its ending."""
    js, wasm = root / f"{name}.js", root / f"{name}_bg.wasm"
    if not js.exists() or not wasm.exists():
        return None
    digest = hashlib.sha256(js.read_bytes() + wasm.read_bytes()).hexdigest()[:16]
    index = root / "index.html"
    html = index.read_text(encoding="utf-8")
    for path in (js, wasm):
        hashed = path.name.replace(name, f"{name}-{digest}", 1)
        path.rename(root / hashed)
        html = html.replace(f"/{path.name}", f"/{hashed}")
    index.write_text(html, encoding="utf-8")
    return f"{name}-{digest}"


def tell_calculator(root: pathlib.Path, name: str, content: str) -> None:
    """Writes <meta name="{name}" content="{content}"> into index.html: how the calculator
    learns a hashed name with no server to ask."""
    index = root / "index.html"
    html = index.read_text(encoding="utf-8")
    html = html.replace("</head>", f'<meta name="{name}" content="{content}"></head>', 1)
    index.write_text(html, encoding="utf-8")


COUNCILS = "councils.tsv"


def hash_councils(root: pathlib.Path) -> None:
    """The real councils' picker (a program of its own) and its file of councils, both fetched
    only when the picker is opened: hashed names, told to the calculator."""
    program = hash_program(root, "councils")
    if program:
        tell_calculator(root, "sharecalc-councils-program", program)
    data = root / COUNCILS
    if data.exists():
        digest = hashlib.sha256(data.read_bytes()).hexdigest()[:16]
        hashed = f"councils-{digest}.tsv"
        data.rename(root / hashed)
        tell_calculator(root, "sharecalc-councils", hashed)


def hash_workbook(root: pathlib.Path) -> None:
    """The spreadsheet download's program, fetched only when its button is pressed: a hashed
    name, told to the calculator."""
    program = hash_program(root, "workbook")
    if program:
        tell_calculator(root, "sharecalc-workbook-program", program)


def main(folder: str) -> None:
    root = pathlib.Path(folder)
    hash_program(root, "residents")
    hash_councils(root)
    hash_workbook(root)
    csp = policy(inline_script_hashes((root / "index.html").read_text(encoding="utf-8")))
    (root / "_headers").write_text(netlify(csp), encoding="utf-8")
    (root / "nginx-sharecalc.conf").write_text(nginx(csp), encoding="utf-8")


if __name__ == "__main__":
    main(os.environ.get("TRUNK_STAGING_DIR") or (sys.argv[1] if len(sys.argv) > 1 else "dist"))
