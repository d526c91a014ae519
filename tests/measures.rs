//! Measures, their instruments and targets on invented sentences (not copied from any
//! corpus): the open verb class and what it leaves out, the instrument read from the head
//! of the object rather than from cue words anywhere, targets by head and position — and
//! work that stays linear however long a list grows.

mod common;

use common::analyzer;
use policy_lens::Analysis;

fn analyze(text: &str) -> Analysis {
    analyzer().analyze(text)
}

/// The measures of `text` with their instruments.
fn measures(text: &str) -> Vec<(String, String)> {
    analyze(text)
        .measures
        .iter()
        .map(|m| (m.at.text.clone(), m.instrument.as_str().to_string()))
        .collect()
}

/// The targets of `text`.
fn targets(text: &str) -> Vec<String> {
    analyze(text)
        .targets
        .iter()
        .map(|t| t.at.text.clone())
        .collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn any_verb_opens_a_measure_however_jieba_tags_it() {
    // 细化 is tagged a noun, 壮大 an adjective, 大力推广 one word: all open measures.
    assert_eq!(
        measures("要细化渔船安全检查任务。壮大村集体经济、建设产业园区。要大力推广节水灌溉技术。"),
        pairs(&[
            ("细化渔船安全检查任务", "environment"),
            ("壮大村集体经济", "demand"),
            ("建设产业园区", "demand"),
            ("推广节水灌溉技术", "supply"),
        ])
    );
}

#[test]
fn exhortations_goals_and_purposes_are_no_measures() {
    for text in [
        "要坚持稳中求进，牢记初心使命。",
        "要保持高压态势不动摇。",
        "要补短板、强弱项。",
        "要把安全生产作为头等大事。",
        "以数字化改革为突破口。",
    ] {
        assert!(measures(text).is_empty(), "{text}: {:?}", measures(text));
    }
    // The purpose clause after the measure stays out.
    assert_eq!(
        measures("要加强农村饮水工程管护，确保群众喝上放心水。"),
        pairs(&[("加强农村饮水工程管护", "supply")])
    );
}

#[test]
fn sanctions_and_verbs_without_an_object_keep_their_manner() {
    assert_eq!(
        measures("对虚报冒领的要依法依规严肃追责。要按规定程序上报。"),
        pairs(&[
            ("依法依规严肃追责", "environment"),
            ("按规定程序上报", "environment"),
        ])
    );
}

#[test]
fn the_instrument_is_the_head_of_the_object_not_a_cue_in_a_modifier() {
    assert_eq!(
        measures(
            "要加强托育服务机构安全管理。要健全农民工工伤保险制度。要完善矿山安全生产标准。\
             要实施城乡供水一体化工程。要优先采购本地农产品。要完善经济政策。"
        ),
        pairs(&[
            // 服务 modifies the head 管理: rules for others' conduct.
            ("加强托育服务机构安全管理", "environment"),
            // A social-insurance scheme worded as 制度 is supply.
            ("健全农民工工伤保险制度", "supply"),
            // 生产 in a modifier does not make a standard demand.
            ("完善矿山安全生产标准", "environment"),
            ("实施城乡供水一体化工程", "supply"),
            // Procurement decides whatever is bought.
            ("采购本地农产品", "demand"),
            // A generic head of rules yields to no industry modifier.
            ("完善经济政策", "environment"),
        ])
    );
}

#[test]
fn staff_are_targets_where_they_are_served_not_where_they_act() {
    assert!(targets("要组织医务人员开展义诊。").is_empty());
    assert_eq!(targets("要保障执法人员待遇。"), ["执法人员"]);
    assert_eq!(targets("要为社区老人提供助餐服务。"), ["社区老人"]);
    assert_eq!(
        targets("要为残疾、大龄等劳动者提供岗位。"),
        ["残疾、大龄等劳动者"]
    );
    assert!(targets("要加快建设城市居民住宅区配套设施。").is_empty());
}

/// Words visited for `text`.
fn visits(text: &str) -> u64 {
    analyzer().analyze_counting(text).1
}

#[test]
fn long_lists_cost_linear_work() {
    // Each text stays one unit (under 2,000 characters) at both sizes.
    let shapes: [(&str, &str, &str); 4] = [
        ("要公布", "政策清单、", "和补贴标准。"),
        ("要", "新建、", "乡村卫生室。"),
        ("要为", "残疾、", "等劳动者提供岗位。"),
        ("要", "加强监管、", "。"),
    ];
    for (head, item, tail) in shapes {
        let text = |n: usize| format!("{head}{}{tail}", item.repeat(n));
        let (small, large) = (visits(&text(40)), visits(&text(160)));
        let growth = large as f64 / small.max(1) as f64;
        assert!(
            growth < 4.5,
            "{item}: 4× the list costs {growth:.1}× the work"
        );
    }
}

#[test]
fn a_rule_s_condition_and_its_scope_are_no_measures() {
    // A clause opened by an offence states when a rule applies, not what anyone must do.
    for text in [
        "违反本办法第五条规定，擅自占用公共绿地的，由县城管局责令限期恢复。",
        "违背前款规定，未按期报送材料的，给予通报批评。",
    ] {
        let found = measures(text);
        assert!(
            found.iter().all(|(m, _)| !m.starts_with("违")),
            "{text}: {found:?}"
        );
    }
    // Scope statements name what a text covers, not an action, even with a 由 phrase inside.
    for text in [
        "本细则适用于全县范围内由乡镇管理的农村公路养护。",
        "本办法适用于本市区域内由柴油发动机驱动的工程机械向大气排放污染物的防治。",
    ] {
        assert_eq!(measures(text), vec![], "{text}");
    }
    let found = measures("在本市从事快递经营活动，适用本办法。");
    assert!(found.iter().all(|(m, _)| !m.contains("适用")), "{found:?}");
    // A prohibition of an offence keeps its measure.
    assert!(!measures("任何单位不得违反规划擅自改变绿地用途。").is_empty());
}

#[test]
fn a_conjunction_ends_the_restriction_of_the_target_after_it() {
    // jieba gives 以及 and 或者 whole: each ends the …的 restriction on its left.
    assert_eq!(
        targets("为学生以及有困难的居民提供培训。"),
        ["学生", "有困难的居民"]
    );
    assert_eq!(
        targets("为老人或者生活困难的居民提供上门服务。"),
        ["老人", "生活困难的居民"]
    );
}

#[test]
fn one_class_of_sanctions_serves_measures_and_targets() {
    // 严惩 is a sanction to both taggers: a measure without an object, and the staff of
    // its clause are punished, not served.
    for (text, measure) in [
        ("对违规操作的人员要依法严惩。", "依法严惩"),
        ("对失职的工作人员要严肃约谈。", "严肃约谈"),
    ] {
        assert_eq!(measures(text), pairs(&[(measure, "environment")]), "{text}");
        assert!(targets(text).is_empty(), "{text}: {:?}", targets(text));
    }
}

#[test]
fn a_law_s_name_after_a_group_is_no_thing_it_receives_unlike_its_rights() {
    // 法 ends a law's name of three characters or more (保护法), not 合法 or 依法.
    assert_eq!(targets("要维护农民工合法权益。"), ["农民工"]);
    assert_eq!(targets("要依法保障残疾人合法权益。"), ["残疾人"]);
    assert!(targets("要宣传未成年人保护法。").is_empty());
}

#[test]
fn chances_supplied_are_measures_chances_seized_are_not() {
    assert_eq!(
        measures("各地要为失业人员提供就业机会。增加农民就业机会。"),
        pairs(&[("提供就业机会", "supply"), ("增加农民就业机会", "supply")])
    );
    assert!(measures("要抓住发展机会。").is_empty());
}

#[test]
fn a_prohibition_jieba_glues_into_one_word_is_a_directive_marker() {
    // jieba gives 决不能 and 绝不能 whole: the marker table knows them, so the unit is a
    // prohibition and its measure keeps the marker.
    for (text, measure) in [
        ("各地决不能违规举债。", "决不能违规举债"),
        ("各地绝不能挪用扶贫资金。", "绝不能挪用扶贫资金"),
    ] {
        let a = analyze(text);
        let forces: Vec<_> = a.directives.iter().map(|d| d.force.as_str()).collect();
        assert_eq!(forces, ["prohibition"], "{text}");
        assert_eq!(measures(text), pairs(&[(measure, "environment")]), "{text}");
    }
}

#[test]
fn once_a_list_splits_at_a_verb_any_verb_opens_an_item() {
    // 改造 is no listed verb: after the list split at 完善, it opens an item all the same.
    assert_eq!(
        measures("各地要建设学校、完善医院、改造公路。"),
        pairs(&[
            ("建设学校", "supply"),
            ("完善医院", "environment"),
            ("改造公路", "supply"),
        ])
    );
    // Before that, a verb jieba tags a verb may open a noun of a list of objects.
    assert_eq!(
        measures("要公布收费清单、申办流程。"),
        pairs(&[("公布收费清单、申办流程", "environment")])
    );
}

#[test]
fn a_quote_the_unit_does_not_close_quotes_nothing() {
    // The quotation runs on past the unit: its list still splits.
    assert_eq!(
        measures("会议强调：“各地要建设学校、完善医院、改造公路。"),
        pairs(&[
            ("建设学校", "supply"),
            ("完善医院", "environment"),
            ("改造公路", "supply"),
        ])
    );
    // A quote closed in the unit holds a name: its 、 splits nothing.
    assert_eq!(
        measures("要开展“送医、送药、送技术”下乡活动。"),
        pairs(&[("开展“送医、送药、送技术”下乡活动", "supply")])
    );
}

#[test]
fn the_complement_of_a_split_verb_is_no_object() {
    // jieba cuts 用好 into 用 and 好: the 好 completes the verb and names nothing.
    assert!(measures("各地要管好用好。").is_empty());
    assert_eq!(
        measures("要管好用好扶贫资金。"),
        pairs(&[("管好用好扶贫资金", "supply")])
    );
}

#[test]
fn a_short_verb_phrase_is_a_slogan_by_its_object_not_its_length() {
    // A concrete noun object makes three characters a measure.
    assert_eq!(
        measures("各地应当抓项目。"),
        pairs(&[("抓项目", "environment")])
    );
    // Abstract objects, and nouns that name nothing bare, keep slogans out.
    for text in ["要抓重点、补短板、强弱项。", "要克难关、战风险、迎挑战。"]
    {
        assert!(measures(text).is_empty(), "{text}: {:?}", measures(text));
    }
}
