//! What a comparison report's template receives: the assessments in date order, the overall
//! change and trend (one retailer over time) or the standing of each (different retailers),
//! the per-family levels and changes, and the overlaid charts.

use super::common::common;
use crate::assessment::Assessment;
use crate::chart::data::{number, signed};
use crate::compare::{Comparison, Direction};
use crate::framework::Framework;
use crate::lang::Lang;
use serde_json::{Value, json};

/// The view of a comparison.
pub fn view(framework: &Framework, inputs: &[(String, &Assessment)], lang: Lang) -> Value {
    let l = lang;
    let c = Comparison::new(framework, inputs);
    let mut m = common(framework, l, "comparison");
    m.insert(
        "comparison".into(),
        serde_json::to_value(&c).unwrap_or(Value::Null),
    );
    let items: Vec<Value> = c
        .items
        .iter()
        .enumerate()
        .map(|(i, it)| {
            json!({
                "number": format!("#{}", i + 1),
                "label": it.label(),
                "retailer": it.retailer.trim(),
                "date": it.date.as_deref(),
                "score": number(it.overall, l),
                "stage": framework.stages[it.stage].name.get(l),
                "coverage": format!("{} %", number(it.in_store_coverage * 100.0, l)),
            })
        })
        .collect();
    let na = l.t("not-applicable-short");
    let rows: Vec<Value> = framework
        .families
        .iter()
        .zip(&c.families)
        .map(|(f, row)| {
            let levels: Vec<String> = row
                .levels
                .iter()
                .zip(&row.answered)
                .map(|(v, answered)| match (v, answered) {
                    (None, _) => na.to_string(),
                    (Some(_), false) => "–".to_string(),
                    (Some(v), true) => v.to_string(),
                })
                .collect();
            json!({
                "family": f.name.get(l),
                "levels": levels,
                "delta": row.level_delta.map(|d| if d == 0 { "=".to_string() } else { format!("{d:+}") }),
                "score_delta": row.score_delta.map(|d| signed(d, l)),
                "direction": row.score_delta.map(|d| Direction::of(d).word(l)),
            })
        })
        .collect();
    let over_time = !c.different_retailers();
    // The retailers as the comparison tells them apart (case aside).
    let mut names: Vec<&str> = c.items.iter().map(|i| i.retailer.trim()).collect();
    names.sort_by_key(|n| n.to_ascii_lowercase());
    names.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    let retailers = match names.as_slice() {
        [one] => one.to_string(),
        _ => crate::tr!(l, "report-n-retailers", count = names.len()),
    };
    m.insert(
        "summary".into(),
        json!({
            "count": c.items.len(),
            "over_time": over_time,
            "change": signed(c.overall_delta, l),
            "direction": Direction::of(c.overall_delta).word(l),
            "trend": c.trend.as_ref().map(|t| signed(t.per_year, l)),
            "retailers": retailers,
            "first": items.first().cloned(),
            "last": items.last().cloned(),
            "standing": c.standing().iter().map(|st| json!({
                "rank": st.rank,
                "label": c.items[st.item].label(),
                "score": number(c.items[st.item].overall, l),
                "to_best": signed(st.to_best, l),
                "to_mean": signed(st.to_mean, l),
            })).collect::<Vec<_>>(),
        }),
    );
    m.insert("items".into(), Value::Array(items));
    m.insert("rows".into(), Value::Array(rows));
    m.insert(
        "notes".into(),
        c.notes.iter().map(|n| Value::from(n.text(l))).collect(),
    );
    Value::Object(m)
}
