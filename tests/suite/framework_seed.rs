//! The framework data against the source table: every text verbatim (tags dropped), counts kept.

use retail_maturity::Framework;

/// The source table as shipped in `data/seed/` (a verbatim copy of the shared seed).
const SEED: &str = include_str!("../../data/seed/15-types-digital-commerce.txt");

fn strip_tags(s: &str) -> String {
    s.replace("<u>", "").replace("</u>", "")
}

/// Rows of the table: family cell (empty on continuation rows) and the cells after it.
fn seed_rows() -> Vec<Vec<String>> {
    SEED.lines()
        .filter(|l| l.contains('\t'))
        .skip(1) // the header row
        .map(|l| l.split('\t').map(strip_tags).collect())
        .collect()
}

#[test]
fn the_framework_has_15_families_17_tracks_82_levels() {
    let fw = Framework::builtin();
    assert_eq!(fw.families.len(), 15);
    assert_eq!(fw.tracks().count(), 17);
    assert_eq!(fw.tracks().map(|(_, t)| t.levels.len()).sum::<usize>(), 82);
    assert_eq!(seed_rows().len(), 17);
}

#[test]
fn every_text_matches_the_source_table_word_for_word() {
    let fw = Framework::builtin();
    let rows = seed_rows();
    let mut family_names = rows
        .iter()
        .filter(|r| !r[0].is_empty())
        .map(|r| r[0].clone());
    for f in &fw.families {
        assert_eq!(
            Some(f.name.fr.clone()),
            family_names.next(),
            "family {}",
            f.id
        );
    }
    for (row, (family, track)) in rows.iter().zip(fw.tracks()) {
        // Cells: family, then level cells from the most advanced (leftmost) to the simplest,
        // then the in-store counterpart. ReCommerce rows put the track name in the first cell.
        let mut cells = row[1..].to_vec();
        if family.tracks.len() > 1 {
            let name = cells.remove(0);
            assert_eq!(
                track.name.as_ref().unwrap().fr,
                name,
                "track name of {}",
                track.id
            );
        }
        let in_store = cells.pop().unwrap();
        assert_eq!(track.in_store.fr, in_store, "in-store text of {}", track.id);
        assert_eq!(cells.len(), track.levels.len(), "levels of {}", track.id);
        for (k, cell) in cells.iter().enumerate() {
            let position = (cells.len() - k) as u8;
            let level = track.level(position).unwrap();
            assert_eq!(&level.text.fr, cell, "{} level {position}", track.id);
            assert!(
                !level.text.en.trim().is_empty(),
                "{} level {position} has an English text",
                track.id
            );
        }
    }
}

#[test]
fn the_reading_of_the_table_is_written_in_the_data() {
    let fw = Framework::builtin();
    assert!(fw.reading.fr.contains("1 = le plus simple"));
    assert!(fw.reading.en.contains("1 = simplest"));
}
