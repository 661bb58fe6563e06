//! Generates N valid assessment files (deterministic pseudo-random answers) for benchmarks and
//! portfolio tests: `cargo run --release --example generate -- OUT_DIR N [SEED]`.

use retail_maturity::store::Overwrite;
use retail_maturity::{Assessment, Framework};
use std::path::PathBuf;

/// A small deterministic generator (xorshift64*), so the same seed makes the same files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(n)) = (args.first(), args.get(1)) else {
        return Err("usage: generate OUT_DIR N [SEED]".into());
    };
    let n: usize = n.parse()?;
    let seed: u64 = args.get(2).map(|s| s.parse()).transpose()?.unwrap_or(42);
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir)?;
    let fw = Framework::builtin();
    let mut rng = Rng(seed.max(1));
    let regions = ["Nord", "Sud", "Est", "Ouest", "Centre", "Île-de-France"];
    for i in 0..n {
        let mut a = Assessment::blank(fw);
        a.retailer = format!(
            "Magasin {} {}",
            regions[i % regions.len()],
            i / regions.len() + 1
        );
        a.assessor = "Générateur".into();
        a.date = Some(format!(
            "20{:02}-{:02}-{:02}",
            20 + rng.below(6),
            1 + rng.below(12),
            1 + rng.below(28)
        ));
        let skill = rng.below(6);
        for (_, t) in fw.tracks() {
            let top = u64::from(t.top());
            let level = ((skill + rng.below(3)).saturating_sub(1)).min(top) as u8;
            let answer = a.answer_mut(&t.id);
            answer.level = Some(level);
            answer.in_store = Some(rng.below(3) == 0);
            if rng.below(4) == 0 && u64::from(level) < top {
                answer.target = Some(level + 1);
            }
        }
        if rng.below(5) == 0 {
            let f = &fw.families[rng.below(fw.families.len() as u64) as usize];
            a.set_not_applicable(&f.id, true);
        }
        let sub = dir.join(format!("batch-{:03}", i / 1000));
        std::fs::create_dir_all(&sub)?;
        a.save(
            &sub.join(format!("assessment-{i:05}.json")),
            Overwrite::Allow,
        )?;
    }
    eprintln!("{n} assessments written under {}", dir.display());
    Ok(())
}
