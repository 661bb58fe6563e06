//! How the tables of the app, the command line and the CSV exports write a level and an
//! in-store answer, so that all of them say "not answered yet" the same way.

use crate::lang::Lang;

/// A level out of its track's (or family's) top: `3/5`; `3/4 ?` while some of the tracks it
/// sums up are not answered yet; `-` when none is; `n/a` (« s.o. ») when the family does not
/// apply.
pub fn level_cell(
    lang: Lang,
    applicable: bool,
    level: u8,
    top: u8,
    answered: impl IntoIterator<Item = bool>,
) -> String {
    let (mut some, mut all) = (false, true);
    for a in answered {
        some |= a;
        all &= a;
    }
    match (applicable, some, all) {
        (false, _, _) => lang.t("not-applicable-short").to_string(),
        (true, false, _) => "-".to_string(),
        (true, true, true) => format!("{level}/{top}"),
        (true, true, false) => format!("{level}/{top} ?"),
    }
}

/// In-store answers for a table cell: yes, no or `—` (not answered yet) for one track, else
/// how many of the tracks have the counterpart, as `1/3` (`—` while none is answered, as for
/// one track).
pub fn in_store_cell(lang: Lang, answers: &[Option<bool>]) -> String {
    match answers {
        [one] => one
            .map_or(lang.t("not-answered-dash"), |yes| lang.yes_no(yes))
            .to_string(),
        many if many.iter().all(Option::is_none) => lang.t("not-answered-dash").to_string(),
        many => format!(
            "{}/{}",
            many.iter().filter(|a| **a == Some(true)).count(),
            many.len()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_say_what_is_not_answered_yet() {
        let en = Lang::EN;
        assert_eq!(level_cell(en, true, 3, 5, [true]), "3/5");
        assert_eq!(level_cell(en, true, 0, 5, [true]), "0/5", "0 is an answer");
        assert_eq!(level_cell(en, true, 0, 5, [false]), "-");
        assert_eq!(level_cell(en, true, 2, 4, [true, false, true]), "2/4 ?");
        assert_eq!(level_cell(en, false, 3, 5, [true]), "n/a");
        assert_eq!(level_cell(Lang::FR, false, 3, 5, [true]), "s.o.");
    }

    #[test]
    fn in_store_is_yes_no_a_dash_or_a_count() {
        assert_eq!(in_store_cell(Lang::FR, &[Some(true)]), "oui");
        assert_eq!(in_store_cell(Lang::EN, &[Some(false)]), "no");
        assert_eq!(in_store_cell(Lang::EN, &[None]), "—");
        assert_eq!(
            in_store_cell(Lang::EN, &[Some(true), None, Some(false)]),
            "1/3"
        );
        assert_eq!(
            in_store_cell(Lang::EN, &[None, None, None]),
            "—",
            "three tracks none answered: not answered, not 0/3"
        );
    }
}
