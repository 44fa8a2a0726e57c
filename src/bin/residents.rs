//! Starts the residents' page (`?view=summary`); see `sharecalc::residents`.

#[cfg(target_arch = "wasm32")]
fn main() {
    sharecalc::residents::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sharecalc is a web app: run `scripts/serve` to use it in a browser.");
}
