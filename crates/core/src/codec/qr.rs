//! A scenario's link as a QR code, for a committee paper: the code is drawn as one SVG path,
//! so it prints sharply at any size and needs no image file. Pure: the UI puts the path in
//! an `<svg>`. Owns the choice of error correction and the largest code offered.
//!
//! The limit: a code is at most version [`MAX_VERSION`] (117 × 117 modules, 125 with the
//! quiet zone). The print view draws the code 6 cm wide, so each module is then about
//! 0.5 mm, near the smallest a phone camera reads reliably from a sheet held in the hand;
//! a larger code would be denser still. With error correction level M, version 25 holds a
//! 997-character link, above a typical scenario's (the default example's is about 840).

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest QR version offered; a longer link gets a message instead of a code.
pub const MAX_VERSION: u8 = 25;

/// White modules around the code on every side, as the QR standard asks, so a scanner can
/// find its edges on a busy page.
pub const QUIET_ZONE: i32 = 4;

/// A QR code ready for an `<svg>`: `viewBox="0 0 side side"`, a white background, and the
/// dark modules as the path `d` drawn in black.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included.
    pub side: i32,
    /// The dark modules: one rectangle per horizontal run, in module units.
    pub path: String,
}

/// The QR code of `text` at error correction level M (raised where that costs no extra
/// size), or `None` when `text` needs a code larger than version [`MAX_VERSION`].
pub fn qr_svg_path(text: &str) -> Option<QrSvg> {
    let code = encode(text)?;
    Some(QrSvg {
        side: code.size() + 2 * QUIET_ZONE,
        path: path_of(&code),
    })
}

/// The code itself: the smallest version that holds `text`, up to [`MAX_VERSION`].
fn encode(text: &str) -> Option<QrCode> {
    QrCode::encode_segments_advanced(
        &QrSegment::make_segments(text),
        QrCodeEcc::Medium,
        Version::MIN,
        Version::new(MAX_VERSION),
        None,
        true,
    )
    .ok()
}

/// The path of the dark modules, each horizontal run of them as one rectangle, shifted by
/// the quiet zone.
fn path_of(code: &QrCode) -> String {
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            if !path.is_empty() {
                path.push(' ');
            }
            path.push_str(&format!(
                "M{},{}h{run}v1h-{run}z",
                start + QUIET_ZONE,
                y + QUIET_ZONE
            ));
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The dark modules a path draws, read back from its rectangles.
    fn dark_modules(svg: &QrSvg) -> Vec<(i32, i32)> {
        let mut dark = Vec::new();
        for rect in svg.path.split(' ') {
            let body = rect.strip_prefix('M').and_then(|r| r.strip_suffix('z'));
            let (start, run) = body.and_then(|b| b.split_once('h')).expect("M…h…");
            let (x, y) = start.split_once(',').expect("x,y");
            let run: i32 = run.split_once('v').expect("h…v").0.parse().expect("run");
            let (x, y): (i32, i32) = (x.parse().expect("x"), y.parse().expect("y"));
            dark.extend((x..x + run).map(|x| (x, y)));
        }
        dark
    }

    #[test]
    fn the_path_draws_exactly_the_codes_dark_modules_inside_a_quiet_zone() {
        let text = "https://example.org/calculator/#s=q1bKSaxUsjLUUUpJLElUslKqBgA";
        let svg = qr_svg_path(text).expect("a short link fits");
        let code = encode(text).expect("fits");
        assert_eq!(svg.side, code.size() + 8);
        let mut expected = Vec::new();
        for y in 0..code.size() {
            for x in 0..code.size() {
                if code.get_module(x, y) {
                    expected.push((x + 4, y + 4));
                }
            }
        }
        let drawn = dark_modules(&svg);
        assert_eq!(drawn, expected);
        // The top-left finder pattern starts right after the quiet zone.
        assert!(svg.path.starts_with("M4,4h7v1h-7z"), "{}", &svg.path[..20]);
        assert!(drawn
            .iter()
            .all(|&(x, y)| (4..svg.side - 4).contains(&x) && (4..svg.side - 4).contains(&y)));
    }

    #[test]
    fn a_link_within_the_budget_fits_and_a_huge_one_gets_no_code() {
        // The link budget (800 characters) of base64url after a typical address.
        let budget = format!("https://example.org/calculator/#s={}", "Ab9_-".repeat(153));
        let svg = qr_svg_path(&budget).expect("a link within the budget fits");
        assert!(svg.side <= i32::from(MAX_VERSION) * 4 + 17 + 8);
        assert_eq!(qr_svg_path(&"x".repeat(998)), None);
        assert!(qr_svg_path(&"x".repeat(997)).is_some());
    }

    #[test]
    fn empty_text_still_makes_the_smallest_code() {
        let svg = qr_svg_path("").expect("empty fits");
        assert_eq!(svg.side, 21 + 8);
    }
}
