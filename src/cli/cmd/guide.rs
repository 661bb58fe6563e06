//! `guide`: the guidance of the framework — what each practice means in a retail business, how
//! to tell you do it, why, what to do first, what to measure, its effort and impact — for one
//! track, one level of it, or all of them, to prepare a workshop.

use crate::cli::print::out;
use crate::cli::{Context, Result};
use crate::framework::{Family, Guidance, Track};
use crate::lang::Lang;
use crate::msg;
use crate::plan::Quadrant;
use std::process::ExitCode;

/// Options of `guide`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// A track id (`e-commerce`, `rental`…; `retail-maturity guide` lists them all).
    pub track: Option<String>,
    /// Only this level of the track (0 is the in-store counterpart).
    #[arg(long, value_name = "N")]
    pub level: Option<u8>,
}

/// Runs `guide`.
pub fn run(ctx: &Context, args: &Args) -> Result<ExitCode> {
    let l = ctx.lang;
    let fw = &ctx.framework;
    let chosen: Vec<(&Family, &Track)> = match &args.track {
        None => fw.tracks().collect(),
        Some(id) => match fw.track(id) {
            Some(t) => vec![t],
            None => {
                let ids: Vec<&str> = fw.tracks().map(|(_, t)| t.id.as_str()).collect();
                return Err(msg!(
                    "cli-guide-unknown-track",
                    track = crate::text::short(id, 80).into_owned(),
                    tracks = ids.join(", ")
                )
                .into());
            }
        },
    };
    if args.level.is_some() && args.track.is_none() {
        return Err(msg!("cli-guide-level-needs-track").into());
    }
    let mut s = String::new();
    if let Some(scale) = &fw.guidance_scale {
        s.push_str(scale.effort.get(l));
        s.push('\n');
        s.push_str(scale.impact.get(l));
        s.push_str("\n\n");
    }
    for (f, t) in chosen {
        s.push_str(&format!("== {}\n\n", f.track_label(t, l)));
        for level in t.ladder() {
            if args.level.is_some_and(|n| n != level.position) {
                continue;
            }
            s.push_str(&format!("{} · {}\n", level.position, level.text.get(l)));
            match &level.guidance {
                Some(g) => s.push_str(&guidance_text(g, l)),
                None => s.push_str(&format!("  {}\n", l.t("cli-guide-none"))),
            }
            s.push('\n');
        }
        if args.level.is_none_or(|n| n == 0) {
            s.push_str(&format!(
                "{} · {}\n",
                l.t("col-in-store"),
                t.in_store.get(l)
            ));
            match &t.in_store_guidance {
                Some(g) => s.push_str(&guidance_text(g, l)),
                None => s.push_str(&format!("  {}\n", l.t("cli-guide-none"))),
            }
            s.push('\n');
        }
        if let Some(n) = args.level.filter(|n| *n > t.top()) {
            return Err(msg!(
                "level-not-offered",
                level = n,
                track = t.id.as_str(),
                top = t.top()
            )
            .into());
        }
    }
    out!("{s}")?;
    Ok(ExitCode::SUCCESS)
}

/// One practice's guidance, indented, as the terminal shows it.
fn guidance_text(g: &Guidance, l: Lang) -> String {
    let word = |v| crate::report::rating_word(v, l);
    let mut s = String::new();
    let colon = l.t("report-colon");
    let mut line = |label: &str, text: &str| s.push_str(&format!("  {label}{colon} {text}\n"));
    line(l.t("report-meaning"), g.meaning.get(l));
    for sign in g.signs.get(l) {
        line(l.t("cli-guide-sign"), sign);
    }
    line(l.t("report-why"), g.why.get(l));
    for (i, step) in g.first_steps.get(l).iter().enumerate() {
        line(&format!("{} {}", l.t("report-what-to-do"), i + 1), step);
    }
    for k in g.kpis.get(l) {
        line(l.t("report-kpis"), k);
    }
    let q = Quadrant::of(g.effort, g.impact);
    line(
        l.t("col-effort-impact"),
        &format!("{} / {} — {}", word(g.effort), word(g.impact), l.t(q.key())),
    );
    s
}
