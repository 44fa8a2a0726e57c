//! Mounts the calculator; nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(sharecalc::ui::App);
}
