//! The browser user interface: Leptos components that read a scenario from what the user
//! types, hand it to the engine and show the results. Views never do arithmetic on money;
//! every figure comes from [`crate::engine`].

mod page;

pub use page::App;
