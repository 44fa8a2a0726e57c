//! The bytes layer of a link: JSON bytes ⇄ raw DEFLATE (RFC 1951, no header) ⇄ base64url
//! (RFC 4648 §5). Knows nothing of scenarios; inflating is bounded so a small link cannot
//! make the page build a huge buffer.

use base64::alphabet::URL_SAFE;
use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
use base64::engine::DecodePaddingMode;
use base64::Engine;
use miniz_oxide::deflate::compress_to_vec;
use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

use super::error::LinkError;

/// Strongest DEFLATE level: links are made rarely and read by people, so shorter wins.
const LEVEL: u8 = 9;

/// base64url that writes no padding and reads with or without it, as the spec asks.
const BASE64URL: GeneralPurpose = GeneralPurpose::new(
    &URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// Compresses `bytes` and writes them as link-safe text.
pub(super) fn pack(bytes: &[u8]) -> String {
    BASE64URL.encode(compress_to_vec(bytes, LEVEL))
}

/// Reads text written by [`pack`] (or any program following the spec), inflating at most
/// `limit` bytes. ASCII whitespace is skipped, since a link wrapped across lines in an email
/// gains some and base64 never has any.
pub(super) fn unpack(text: &str, limit: usize) -> Result<Vec<u8>, LinkError> {
    let text: Vec<u8> = text.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let deflated = BASE64URL.decode(text).map_err(|_| LinkError::BadBase64)?;
    if deflated.is_empty() {
        return Err(LinkError::BadDeflate);
    }
    decompress_to_vec_with_limit(&deflated, limit).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => LinkError::TooLarge,
        _ => LinkError::BadDeflate,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_bytes() {
        let bytes = br#"{"version":1,"title":"x"}"#;
        assert_eq!(unpack(&pack(bytes), 1 << 10).as_deref(), Ok(&bytes[..]));
    }

    #[test]
    fn stops_at_the_limit() {
        let packed = pack(&[b' '; 4096]);
        assert_eq!(unpack(&packed, 4096).map(|b| b.len()), Ok(4096));
        assert_eq!(unpack(&packed, 4095), Err(LinkError::TooLarge));
    }

    #[test]
    fn empty_or_mangled_text_is_an_error() {
        assert_eq!(unpack("", 10), Err(LinkError::BadDeflate));
        assert_eq!(unpack("ab+c", 10), Err(LinkError::BadBase64));
        assert_eq!(unpack("AAAA", 10), Err(LinkError::BadDeflate));
    }
}
