//! Percent-decoding (RFC 3986 §2.1) of a link fragment, because mail clients and chat apps
//! sometimes escape characters such as `=` and `&`, and of the query string's options.
//! Lenient: a `%` not followed by two hex digits is kept as it is, and bytes that are not
//! UTF-8 become U+FFFD, so any text decodes.

/// `text` with every `%XX` replaced by the byte it stands for.
pub(crate) fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (b'%', Some(&hi), Some(&lo)) => hex(hi).zip(hex(lo)).map(|(h, l)| h << 4 | l),
            _ => None,
        };
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The value of one hex digit, either case.
fn hex(digit: u8) -> Option<u8> {
    char::from(digit)
        .to_digit(16)
        .and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::decode;

    #[test]
    fn decodes_escapes_and_keeps_the_rest() {
        assert_eq!(decode("s%3Dab%3d%3D"), "s=ab==");
        assert_eq!(decode("a%26b"), "a&b");
        assert_eq!(decode("100%"), "100%");
        assert_eq!(decode("%zz%4"), "%zz%4");
        assert_eq!(decode("%C3%A9"), "é");
        assert_eq!(decode("%FF"), "\u{FFFD}");
    }
}
