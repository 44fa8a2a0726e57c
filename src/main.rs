//! Mounts the calculator, taking the page over from its preview if one is showing; nothing
//! else lives here.

fn main() {
    console_error_panic_hook::set_once();
    sharecalc_web::take_over::take_over(|parent| {
        leptos::mount::mount_to(parent, sharecalc::ui::App).forget();
    });
}
