//! The ten relation types of SPEC section 1.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Relation {
    Support,
    Cooperate,
    Meet,
    Appeal,
    Criticize,
    Reject,
    Threaten,
    Sanction,
    Coerce,
    Attack,
}

impl Relation {
    pub const ALL: [Relation; 10] = [
        Relation::Support,
        Relation::Cooperate,
        Relation::Meet,
        Relation::Appeal,
        Relation::Criticize,
        Relation::Reject,
        Relation::Threaten,
        Relation::Sanction,
        Relation::Coerce,
        Relation::Attack,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Support => "support",
            Relation::Cooperate => "cooperate",
            Relation::Meet => "meet",
            Relation::Appeal => "appeal",
            Relation::Criticize => "criticize",
            Relation::Reject => "reject",
            Relation::Threaten => "threaten",
            Relation::Sanction => "sanction",
            Relation::Coerce => "coerce",
            Relation::Attack => "attack",
        }
    }

    /// Parses a relation name.
    ///
    /// ```
    /// use actorgraph::relations::Relation;
    /// assert_eq!(Relation::parse("attack"), Some(Relation::Attack));
    /// assert_eq!(Relation::parse("hug"), None);
    /// ```
    pub fn parse(s: &str) -> Option<Relation> {
        Relation::ALL.into_iter().find(|r| r.as_str() == s)
    }

    /// +1 for cooperative relations, -1 for hostile ones, 0 for appeal (SPEC section 1).
    pub fn polarity(self) -> i8 {
        match self {
            Relation::Support | Relation::Cooperate | Relation::Meet => 1,
            Relation::Appeal => 0,
            _ => -1,
        }
    }

    /// The CAMEO root codes (two digits) that belong to this relation.
    pub fn cameo_roots(self) -> &'static [&'static str] {
        match self {
            Relation::Support => &["05", "07"],
            Relation::Cooperate => &["03", "06", "08", "057"],
            Relation::Meet => &["04"],
            Relation::Appeal => &["02", "10"],
            Relation::Criticize => &["09", "11", "14"],
            Relation::Reject => &["12"],
            Relation::Threaten => &["13", "15"],
            Relation::Sanction => &["16"],
            Relation::Coerce => &["17"],
            Relation::Attack => &["18", "19", "20"],
        }
    }

    /// Whether a CAMEO code belongs to this relation.
    pub fn accepts_cameo(self, code: &str) -> bool {
        if self == Relation::Support && code.starts_with("057") {
            return false;
        }
        self.cameo_roots().iter().any(|r| code.starts_with(r))
    }
}

impl std::fmt::Display for Relation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Relation {
    type Err = String;
    fn from_str(s: &str) -> Result<Relation, String> {
        Relation::parse(s).ok_or_else(|| format!("unknown relation {s:?}"))
    }
}
