//! Exact JSON numbers. Built without its `float_roundtrip` feature, serde_json may read a
//! 17-digit number one unit in the last place off, so a scenario written and read back would
//! not be quite the same. This re-reads text that serde_json has already accepted, converting
//! each number with the standard library's correctly rounded parser; strings are still
//! unescaped by serde_json. Only ever given valid JSON, so it need not explain errors.

use serde_json::{Map, Number, Value};

/// `text` (already accepted by `serde_json`) as a [`Value`] whose numbers are exact.
pub(crate) fn parse_exact(text: &str) -> Option<Value> {
    let mut p = Parser { text, at: 0 };
    let v = p.value()?;
    p.skip_space();
    (p.at == text.len()).then_some(v)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &'a str {
        self.text.get(self.at..).unwrap_or_default()
    }

    fn skip_space(&mut self) {
        let rest = self.rest();
        self.at += rest.len() - rest.trim_start_matches([' ', '\t', '\n', '\r']).len();
    }

    /// Skips space, then consumes `c` if it comes next.
    fn eat(&mut self, c: char) -> bool {
        self.skip_space();
        let found = self.rest().starts_with(c);
        if found {
            self.at += c.len_utf8();
        }
        found
    }

    fn value(&mut self) -> Option<Value> {
        self.skip_space();
        let rest = self.rest();
        for (word, v) in [
            ("null", Value::Null),
            ("true", Value::Bool(true)),
            ("false", Value::Bool(false)),
        ] {
            if rest.starts_with(word) {
                self.at += word.len();
                return Some(v);
            }
        }
        match rest.chars().next()? {
            '{' => self.object(),
            '[' => self.array(),
            '"' => self.string().map(Value::String),
            _ => self.number(),
        }
    }

    fn object(&mut self) -> Option<Value> {
        self.eat('{');
        let mut map = Map::new();
        if self.eat('}') {
            return Some(Value::Object(map));
        }
        loop {
            self.skip_space();
            let key = self.string()?;
            self.eat(':').then_some(())?;
            // Like serde_json, the last of repeated keys wins.
            map.insert(key, self.value()?);
            if self.eat('}') {
                return Some(Value::Object(map));
            }
            self.eat(',').then_some(())?;
        }
    }

    fn array(&mut self) -> Option<Value> {
        self.eat('[');
        let mut items = Vec::new();
        if self.eat(']') {
            return Some(Value::Array(items));
        }
        loop {
            items.push(self.value()?);
            if self.eat(']') {
                return Some(Value::Array(items));
            }
            self.eat(',').then_some(())?;
        }
    }

    /// A string token, unescaped by serde_json.
    fn string(&mut self) -> Option<String> {
        let rest = self.rest();
        let mut escaped = false;
        let len = rest.char_indices().skip(1).find_map(|(i, c)| match c {
            '\\' if !escaped => {
                escaped = true;
                None
            }
            '"' if !escaped => Some(i + 1),
            _ => {
                escaped = false;
                None
            }
        })?;
        let token = rest.get(..len)?;
        self.at += len;
        serde_json::from_str(token).ok()
    }

    /// A number token: whole numbers as serde_json keeps them (u64 or i64), others as the
    /// correctly rounded `f64`.
    fn number(&mut self) -> Option<Value> {
        let rest = self.rest();
        let len = rest
            .find(|c: char| !matches!(c, '0'..='9' | '-' | '+' | '.' | 'e' | 'E'))
            .unwrap_or(rest.len());
        let token = rest.get(..len)?;
        self.at += len;
        if let Ok(n) = token.parse::<u64>() {
            return Some(Value::Number(n.into()));
        }
        if let Ok(n) = token.parse::<i64>() {
            return Some(Value::Number(n.into()));
        }
        token
            .parse::<f64>()
            .ok()
            .and_then(Number::from_f64)
            .map(Value::Number)
    }
}

#[cfg(test)]
mod tests {
    use super::parse_exact;
    use serde_json::Value;

    #[test]
    fn reads_the_same_structure_as_serde_json() {
        let texts = [
            r#" {"a": [1, -2, 3.5, -0.25e2, 1E-3, 18446744073709551615, -9223372036854775808], "b": {"c": null}} "#,
            r#"{"s": "quote \" backslash \\ slash \/ tab \t unicode \u00e9 \ud83d\ude00", "t": true, "f": false}"#,
            r#"[[], {}, [{}], "", "\\", "a\\"]"#,
            r#"{"k": 1, "k": 2}"#,
            "\t\r\n 42 \n",
        ];
        for text in texts {
            let expected: Value = serde_json::from_str(text).expect("valid JSON");
            assert_eq!(parse_exact(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn numbers_are_correctly_rounded() {
        for text in [
            "925894.1960422569",
            "0.30000000000000004",
            "1e-320",
            "123456789012345678901234567890",
        ] {
            let exact: f64 = text.parse().expect("a number");
            assert_eq!(
                parse_exact(text).and_then(|v| v.as_f64()),
                Some(exact),
                "{text}"
            );
        }
    }
}
