//! The attribute values of ANNOTATION.md, spelled as the JSON schema spells them.

use serde::Serialize;

macro_rules! attribute {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant),+
        }

        impl $name {
            /// Every value, in the order ANNOTATION.md lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as ANNOTATION.md and the JSON schema spell it.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Reads a value spelled as ANNOTATION.md spells it.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

attribute! {
    /// What a directive asks: to do, not to do, or may do.
    Force {
        /// Must be done (要, 必须, 确保 …).
        Obligation = "obligation",
        /// Must not be done (严禁, 不得 …).
        Prohibition = "prohibition",
        /// Is encouraged or permitted (鼓励, 支持, 可 …).
        Encouragement = "encouragement",
    }
}

attribute! {
    /// The part an actor plays in the text.
    Role {
        /// Must carry out a directive.
        Responsible = "responsible",
        /// Gives the directives.
        Issuer = "issuer",
        /// Any other mention.
        Other = "other",
    }
}

attribute! {
    /// An actor's administrative level.
    Level {
        /// 中央, 国务院, 部委 ….
        Central = "central",
        /// 省 ….
        Provincial = "provincial",
        /// 市, 州, 地区.
        Municipal = "municipal",
        /// 县, 区, 旗.
        County = "county",
        /// 乡, 镇.
        Township = "township",
        /// 村, 驻村 ….
        Village = "village",
        /// 各级…, 五级书记.
        All = "all",
        /// No level named.
        Unspecified = "unspecified",
    }
}

attribute! {
    /// A measure's policy-instrument type (Rothwell & Zegveld).
    Instrument {
        /// The state supplies resources.
        Supply = "supply",
        /// The state shapes conditions.
        Environment = "environment",
        /// The state pulls activity.
        Demand = "demand",
    }
}

attribute! {
    /// What kind of body an actor's head names (`data/actor_heads.tsv`).
    ActorKind {
        /// A party or state body, office or department.
        Government = "government",
        /// An official's role or a named person.
        Person = "person",
        /// An enterprise, institution or association.
        Organisation = "organisation",
        /// A region named as a doer (各地要…).
        Place = "place",
    }
}
