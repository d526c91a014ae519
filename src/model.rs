//! The vocabulary of ANNOTATION.md: the four kinds of span and the values of their
//! attributes, spelled as the JSON schema spells them, with a label in each interface
//! language. Everything that names a kind or a value (the schema, the CLI, the page) reads
//! it from here.

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// Chinese (simplified).
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Chinese first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's code: `zh` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// A closed set of values that the schema spells as strings and the interface labels.
pub trait Term: Copy + Sized + 'static {
    /// The JSON field that holds a value of this set (`force`, `role` …).
    const FIELD: &'static str;
    /// Every value, in the order ANNOTATION.md lists them.
    const ALL: &'static [Self];
    /// The value as the schema spells it.
    fn as_str(self) -> &'static str;
    /// The value's label in `lang`.
    fn label(self, lang: Lang) -> &'static str;
    /// The label of the field itself in `lang` (`效力`, `Force`).
    fn field_label(lang: Lang) -> &'static str;

    /// Reads a value spelled as the schema spells it.
    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == text)
    }
}

/// Defines an enum of schema values: its spelling, its labels, and serde as strings.
macro_rules! attribute {
    (
        $(#[$doc:meta])*
        $name:ident: $field:literal ($fzh:literal, $fen:literal) {
            $($(#[$vdoc:meta])* $variant:ident = $text:literal ($zh:literal, $en:literal)),+ $(,)?
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $($(#[$vdoc])* $variant),+
        }

        impl $crate::model::Term for $name {
            const FIELD: &'static str = $field;
            const ALL: &'static [$name] = &[$($name::$variant),+];
            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            fn label(self, lang: $crate::model::Lang) -> &'static str {
                match (self, lang) {
                    $(($name::$variant, $crate::model::Lang::Zh) => $zh,
                      ($name::$variant, $crate::model::Lang::En) => $en,)+
                }
            }
            fn field_label(lang: $crate::model::Lang) -> &'static str {
                match lang { $crate::model::Lang::Zh => $fzh, $crate::model::Lang::En => $fen }
            }
        }

        impl $name {
            /// Every value, in the order ANNOTATION.md lists them.
            pub const ALL: &'static [$name] = <$name as $crate::model::Term>::ALL;

            /// The value as ANNOTATION.md and the JSON schema spell it.
            pub fn as_str(self) -> &'static str {
                $crate::model::Term::as_str(self)
            }

            /// Reads a value spelled as ANNOTATION.md spells it.
            pub fn parse(text: &str) -> Option<Self> {
                <$name as $crate::model::Term>::parse(text)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                $name::parse(&text).ok_or_else(|| {
                    let all: Vec<&str> = $name::ALL.iter().map(|v| v.as_str()).collect();
                    serde::de::Error::custom(format!(
                        "unknown {} \"{text}\"; expected one of {}",
                        $field,
                        all.join(", ")
                    ))
                })
            }
        }
    };
}

attribute! {
    /// The four kinds of span ANNOTATION.md defines.
    Kind: "kind" ("类别", "Kind") {
        /// A unit that instructs (§1).
        Directive = "directive" ("指令", "Directive"),
        /// Who can bear responsibility (§2).
        Actor = "actor" ("责任主体", "Actor"),
        /// A concrete action a directive prescribes (§3).
        Measure = "measure" ("举措", "Measure"),
        /// A group of people a measure serves (§4).
        Target = "target" ("政策对象", "Target"),
    }
}

attribute! {
    /// What a directive asks: to do, not to do, or may do.
    Force: "force" ("效力", "Force") {
        /// Must be done (要, 必须, 确保 …).
        Obligation = "obligation" ("义务", "obligation"),
        /// Must not be done (严禁, 不得 …).
        Prohibition = "prohibition" ("禁止", "prohibition"),
        /// Is encouraged or permitted (鼓励, 支持, 可 …).
        Encouragement = "encouragement" ("鼓励", "encouragement"),
    }
}

attribute! {
    /// The part an actor plays in the text.
    Role: "role" ("角色", "Role") {
        /// Must carry out a directive.
        Responsible = "responsible" ("负责", "responsible"),
        /// Gives the directives.
        Issuer = "issuer" ("发布者", "issuer"),
        /// Any other mention.
        Other = "other" ("其他", "other"),
    }
}

attribute! {
    /// An actor's administrative level.
    Level: "level" ("层级", "Level") {
        /// 中央, 国务院, 部委 ….
        Central = "central" ("中央", "central"),
        /// 省 ….
        Provincial = "provincial" ("省级", "provincial"),
        /// 市, 州, 地区.
        Municipal = "municipal" ("市级", "municipal"),
        /// 县, 区, 旗.
        County = "county" ("县级", "county"),
        /// 乡, 镇.
        Township = "township" ("乡镇", "township"),
        /// 村, 驻村 ….
        Village = "village" ("村级", "village"),
        /// 各级…, 五级书记.
        All = "all" ("各级", "all levels"),
        /// No level named.
        Unspecified = "unspecified" ("未指明", "unspecified"),
    }
}

attribute! {
    /// A measure's policy-instrument type (Rothwell & Zegveld).
    Instrument: "instrument" ("工具类型", "Instrument") {
        /// The state supplies resources.
        Supply = "supply" ("供给型", "supply"),
        /// The state shapes conditions.
        Environment = "environment" ("环境型", "environment"),
        /// The state pulls activity.
        Demand = "demand" ("需求型", "demand"),
    }
}

attribute! {
    /// What kind of body an actor names.
    ActorKind: "kind" ("类别", "Kind") {
        /// A party or state body, office or department.
        Government = "government" ("党政机关", "government"),
        /// An official's role or a named person.
        Person = "person" ("个人", "person"),
        /// An enterprise, institution or association.
        Organisation = "organisation" ("组织", "organisation"),
        /// A region named as a doer (各地要…).
        Place = "place" ("地区", "place"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_back_as_they_are_spelled() {
        for f in Force::ALL {
            assert_eq!(Force::parse(f.as_str()), Some(*f));
        }
        assert_eq!(Level::parse("county"), Some(Level::County));
        assert_eq!(Level::parse("County"), None);
    }

    #[test]
    fn a_wrong_value_is_refused_with_the_values_allowed() {
        let err = serde_json::from_str::<Role>("\"boss\"")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("unknown role \"boss\"; expected one of responsible, issuer, other"),
            "{err}"
        );
    }
}
