//! The report's engine within a budget. A template is a program (loops, plugins): made by the
//! real binary, a report is typeset in a process of its own (`retail-maturity __typeset`),
//! given [`Budget::SECONDS`] and [`Budget::MEMORY`], and stopped past them with a message naming
//! the template; the app stays responsive meanwhile, the command line exits 1, nothing is
//! written. Wherever it runs, a panic of the engine is caught and said, never a crash.

use super::common::Chart;
use super::template::{Budget, ReportError};
use crate::request::Template;
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::PathBuf;
use std::sync::OnceLock;

/// The binary that typesets reports in a process of its own (set by `main`); none: in-process.
static WORKER: OnceLock<PathBuf> = OnceLock::new();

/// Reports are typeset by `exe __typeset`, in a process of their own, from now on.
pub fn isolate_in(exe: PathBuf) {
    let _ = WORKER.set(exe);
}

/// Most bytes of a PDF read back from the worker.
const MAX_PDF: u64 = 512 * 1024 * 1024;

/// What the worker is asked: the template, the data, the charts.
#[derive(Serialize, Deserialize)]
struct Request {
    name: String,
    source: String,
    folder: Option<PathBuf>,
    data: serde_json::Value,
    charts: Vec<(String, String, String)>,
    fonts: Vec<super::fonts::SystemFace>,
}

/// The PDF of `data` laid out by `template`: in the worker process when there is one, else here.
pub(super) fn typeset(
    template: &Template,
    data: &serde_json::Value,
    charts: Vec<Chart>,
    fonts: &[super::fonts::SystemFace],
) -> Result<Vec<u8>, ReportError> {
    match WORKER.get() {
        Some(exe) => in_worker(exe, template, data, charts, fonts),
        None => caught(template, || {
            super::typeset::pdf(template, data, charts, fonts)
        }),
    }
}

/// `f`, its panic caught and said (the engine has panicked on text it could not lay out).
fn caught(
    template: &Template,
    f: impl FnOnce() -> Result<Vec<u8>, ReportError>,
) -> Result<Vec<u8>, ReportError> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|panic| {
        let detail = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        Err(ReportError::Stopped {
            template: template.name.clone(),
            budget: Budget::Engine,
            detail: engine_detail(&detail),
        })
    })
}

/// What to say of an engine's panic: the known one in plain words, any other one short.
fn engine_detail(panic: &str) -> String {
    if panic.contains("is not a char boundary") {
        // krilla 0.8 cuts a run of text at 64 KiB, inside a character if it is not ASCII.
        "a run of text without a space or line break is longer than the PDF engine takes \
         (64 KiB): break it"
            .into()
    } else {
        crate::text::short(panic.lines().next().unwrap_or_default(), 200).into_owned()
    }
}

fn in_worker(
    exe: &std::path::Path,
    template: &Template,
    data: &serde_json::Value,
    charts: Vec<Chart>,
    fonts: &[super::fonts::SystemFace],
) -> Result<Vec<u8>, ReportError> {
    let stopped = |budget, detail: String| ReportError::Stopped {
        template: template.name.clone(),
        budget,
        detail,
    };
    let request = Request {
        name: template.name.clone(),
        source: template.source.clone(),
        folder: template.folder.clone(),
        data: data.clone(),
        charts: charts
            .into_iter()
            .map(|c| (c.name.into(), c.svg, c.alt))
            .collect(),
        fonts: fonts.to_vec(),
    };
    let body = serde_json::to_vec(&request).expect("a request always serializes");
    let mut child = std::process::Command::new(exe)
        .arg("__typeset")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| stopped(Budget::Engine, e.to_string()))?;
    let (Some(mut input), Some(output), Some(errors)) =
        (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        let _ = child.kill();
        return Err(stopped(Budget::Engine, "no pipe to the engine".into()));
    };
    std::thread::spawn(move || {
        // The worker may stop before reading it all (a budget): nothing to say then.
        let _ = input.write_all(&body);
    });
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut pdf = Vec::new();
        let mut said = String::new();
        let read = output.take(MAX_PDF).read_to_end(&mut pdf);
        let _ = errors.take(1024 * 1024).read_to_string(&mut said);
        let _ = tx.send((read.map(|_| pdf), said));
    });
    let waited = rx.recv_timeout(std::time::Duration::from_secs(Budget::seconds()));
    let Ok((pdf, said)) = waited else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(stopped(Budget::Time, String::new()));
    };
    let status = child
        .wait()
        .map_err(|e| stopped(Budget::Engine, e.to_string()))?;
    match status.code() {
        Some(0) => pdf.map_err(|e| stopped(Budget::Engine, e.to_string())),
        Some(WORKER_ERROR) => Err(serde_json::from_str(&said)
            .unwrap_or_else(|_| stopped(Budget::Engine, said.trim().to_string()))),
        // Killed by the system past the memory budget (an allocation refused aborts).
        _ => Err(stopped(
            Budget::Memory,
            said.lines().last().unwrap_or_default().into(),
        )),
    }
}

/// The worker's exit code when the template has an error (said on standard error, as JSON).
const WORKER_ERROR: i32 = 3;

/// `retail-maturity __typeset`: reads a request on standard input, writes the PDF on standard
/// output, within the memory budget; a template's error goes to standard error as JSON.
pub fn worker() -> std::process::ExitCode {
    #[cfg(unix)]
    {
        let _ = rlimit::setrlimit(rlimit::Resource::DATA, Budget::MEMORY, Budget::MEMORY);
    }
    // A panic is said by the parent, in its words: none printed here.
    std::panic::set_hook(Box::new(|_| {}));
    let mut body = Vec::new();
    if std::io::stdin()
        .take(256 * 1024 * 1024)
        .read_to_end(&mut body)
        .is_err()
    {
        return std::process::ExitCode::FAILURE;
    }
    let Ok(r) = serde_json::from_slice::<Request>(&body) else {
        return std::process::ExitCode::FAILURE;
    };
    drop(body);
    let template = Template {
        name: r.name,
        source: r.source,
        folder: r.folder,
    };
    let charts = r
        .charts
        .into_iter()
        .map(|(name, svg, alt)| Chart {
            name: Box::leak(name.into_boxed_str()),
            svg,
            alt,
        })
        .collect();
    match caught(&template, || {
        super::typeset::pdf(&template, &r.data, charts, &r.fonts)
    }) {
        Ok(pdf) => {
            let mut out = std::io::stdout().lock();
            if out.write_all(&pdf).and_then(|()| out.flush()).is_err() {
                return std::process::ExitCode::FAILURE;
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            let said = serde_json::to_string(&e).unwrap_or_default();
            let _ = std::io::stderr().write_all(said.as_bytes());
            std::process::ExitCode::from(WORKER_ERROR as u8)
        }
    }
}
