//! Chart labels that do not fit on one line: Welsh labels run longer than English ones
//! ("Cyfran yr arbedion arfaethedig sy'n cyrraedd"), and an SVG does not wrap text, so a
//! long label is split in two at the space nearest its middle.

/// `label` as one line, or as two split at the space nearest the middle when it is longer
/// than `max_chars` characters (and has a space to split at).
pub fn label_lines(label: &str, max_chars: usize) -> Vec<&str> {
    if label.chars().count() <= max_chars {
        return vec![label];
    }
    let middle = label.len() / 2;
    let split = label
        .match_indices(' ')
        .map(|(i, _)| i)
        .min_by_key(|i| i.abs_diff(middle));
    match split.and_then(|i| Some((label.get(..i)?, label.get(i + 1..)?))) {
        Some((first, second)) => vec![first, second],
        None => vec![label],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_labels_stay_whole_and_long_ones_split_near_the_middle() {
        assert_eq!(label_lines("Discount rate", 30), ["Discount rate"]);
        assert_eq!(
            label_lines("Share of savings that arrives", 30),
            ["Share of savings that arrives"]
        );
        assert_eq!(
            label_lines("Cyfran yr arbedion arfaethedig sy'n cyrraedd", 30),
            ["Cyfran yr arbedion", "arfaethedig sy'n cyrraedd"]
        );
        assert_eq!(
            label_lines("Blynyddoedd nes cael yr arbedion llawn", 30),
            ["Blynyddoedd nes cael", "yr arbedion llawn"]
        );
        assert_eq!(
            label_lines("Unbreakablewordwithnospaces", 5),
            ["Unbreakablewordwithnospaces"]
        );
    }
}
