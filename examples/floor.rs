//! The portfolio's floor: what any program must do to read a folder of assessments — list the
//! `.json` files under it (one thread, as `portfolio` does) and open, read and close each on two
//! threads — and nothing else. `benches/compare.sh` times `portfolio` against it:
//! `cargo run --release --example floor -- DIR` prints the files and bytes read.

use std::path::{Path, PathBuf};

/// Every `.json` file under `dir`, recursively.
fn list(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            list(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "json") {
            out.push(path);
        }
    }
    Ok(())
}

/// Bytes of `files`, each opened, read whole and closed.
fn read_all(files: &[PathBuf]) -> std::io::Result<u64> {
    let mut total = 0u64;
    for f in files {
        total += std::fs::read(f)?.len() as u64;
    }
    Ok(total)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: floor DIR")?;
    let mut files = Vec::new();
    list(&dir, &mut files)?;
    let (a, b) = files.split_at(files.len() / 2);
    let (left, right) = std::thread::scope(|s| {
        let left = s.spawn(|| read_all(a));
        let right = read_all(b);
        (left.join(), right)
    });
    let bytes = left.map_err(|_| "a reading thread panicked")?? + right?;
    println!("{} files, {bytes} bytes", files.len());
    Ok(())
}
