//! The hand-off to the person's phone: the share link as a QR code, drawn as SVG by the second
//! module on the results, in advisor mode and on the printed sheet. The link is the app's
//! address followed by the answers in the fragment (`answers::share`), which browsers never
//! send to a server, so scanning it opens the same simulation on the phone with nothing stored
//! anywhere. The code is made by `qrcodegen` (Project Nayuki's reference implementation, no
//! dependency); this file only decides whether the link fits a code that a phone reads at the
//! size it is shown or printed ([`encode`]), and draws the module matrix ([`svg`]).

use super::html::Html;
use super::screen::Screen;
use crate::answers::{share, Answers};
use crate::i18n::t;
use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};

/// The largest QR version drawn: 97 modules a side. Shown 264 px wide (2.5 px a module on a
/// screen, more on every phone's and laptop's high-density display) and printed 40 mm wide
/// (0.38 mm a module, above the 0.33 mm that phone cameras read at arm's length), with the
/// error correction below; a longer link would need smaller modules than that. It holds 666
/// bytes: a link with every answer, three compared contracts, the household and the
/// structure's side is about 550.
pub const MAX_VERSION: u8 = 20;
/// The lowest error correction drawn: M (about 15 % of the code may be damaged or badly
/// printed). `qrcodegen` raises it to Q or H when that fits in the same version.
pub const MIN_ECC: QrCodeEcc = QrCodeEcc::Medium;
/// The empty margin around the code, in modules: 4, as the QR standard (ISO/IEC 18004) asks.
pub const QUIET_ZONE: i32 = 4;

/// The QR code of `link`, or `None` when it does not fit [`MAX_VERSION`] at [`MIN_ECC`] (the
/// block then points to "Copier le lien"). Segments are chosen by `qrcodegen` (byte mode for
/// a URL), the mask by the standard's penalty rule.
pub fn encode(link: &str) -> Option<QrCode> {
    let segments = QrSegment::make_segments(link);
    QrCode::encode_segments_advanced(&segments, MIN_ECC, Version::MIN, Version::new(MAX_VERSION), None, true).ok()
}

/// The dark modules of `code`, with the quiet zone, as one SVG path: a rectangle one module
/// high for each horizontal run of dark modules (`M x y h len v 1 h -len z`).
pub fn path(code: &QrCode) -> String {
    let mut d = String::new();
    let size = code.size();
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
            let len = x - start;
            d.push_str(&format!("M{} {}h{len}v1h-{len}z", start + QUIET_ZONE, y + QUIET_ZONE));
        }
    }
    d
}

/// `code` as an inline SVG image named `label` for screen readers, `width` wide (an SVG
/// length: `264`, `40mm`): black modules on a white square, whatever the page's colours, so
/// that a camera reads it. Presentation attributes only (the page's CSP allows no inline style).
pub fn svg(h: &mut Html, code: &QrCode, width: &str, label: &str) {
    let side = (code.size() + 2 * QUIET_ZONE).to_string();
    let view = format!("0 0 {side} {side}");
    let version = code.version().value().to_string();
    h.open("svg", &[
        ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", &view), ("width", width), ("height", width),
        ("role", "img"), ("aria-label", label), ("class", "tr-qr-code"), ("shape-rendering", "crispEdges"),
        ("data-testid", "qr-code"), ("data-version", &version),
    ]);
    h.el("rect", &[("width", &side), ("height", &side), ("fill", "#fff")], "");
    h.el("path", &[("d", &path(code)), ("fill", "#000")], "");
    h.close("svg");
}

/// Where the code is drawn: on the screen (results, advisor mode) or on the printed sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Screen,
    Sheet,
}

/// The link the code carries: `page` (the app's address without fragment, as "Copier le
/// lien" builds it) and the answers, opening on the results, which is what the person wants on
/// their phone, also when the advisor shows the code from advisor mode.
pub fn link(page: &str, a: &Answers) -> String {
    format!("{page}#{}", share::encode(a, Some(Screen::Results.name())))
}

/// The block: a title, how to use it, the code, and the same privacy warning as the share
/// link; or, when the link does not fit (see [`encode`]), a message pointing to "Copier le
/// lien". `left_out` (on the sheet): the justice answer was left out of the code, as it is of
/// the sheet.
pub fn block(h: &mut Html, link: &str, place: Place, left_out: bool) {
    let sheet = place == Place::Sheet;
    h.open("div", &[("class", "tr-qr"), ("data-testid", "qr")]);
    h.el("h3", &[], t("qr.title"));
    match encode(link) {
        Some(code) => {
            h.el("p", &[], if sheet { t("qr.sheet_help") } else { t("qr.help") });
            svg(h, &code, if sheet { "40mm" } else { "264" }, t("qr.label"));
            h.el("p", &[("class", "tr-muted"), ("data-testid", "qr-private")], t("qr.private"));
            if left_out {
                h.el("p", &[("data-testid", "qr-justice")], t("qr.sheet_justice"));
            }
        }
        None => {
            let why = if sheet { t("qr.too_long_sheet") } else { t("qr.too_long") };
            h.el("p", &[("class", "tr-status"), ("data-testid", "qr-too-long")], why);
        }
    }
    h.close("div");
}

/// The block of the share box (results, advisor mode), for the later-blocks table.
pub fn share_block(a: &Answers, page: &str) -> String {
    let mut h = Html::new();
    block(&mut h, &link(page, a), Place::Screen, false);
    h.finish()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// The matrix drawn by [`path`], read back: every `M x y h len v1 h-len z` run.
    fn drawn(d: &str, side: usize) -> Vec<Vec<bool>> {
        let mut m = vec![vec![false; side]; side];
        for run in d.split('M').filter(|r| !r.is_empty()) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let (x, y): (usize, usize) = (x.parse().unwrap(), y.parse().unwrap());
            let len: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            assert_eq!(rest, format!("{len}v1h-{len}z"), "a run is one module high");
            for cell in &mut m[y][x..x + len] {
                assert!(!*cell, "runs do not overlap");
                *cell = true;
            }
        }
        m
    }

    #[test]
    fn the_svg_path_draws_exactly_the_dark_modules_inside_a_four_module_quiet_zone() {
        for link in ["https://example.fr/#v=1", &format!("https://exemple.fr/outils/tremplin/#v=1&b=1990-02-11&{}", "x".repeat(300))] {
            let code = encode(link).unwrap();
            let n = usize::try_from(code.size()).unwrap();
            let side = n + 8;
            let m = drawn(&path(&code), side);
            for (y, row) in m.iter().enumerate() {
                for (x, dark) in row.iter().enumerate() {
                    let inside = (4..4 + n).contains(&x) && (4..4 + n).contains(&y);
                    let expected = inside && code.get_module(i32::try_from(x).unwrap() - 4, i32::try_from(y).unwrap() - 4);
                    assert_eq!(*dark, expected, "module ({x}, {y}) of {link}");
                }
            }
        }
    }

    #[test]
    fn the_svg_is_an_image_with_a_name_sized_by_its_place_and_black_on_white() {
        let code = encode("https://example.fr/#v=1").unwrap();
        let mut h = Html::new();
        svg(&mut h, &code, "40mm", "Code QR");
        let html = h.finish();
        let side = code.size() + 8;
        assert!(html.starts_with("<svg "), "{html}");
        for attr in [
            "role=\"img\"".to_owned(), "aria-label=\"Code QR\"".to_owned(), "width=\"40mm\"".to_owned(),
            format!("viewBox=\"0 0 {side} {side}\""), "fill=\"#fff\"".to_owned(), "fill=\"#000\"".to_owned(),
        ] {
            assert!(html.contains(&attr), "{attr} in {html}");
        }
        assert!(!html.contains("style="), "the page's CSP refuses inline styles");
    }

    // Byte mode at error correction M holds 666 bytes in version 20 (ISO/IEC 18004, table 7).
    #[test]
    fn a_link_of_666_bytes_fits_version_20_and_one_byte_more_falls_back_to_copying_the_link() {
        let page = "https://exemple.fr/#";
        let fits = format!("{page}{}", "a".repeat(666 - page.len()));
        let code = encode(&fits).unwrap();
        assert_eq!(code.version().value(), 20);
        assert_eq!(code.error_correction_level(), QrCodeEcc::Medium);
        assert!(encode(&format!("{fits}a")).is_none());
    }

    #[test]
    fn a_short_link_gets_a_small_code_with_the_error_correction_raised_where_it_fits() {
        let code = encode("https://exemple.fr/outils/tremplin/#v=1&cm=12&cw=26&cd=0&ce=PRIVATE&s=resultats").unwrap();
        assert!(code.version().value() <= 6, "{}", code.version().value());
        assert!(matches!(code.error_correction_level(), QrCodeEcc::Medium | QrCodeEcc::Quartile | QrCodeEcc::High));
    }

    #[test]
    fn the_code_carries_the_results_link_and_the_privacy_warning_of_the_share_box() {
        let a = Answers { department: Some("59".to_owned()), ..Answers::default() };
        let l = link("https://exemple.fr/outils/tremplin/", &a);
        assert!(l.starts_with("https://exemple.fr/outils/tremplin/#v=1&d=59&") && l.ends_with("&s=resultats"), "{l}");
        assert_eq!(share::decode(l.split_once('#').unwrap().1).answers, a);
        let html = share_block(&a, "https://exemple.fr/outils/tremplin/");
        assert!(html.contains("data-testid=\"qr-code\"") && html.contains(t("qr.private")), "{html}");
        assert!(!html.contains("qr-too-long"));
    }

    #[test]
    fn a_link_too_long_for_a_readable_code_says_to_copy_the_link_instead() {
        let long = format!("https://exemple.fr/#{}", "a".repeat(700));
        for (place, words) in [(Place::Screen, "qr.too_long"), (Place::Sheet, "qr.too_long_sheet")] {
            let mut h = Html::new();
            block(&mut h, &long, place, false);
            let html = h.finish();
            assert!(html.contains(t(words)) && html.contains("data-testid=\"qr-too-long\""), "{html}");
            assert!(!html.contains("<svg"), "{html}");
        }
    }
}
