//! Printing for the headless commands: every text made safe for a terminal (control characters
//! from users' files shown, never obeyed), and a closed pipe (`retail-maturity … | head`) stops
//! the printing quietly while the command still finishes its work.

use std::fmt;
use std::io::{self, Write};

/// Writes to standard output. A closed pipe is not an error; any other failure (a full disk
/// behind `> file`) is.
pub fn stdout(args: fmt::Arguments<'_>) -> super::Result<()> {
    let text = args.to_string();
    match io::stdout()
        .lock()
        .write_all(crate::text::terminal_safe(&text).as_bytes())
    {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
            Err(crate::msg!("cli-stdout-failed", detail = e.to_string()).into())
        }
        _ => Ok(()),
    }
}

/// Writes to standard error, ignoring any failure: there is nowhere left to report it.
pub fn stderr(args: fmt::Arguments<'_>) {
    let text = args.to_string();
    let _ = io::stderr()
        .lock()
        .write_all(crate::text::terminal_safe(&text).as_bytes());
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
