//! The actor model of SPEC section 2.

use serde::{Deserialize, Serialize};

/// What kind of actor: SPEC section 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Country,
    Government,
    Military,
    Rebel,
    Militant,
    Igo,
    Ngo,
    Person,
    Party,
    Group,
    Unknown,
}

impl Kind {
    pub const ALL: [Kind; 11] = [
        Kind::Country,
        Kind::Government,
        Kind::Military,
        Kind::Rebel,
        Kind::Militant,
        Kind::Igo,
        Kind::Ngo,
        Kind::Person,
        Kind::Party,
        Kind::Group,
        Kind::Unknown,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Government => "government",
            Kind::Military => "military",
            Kind::Rebel => "rebel",
            Kind::Militant => "militant",
            Kind::Igo => "igo",
            Kind::Ngo => "ngo",
            Kind::Person => "person",
            Kind::Party => "party",
            Kind::Group => "group",
            Kind::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A resolved actor: who a mention refers to, on the article's date.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Actor {
    pub name: String,
    pub code: String,
    pub kind: Kind,
}

impl Actor {
    pub fn new(name: impl Into<String>, code: impl Into<String>, kind: Kind) -> Actor {
        Actor {
            name: name.into(),
            code: code.into(),
            kind,
        }
    }

    /// The country part of the code (`SYR` of `SYRMIL`), if the code starts with a country.
    pub fn country_code(&self) -> Option<&str> {
        country_of_code(&self.code)
    }
}

/// Codes that start with a non-national prefix rather than a country.
pub const NON_NATIONAL: &[&str] = &["IGO", "NGO", "IMG", "MNC", "UNK"];

/// The country part of a code, if the code starts with an ISO alpha-3 country.
pub fn country_of_code(code: &str) -> Option<&str> {
    let head = code.get(0..3)?;
    if NON_NATIONAL.contains(&head) {
        None
    } else {
        Some(head)
    }
}

/// Whether a string is shaped like a CAMEO-style code: capitals, a multiple of three letters.
pub fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len().is_multiple_of(3)
        && s.len() <= 15
        && s.bytes().all(|b| b.is_ascii_uppercase())
}
