//! A host's primary colour, checked for contrast: white text on it, and the colour as text on
//! white, must reach WCAG AA (4.5:1). A colour that fails is darkened step by step until it
//! passes, and the app says so in the console. Integer arithmetic only (no float maths in the
//! WebAssembly): luminances are scaled by 1 000 000.

/// sRGB channel value → linear light × 1 000 000 (WCAG 2.1 relative luminance).
static LINEAR: [u32; 256] = [
    0, 304, 607, 911, 1214, 1518, 1821, 2125, 2428, 2732, 3035, 3347, 3677, 4025, 4391, 4777,
    5182, 5605, 6049, 6512, 6995, 7499, 8023, 8568, 9134, 9721, 10330, 10960, 11612, 12286, 12983, 13702,
    14444, 15209, 15996, 16807, 17642, 18500, 19382, 20289, 21219, 22174, 23153, 24158, 25187, 26241, 27321, 28426,
    29557, 30713, 31896, 33105, 34340, 35601, 36889, 38204, 39546, 40915, 42311, 43735, 45186, 46665, 48172, 49707,
    51269, 52861, 54480, 56128, 57805, 59511, 61246, 63010, 64803, 66626, 68478, 70360, 72272, 74214, 76185, 78187,
    80220, 82283, 84376, 86500, 88656, 90842, 93059, 95307, 97587, 99899, 102242, 104616, 107023, 109462, 111932, 114435,
    116971, 119538, 122139, 124772, 127438, 130136, 132868, 135633, 138432, 141263, 144128, 147027, 149960, 152926, 155926, 158961,
    162029, 165132, 168269, 171441, 174647, 177888, 181164, 184475, 187821, 191202, 194618, 198069, 201556, 205079, 208637, 212231,
    215861, 219526, 223228, 226966, 230740, 234551, 238398, 242281, 246201, 250158, 254152, 258183, 262251, 266356, 270498, 274677,
    278894, 283149, 287441, 291771, 296138, 300544, 304987, 309469, 313989, 318547, 323143, 327778, 332452, 337164, 341914, 346704,
    351533, 356400, 361307, 366253, 371238, 376262, 381326, 386429, 391572, 396755, 401978, 407240, 412543, 417885, 423268, 428690,
    434154, 439657, 445201, 450786, 456411, 462077, 467784, 473531, 479320, 485150, 491021, 496933, 502886, 508881, 514918, 520996,
    527115, 533276, 539479, 545724, 552011, 558340, 564712, 571125, 577580, 584078, 590619, 597202, 603827, 610496, 617207, 623960,
    630757, 637597, 644480, 651406, 658375, 665387, 672443, 679542, 686685, 693872, 701102, 708376, 715694, 723055, 730461, 737910,
    745404, 752942, 760525, 768151, 775822, 783538, 791298, 799103, 806952, 814847, 822786, 830770, 838799, 846873, 854993, 863157,
    871367, 879622, 887923, 896269, 904661, 913099, 921582, 930111, 938686, 947307, 955973, 964686, 973445, 982251, 991102, 1000000,];

/// An RGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#rgb` or `#rrggbb` (case-insensitive).
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#')?;
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |s: &str| u8::from_str_radix(s, 16).ok();
        match hex.len() {
            3 => {
                let d = |i: usize| hex.get(i..i + 1).and_then(channel).map(|v| v * 17);
                Some(Rgb(d(0)?, d(1)?, d(2)?))
            }
            6 => Some(Rgb(channel(hex.get(0..2)?)?, channel(hex.get(2..4)?)?, channel(hex.get(4..6)?)?)),
            _ => None,
        }
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// Relative luminance × 1 000 000.
    pub fn luminance(self) -> u64 {
        let l = |c: u8| u64::from(LINEAR.get(usize::from(c)).copied().unwrap_or(0));
        (2126 * l(self.0) + 7152 * l(self.1) + 722 * l(self.2)) / 10_000
    }

    /// Contrast ratio with white × 100 (450 is 4.5:1).
    pub fn contrast_with_white_x100(self) -> u64 {
        // (1 + 0.05) / (L + 0.05), everything × 1 000 000.
        100 * 1_050_000 / (self.luminance() + 50_000)
    }

    /// The same hue, each channel scaled by `percent`.
    pub fn scaled(self, percent: u16) -> Rgb {
        let s = |c: u8| u8::try_from(u16::from(c) * percent / 100).unwrap_or(c);
        Rgb(s(self.0), s(self.1), s(self.2))
    }
}

/// WCAG 2.1 AA for normal text.
pub const AA_X100: u64 = 450;

/// The colour to use and whether it had to be darkened to reach AA on white.
pub fn accessible_primary(color: Rgb) -> (Rgb, bool) {
    let mut c = color;
    let mut darkened = false;
    while c.contrast_with_white_x100() < AA_X100 {
        c = c.scaled(90);
        darkened = true;
    }
    (c, darkened)
}

/// A darker shade for hover states and links (keeps AA by construction).
pub fn darker(color: Rgb) -> Rgb {
    color.scaled(75)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::panic)] // tests may panic
mod tests {
    use super::*;

    #[test]
    fn hex_colours_are_read_in_both_forms() {
        assert_eq!(Rgb::parse("#00a"), Some(Rgb(0, 0, 0xaa)));
        assert_eq!(Rgb::parse("#1D4ED8"), Some(Rgb(0x1d, 0x4e, 0xd8)));
        for bad in ["00a", "#00", "#0000", "#ggg", "#12345z", "", "#"] {
            assert_eq!(Rgb::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn contrast_matches_the_wcag_formula() {
        // Black on white is 21:1, white on white 1:1, #767676 is the classic 4.54:1.
        assert_eq!(Rgb(0, 0, 0).contrast_with_white_x100(), 2100);
        assert_eq!(Rgb(255, 255, 255).contrast_with_white_x100(), 100);
        assert_eq!(Rgb(0x76, 0x76, 0x76).contrast_with_white_x100(), 454);
    }

    #[test]
    fn a_pale_colour_is_darkened_until_it_reaches_aa_and_a_dark_one_is_kept() {
        let (c, darkened) = accessible_primary(Rgb(0xff, 0xcc, 0x00));
        assert!(darkened);
        assert!(c.contrast_with_white_x100() >= AA_X100);
        assert_eq!(accessible_primary(Rgb(0, 0, 0xaa)), (Rgb(0, 0, 0xaa), false));
    }
}
