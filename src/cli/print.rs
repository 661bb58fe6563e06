//! Printing for the headless commands: a closed pipe (`retail-maturity … | head`) stops the
//! printing quietly, while the command still finishes its work (the files it writes, its exit code).

use std::fmt;
use std::io::{self, Write};

/// Writes to standard output. A closed pipe is not an error; any other failure (a full disk
/// behind `> file`) is.
pub fn stdout(args: fmt::Arguments<'_>) -> anyhow::Result<()> {
    match io::stdout().lock().write_fmt(args) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(anyhow::anyhow!("cannot write to the standard output: {e}"))
        }
        _ => Ok(()),
    }
}

/// Writes to standard error, ignoring any failure: there is nowhere left to report it.
pub fn stderr(args: fmt::Arguments<'_>) {
    let _ = io::stderr().lock().write_fmt(args);
}

/// `print!` that returns an error instead of panicking, and ignores a closed pipe.
macro_rules! out {
    ($($t:tt)*) => { $crate::cli::print::stdout(format_args!($($t)*)) };
}

/// `println!` that returns an error instead of panicking, and ignores a closed pipe.
macro_rules! outln {
    ($($t:tt)*) => { $crate::cli::print::stdout(format_args!("{}\n", format_args!($($t)*))) };
}

/// `eprintln!` that never panics.
macro_rules! errln {
    ($($t:tt)*) => { $crate::cli::print::stderr(format_args!("{}\n", format_args!($($t)*))) };
}

pub(crate) use {errln, out, outln};
