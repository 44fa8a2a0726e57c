//! Which plural form a count takes, by the CLDR rules for each language. English has two
//! forms; Welsh has six (0 blynedd, 1 flwyddyn, 2 flynedd, 3 blynedd, 6 blynedd, 4 o
//! flynyddoedd…), which is why messages are chosen by category and not by "is it 1".

use super::Lang;

/// A CLDR plural category, numbered as the generated message tables hold them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Welsh 0.
    Zero = 0,
    /// 1 in both languages.
    One = 1,
    /// Welsh 2.
    Two = 2,
    /// Welsh 3.
    Few = 3,
    /// Welsh 6.
    Many = 4,
    /// Everything else.
    Other = 5,
}

/// The plural category of the whole number `n` in `lang`.
pub fn category(lang: Lang, n: u64) -> Category {
    match (lang, n) {
        (_, 1) => Category::One,
        (Lang::En, _) => Category::Other,
        (Lang::Cy, 0) => Category::Zero,
        (Lang::Cy, 2) => Category::Two,
        (Lang::Cy, 3) => Category::Few,
        (Lang::Cy, 6) => Category::Many,
        (Lang::Cy, _) => Category::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn welsh_has_six_forms_and_english_two() {
        let cy: Vec<Category> = [0, 1, 2, 3, 4, 5, 6, 7, 10, 20, 100]
            .iter()
            .map(|n| category(Lang::Cy, *n))
            .collect();
        use Category::*;
        assert_eq!(
            cy,
            [Zero, One, Two, Few, Other, Other, Many, Other, Other, Other, Other]
        );
        assert_eq!(category(Lang::En, 0), Other);
        assert_eq!(category(Lang::En, 1), One);
        assert_eq!(category(Lang::En, 2), Other);
    }
}
