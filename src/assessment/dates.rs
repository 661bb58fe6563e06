//! Dates of assessments (written YYYY-MM-DD, typed day first in France) and the labels that
//! name an assessment in lists and legends.

/// The most characters of a retailer's name that a label keeps.
pub const LABEL_CHARS: usize = 120;

/// Whether `d` is a real calendar date written exactly `YYYY-MM-DD`.
pub fn is_iso_date(d: &str) -> bool {
    let b = d.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    if !(digits(0..4) && digits(5..7) && digits(8..10)) {
        return false;
    }
    let number = |r: std::ops::Range<usize>| d[r].parse::<u32>().unwrap_or(0);
    chrono::NaiveDate::from_ymd_opt(number(0..4) as i32, number(5..7), number(8..10)).is_some()
}

/// A date typed day first, as in France (`14/03/2025`, `14.03.2025`, `14-03-2025`, `1/3/2025`),
/// written `YYYY-MM-DD`; `None` when it is not such a date.
pub fn date_from_day_first(d: &str) -> Option<String> {
    let parts: Vec<&str> = d.trim().split(['/', '.', '-']).collect();
    let [day, month, year] = parts.as_slice() else {
        return None;
    };
    let number = |s: &str, max_len: usize| {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (day, month) = (number(day, 2)?, number(month, 2)?);
    let year = number(year, 4).filter(|_| year.len() == 4)?;
    chrono::NaiveDate::from_ymd_opt(year as i32, month, day).map(|d| d.to_string())
}

/// `retailer (date)`, or `?` for a retailer not named yet (long names cut for labels).
pub fn label(retailer: &str, date: Option<&str>) -> String {
    let name = if retailer.trim().is_empty() {
        "?".into()
    } else {
        crate::text::short(retailer.trim(), LABEL_CHARS)
    };
    match date {
        Some(d) => format!("{name} ({})", crate::text::short(d, 20)),
        None => name.to_string(),
    }
}
