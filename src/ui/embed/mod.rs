//! Embedding on council websites: the code generator panel, and the height reports an
//! embedded page sends to its host.

mod generator;
mod resize;

pub use generator::EmbedGenerator;
pub use resize::report_height_to_host;
