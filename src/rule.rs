//! The rules that produce spans, in one table: each has an id that starts with its kind,
//! a one-line description in each interface language and an invented example. Taggers
//! return a `Rule`; every span in the schema carries the rule that made it, and
//! `tests/rules/<id>.txt` holds the fixture that shows it at work.

use crate::model::{Kind, Lang, Term};

/// Defines `Rule` from its table.
macro_rules! rules {
    ($(
        $(#[$doc:meta])*
        $variant:ident = $id:literal {
            zh: $zh:literal,
            en: $en:literal,
            example: $example:literal $(,)?
        }
    )+) => {
        /// A rule that produces spans. Its id starts with the kind of span it produces.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($(#[$doc])* $variant),+
        }

        impl Term for Rule {
            const FIELD: &'static str = "rule";
            const ALL: &'static [Rule] = &[$(Rule::$variant),+];
            fn as_str(self) -> &'static str {
                match self { $(Rule::$variant => $id),+ }
            }
            fn label(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Rule::$variant, Lang::Zh) => $zh, (Rule::$variant, Lang::En) => $en,)+
                }
            }
            fn field_label(lang: Lang) -> &'static str {
                match lang { Lang::Zh => "规则", Lang::En => "Rule" }
            }
        }

        impl Rule {
            /// An invented sentence in which the rule fires.
            pub fn example(self) -> &'static str {
                match self { $(Rule::$variant => $example),+ }
            }
        }
    };
}

impl Rule {
    /// Every rule, in table order.
    pub const ALL: &'static [Rule] = <Rule as Term>::ALL;

    /// The rule's id (`actor-subject`), as the schema spells it.
    pub fn id(self) -> &'static str {
        self.as_str()
    }

    /// Reads a rule id.
    pub fn parse(id: &str) -> Option<Rule> {
        <Rule as Term>::parse(id)
    }

    /// The kind of span the rule produces: the prefix of its id.
    pub fn kind(self) -> Kind {
        Kind::ALL
            .iter()
            .copied()
            .find(|k| {
                self.id()
                    .strip_prefix(k.as_str())
                    .is_some_and(|rest| rest.starts_with('-'))
            })
            .unwrap_or(Kind::Directive)
    }

    /// The one-line description of the rule in `lang`.
    pub fn description(self, lang: Lang) -> &'static str {
        self.label(lang)
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
        Rule::parse(&id).ok_or_else(|| serde::de::Error::custom(format!("unknown rule \"{id}\"")))
    }
}

rules! {
    /// A point numbered with 要 glued to its number: the 要 is the marker.
    DirectiveNumberedYao = "directive-numbered-yao" {
        zh: "编号与“要”连写（一要、二要）：编号后的“要”即指令标记",
        en: "A point numbered with 要 glued to its number (一要, 二要): that 要 is the marker",
        example: "二要加强农村饮水工程管护。",
    }
    /// An obligation marker governs the unit.
    DirectiveMarkerObligation = "directive-marker-obligation" {
        zh: "含义务标记词（要、必须、确保……）",
        en: "An obligation marker (要, 必须, 确保 …) governs the unit",
        example: "各县要加强农村饮水工程管护。",
    }
    /// A prohibition marker governs the unit.
    DirectiveMarkerProhibition = "directive-marker-prohibition" {
        zh: "含禁止标记词（严禁、不得……）",
        en: "A prohibition marker (严禁, 不得 …) governs the unit",
        example: "严禁挤占挪用救灾资金。",
    }
    /// An encouragement or permission marker governs the unit.
    DirectiveMarkerEncouragement = "directive-marker-encouragement" {
        zh: "含鼓励或许可标记词（鼓励、支持、可……）",
        en: "An encouragement or permission marker (鼓励, 支持, 可 …) governs the unit",
        example: "鼓励社会力量兴办托育机构。",
    }
    /// A bracketed note that names who is responsible.
    DirectiveResponsibilityNote = "directive-responsibility-note" {
        zh: "括注写明由谁负责（……负责、……牵头）",
        en: "A bracketed note naming who is responsible (…负责, …牵头)",
        example: "（省交通运输厅、省财政厅按职责分工负责）",
    }
    /// A reporting verb followed by a clause that opens with a verb.
    DirectiveReportedImperative = "directive-reported-imperative" {
        zh: "转述的指示：“强调”“指出”之后以动词开头的分句",
        en: "A reported instruction: after 强调/指出, a clause that opens with a verb",
        example: "李明强调，扎实推进秸秆综合利用。",
    }
    /// A unit without a marker whose first main clause opens with an action verb.
    DirectiveImplicitImperative = "directive-implicit-imperative" {
        zh: "无标记词，首个分句以动作动词开头",
        en: "No marker; the first main clause opens with an action verb",
        example: "完善村级公共服务设施。",
    }
    /// A unit without a marker that opens with 由/对/将/把… and holds an action verb.
    DirectiveImplicitPrepositional = "directive-implicit-prepositional" {
        zh: "无标记词，以“由、对、将、把”等介词短语开头并含动作动词",
        en: "No marker; opens with a 由/对/将/把 phrase and holds an action verb",
        example: "对返乡创业人员给予一次性补贴。",
    }
    /// A noun subject with a 由… predicate: who pays or acts.
    DirectiveImplicitAssignment = "directive-implicit-assignment" {
        zh: "名词主语加“由……”谓语，说明由谁支付或办理",
        en: "A noun subject with a 由… predicate: who pays or acts",
        example: "培训费用由就业补助资金列支。",
    }
    /// An article of a regulation (第三条 …) that states a rule without a marker.
    DirectiveArticle = "directive-article" {
        zh: "法规条文（第X条）陈述的规则，无标记词",
        en: "An article of a regulation (第X条) that states a rule without a marker",
        example: "第七条 村民委员会负责本村垃圾清运的组织实施。",
    }
    /// A task with a deadline (…年底前完成…, 到…年…).
    DirectiveDeadline = "directive-deadline" {
        zh: "限期完成的任务（……年底前完成、到……年实现）",
        en: "A task with a deadline (…年底前完成…, 到…年…)",
        example: "2027年6月底前，各乡镇完成农村危房改造。",
    }
    /// In a normative document, a subject with an action verb and no marker.
    DirectiveStatedDuty = "directive-stated-duty" {
        zh: "规范性文件中“主语＋动作动词”陈述的职责，无标记词",
        en: "In a normative document, a subject with an action verb and no marker",
        example: "县关于做好秋冬季防火工作的通知\n各乡镇林业站加强巡山护林。",
    }
    /// The addressees a document opens with.
    ActorAddressee = "actor-addressee" {
        zh: "文件开头的主送机关",
        en: "An addressee named at the head of a document",
        example: "各乡镇人民政府，县直各单位：",
    }
    /// A body named by a responsibility note or by 负责/牵头.
    ActorResponsibilityNote = "actor-responsibility-note" {
        zh: "括注或“负责、牵头”所指的负责单位",
        en: "A body named by a responsibility note or by 负责/牵头",
        example: "（县农业农村局牵头，县财政局配合）",
    }
    /// The issuer named in a document's title line.
    ActorDocumentIssuer = "actor-document-issuer" {
        zh: "标题行“某机关关于……”中的发文机关",
        en: "The issuing body in a title line (X关于…)",
        example: "县人民政府关于做好秸秆禁烧工作的通知",
    }
    /// A body that signs the document at its end.
    ActorSignature = "actor-signature" {
        zh: "文末落款的机关",
        en: "A body that signs the document at its end",
        example: "各县要加强管护。\n县人民政府\n2026年3月1日",
    }
    /// A speaker at the head of a unit, before a colon.
    ActorSpeaker = "actor-speaker" {
        zh: "句首的说话人，后接冒号",
        en: "A speaker at the head of a unit, before a colon",
        example: "李明：守住安全底线",
    }
    /// The subject of 强调, 指出, 部署 …: the one giving the directives.
    ActorIssuerVerb = "actor-issuer-verb" {
        zh: "“强调、指出、部署”等的主语，即发出指令者",
        en: "The subject of 强调, 指出, 部署 …: the one giving the directives",
        example: "市长张华强调，要抓好秋粮收购。",
    }
    /// The subject of 主持, 出席 …: a chair or attendee.
    ActorAttendee = "actor-attendee" {
        zh: "“主持、出席”等的主语，即主持人或出席者",
        en: "The subject of 主持, 出席 …: a chair or attendee",
        example: "副县长王刚出席会议。",
    }
    /// The subject of a directive: who must act.
    ActorSubject = "actor-subject" {
        zh: "指令的主语（在“要、必须”等之前），即须执行者",
        en: "The subject of a directive (before 要, 必须 …): who must act",
        example: "各县要建设农村冷链物流设施。",
    }
    /// The subject of a unit that orders nothing.
    ActorSubjectOfReport = "actor-subject-of-report" {
        zh: "非指令句的主语",
        en: "The subject of a unit that orders nothing",
        example: "县农业农村局开展了春耕检查。",
    }
    /// The doer after a pivot verb (鼓励, 引导, 推动 …).
    ActorPivot = "actor-pivot" {
        zh: "“鼓励、引导、推动”等兼语动词之后的行动者",
        en: "The doer after a pivot verb (鼓励, 引导, 推动 …)",
        example: "引导各乡镇建设农村公益性公墓。",
    }
    /// The agent after 由: who does what the clause names.
    ActorAgent = "actor-agent" {
        zh: "“由”之后的施事，即办理其后事项者",
        en: "The agent after 由: who does what follows",
        example: "登记手续由民政部门统一办理。",
    }
    /// A body whose responsibility a directive names: it bears it.
    ActorBearer = "actor-bearer" {
        zh: "指令所落实责任的承担者（落实某机关主体责任）",
        en: "A body whose responsibility a directive names (落实…主体责任)",
        example: "严格落实乡镇政府属地管理责任。",
    }
    /// A body named after a preposition of partnership or direction (与, 向, 对 …).
    ActorPartner = "actor-partner" {
        zh: "“与、向、对”等介词之后的机构，即合作或面向的一方",
        en: "A body after a preposition of partnership or direction (与, 向, 对 …)",
        example: "要加强与驻地部队的联动。",
    }
    /// Any other mention of someone who can bear responsibility.
    ActorMention = "actor-mention" {
        zh: "其他提及的责任主体",
        en: "Any other mention of someone who can bear responsibility",
        example: "认真落实县委决策部署。",
    }
    /// A verb with its object.
    MeasureVerbObject = "measure-verb-object" {
        zh: "动词及其宾语",
        en: "A verb with its object",
        example: "各县要建设农村冷链物流设施。",
    }
    /// Each verb phrase listed in 通过A、B等方式.
    MeasureMeansList = "measure-means-list" {
        zh: "“通过A、B等方式”中列出的每项做法",
        en: "Each verb phrase listed in 通过A、B等方式",
        example: "要通过发放消费券、举办展销会等方式扩大消费。",
    }
    /// A whole clause opened by 由/对/将/把 that holds the action.
    MeasurePrepositional = "measure-prepositional" {
        zh: "以“由、对、将、把”开头、含动作动词的分句",
        en: "A clause opened by 由/对/将/把 that holds the action",
        example: "要对辖区内危桥进行排查。",
    }
    /// A prohibition with its object: an environment measure.
    MeasureProhibition = "measure-prohibition" {
        zh: "禁止及其对象（环境型）",
        en: "A prohibition with its object (environment)",
        example: "严禁违规举债。",
    }
    /// A noun phrase ending in a head that names a group served.
    TargetHead = "target-head" {
        zh: "以服务对象中心词（群众、职工、农民工……）结尾的名词短语",
        en: "A noun phrase ending in a head that names a group served (群众, 职工 …)",
        example: "要为困难职工提供帮扶。",
    }
    /// A group with a restriction before 的 (符合条件的…).
    TargetModified = "target-modified" {
        zh: "带“符合条件的……”等限定语的服务对象",
        en: "A group with a restriction before 的 (符合条件的…)",
        example: "对新招用的困难人员给予岗位补贴。",
    }
    /// Cadres that a care verb (关心, 关爱) is for.
    TargetCaredFor = "target-cared-for" {
        zh: "“关心、关爱”的对象干部",
        en: "Cadres that a care verb (关心, 关爱) is for",
        example: "要关心关爱基层干部。",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_id_starts_with_its_kind_and_reads_back() {
        for r in Rule::ALL {
            let prefix = format!("{}-", r.kind().as_str());
            assert!(r.id().starts_with(&prefix), "{}", r.id());
            assert_eq!(Rule::parse(r.id()), Some(*r));
            assert!(!r.description(Lang::Zh).is_empty() && !r.description(Lang::En).is_empty());
        }
        assert_eq!(Rule::parse("none"), None);
    }
}
