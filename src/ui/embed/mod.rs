//! Embedding on council websites: the code generator panel. (The height an embedded page
//! reports to its host is in [`sharecalc_web::frame`], shared with the residents' page.)

mod generator;

pub use generator::EmbedGenerator;
