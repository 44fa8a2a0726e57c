//! Mounts the app; nothing else lives here.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(sharecalc::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("sharecalc is a web app: run `scripts/serve` to use it in a browser.");
}
