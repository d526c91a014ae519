//! What a reader of the analysis notices: each category and link on short, made-up texts
//! written like real policy documents (not copied from the dev corpus).

use policy_lens::{Analysis, Analyzer};
use std::sync::OnceLock;

fn analyze(text: &str) -> Analysis {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(Analyzer::new).analyze(text)
}

fn texts<'a>(spans: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    spans.collect()
}

#[test]
fn force_follows_the_main_marker() {
    let a = analyze("各地要加强农田水利建设。严禁违规举债。鼓励社会资本参与乡村振兴。符合条件的企业可申请贷款贴息。");
    let forces: Vec<&str> = a.directives.iter().map(|d| d.force.as_str()).collect();
    assert_eq!(
        forces,
        [
            "obligation",
            "prohibition",
            "encouragement",
            "encouragement"
        ]
    );
    let markers: Vec<&str> = a
        .directives
        .iter()
        .map(|d| d.marker.as_ref().unwrap().text.as_str())
        .collect();
    assert_eq!(markers, ["要", "严禁", "鼓励", "可"]);
}

#[test]
fn reports_descriptions_and_predictions_are_not_directives() {
    let a = analyze(
        "全省安全生产工作会议召开。副省长李明出席会议并讲话。旅游业是我省的支柱产业。\
         今年以来，全省新增就业岗位十万个。乡村必将焕发新的活力。会议对下一步工作提出了要求。\
         经济增长内生动力仍需增强。",
    );
    assert!(
        a.directives.is_empty(),
        "{:?}",
        texts(a.directives.iter().map(|d| d.at.text.as_str()))
    );
}

#[test]
fn bare_imperatives_and_verb_headings_are_implicit_directives() {
    let a = analyze("（一）完善农村电网。推进农村公路建设，改善群众出行条件。\n二、基本原则\n");
    let found = texts(a.directives.iter().map(|d| d.at.text.as_str()));
    assert_eq!(
        found,
        [
            "（一）完善农村电网。",
            "推进农村公路建设，改善群众出行条件。"
        ]
    );
    assert!(a
        .directives
        .iter()
        .all(|d| d.implicit && d.force.as_str() == "obligation"));
}

#[test]
fn half_and_full_width_punctuation_give_the_same_analysis() {
    let full = analyze("各县（区）要落实低保兜底政策，建设扶贫产业园区；");
    let half = analyze("各县(区)要落实低保兜底政策,建设扶贫产业园区;");
    fn summary(a: &Analysis) -> (usize, usize, Vec<&str>) {
        (
            a.directives.len(),
            a.actors.len(),
            a.measures.iter().map(|m| m.at.text.as_str()).collect(),
        )
    }
    assert_eq!(summary(&full), summary(&half));
    assert_eq!(summary(&half).2, ["落实低保兜底政策", "建设扶贫产业园区"]);
}

#[test]
fn the_subject_carries_over_to_following_units_of_its_paragraph() {
    let a = analyze("各市州要加强基础设施建设。要落实低保兜底政策。\n要开展技能培训。");
    let who: Vec<Vec<&str>> = (0..a.directives.len())
        .map(|d| {
            a.actors_of(d)
                .iter()
                .map(|&i| a.actors[i].at.text.as_str())
                .collect()
        })
        .collect();
    assert_eq!(
        who,
        [vec!["各市州"], vec!["各市州"], vec![]],
        "a new paragraph does not inherit"
    );
    assert_eq!(
        (a.directives[1].actors.len(), a.directives[1].actors_from),
        (0, Some(0)),
        "the carried-over subject is shared by reference, not copied"
    );
    assert_eq!(a.actors[0].role.as_str(), "responsible");
    assert_eq!(a.actors[0].level.as_str(), "municipal");
}

#[test]
fn a_responsibility_note_names_who_carries_out_its_point() {
    let a = analyze(
        "（一）扩大就业见习补贴范围。组织失业青年参加就业见习。（人力资源社会保障部、财政部负责）\n\
         （二）加强监管。",
    );
    let who = |i: usize| -> Vec<&str> {
        a.actors_of(i)
            .iter()
            .map(|&k| a.actors[k].at.text.as_str())
            .collect()
    };
    assert_eq!(who(0), ["人力资源社会保障部", "财政部"]);
    assert_eq!(who(1), ["人力资源社会保障部", "财政部"]);
    assert!(
        who(3).is_empty(),
        "the next point is not covered by the note"
    );
    assert!(a
        .actors
        .iter()
        .all(|x| x.role.as_str() == "responsible" && x.level.as_str() == "central"));
}

#[test]
fn addressees_are_responsible_for_unassigned_directives() {
    let a = analyze("国务院关于加强农村公路建设的通知\n各省、自治区、直辖市人民政府，国务院各部委：\n加快农村公路建设。\n国务院\n");
    let roles: Vec<(&str, &str)> = a
        .actors
        .iter()
        .map(|x| (x.at.text.as_str(), x.role.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            ("国务院", "issuer"),
            ("各省、自治区、直辖市人民政府", "responsible"),
            ("国务院各部委", "responsible"),
            ("国务院", "issuer")
        ]
    );
    assert_eq!(a.directives.len(), 1);
    assert_eq!(a.actors_of(0), [1, 2]);
    assert_eq!(a.summary.issuers, ["国务院"]);
}

#[test]
fn speakers_are_issuers_and_titles_give_their_level() {
    let a = analyze(
        "市委书记张伟强调，各级党委政府要严格落实安全生产责任制。张伟指出，要加强监督检查。",
    );
    let roles: Vec<(&str, &str, &str)> = a
        .actors
        .iter()
        .map(|x| (x.at.text.as_str(), x.role.as_str(), x.level.as_str()))
        .collect();
    assert_eq!(
        roles,
        [
            ("市委书记张伟", "issuer", "municipal"),
            ("各级党委政府", "responsible", "all"),
            ("张伟", "issuer", "municipal")
        ]
    );
}

#[test]
fn measures_leave_out_modals_adverbs_and_purpose_clauses() {
    let a = analyze(
        "要切实加强农村饮水安全工程建设，进一步完善考核评价机制，让群众喝上放心水。严禁违规举债。",
    );
    let m: Vec<(&str, &str)> = a
        .measures
        .iter()
        .map(|m| (m.at.text.as_str(), m.instrument.as_str()))
        .collect();
    assert_eq!(
        m,
        [
            ("加强农村饮水安全工程建设", "supply"),
            ("完善考核评价机制", "environment"),
            ("严禁违规举债", "environment")
        ]
    );
    assert!(a
        .measures
        .iter()
        .all(|m| m.directive.is_some_and(|d| d < a.directives.len())));
}

#[test]
fn exhortations_with_abstract_objects_are_not_measures() {
    let a = analyze("要提高政治站位，增强责任意识，转变工作作风。");
    assert!(
        a.measures.is_empty(),
        "{:?}",
        texts(a.measures.iter().map(|m| m.at.text.as_str()))
    );
}

#[test]
fn targets_drop_numbers_and_keep_short_restrictions() {
    let a = analyze("提高6000万农村人口供水保障水平。对符合条件的失业人员给予临时生活补助。");
    assert_eq!(
        texts(a.targets.iter().map(|t| t.at.text.as_str())),
        ["农村人口", "符合条件的失业人员"]
    );
}

#[test]
fn the_outline_lists_numbered_points_with_titles() {
    let a = analyze(
        "一、总体要求\n（一）加强组织领导。各地要建立工作机制。\n（二）强化督查。\n二、保障措施\n",
    );
    let points: Vec<(&str, &str, u8)> = a
        .outline
        .iter()
        .map(|o| (o.number.as_str(), o.title.text.as_str(), o.depth))
        .collect();
    assert_eq!(
        points,
        [
            ("一", "总体要求", 1),
            ("（一）", "加强组织领导", 2),
            ("（二）", "强化督查", 2),
            ("二", "保障措施", 1)
        ]
    );
    assert_eq!(
        a.outline[1].at.text,
        "（一）加强组织领导。各地要建立工作机制。"
    );
}

#[test]
fn the_summary_tells_who_must_do_what() {
    let a = analyze("各市州要落实“两不愁三保障”政策，加强基础设施建设。各市州要做好“两不愁三保障”工作。要加快项目审批。日期:2020-01-02");
    let row = &a.summary.responsibilities[0];
    assert_eq!(row.actor, "各市州");
    assert_eq!(row.lists, [0, 1], "the directives that name it");
    assert_eq!(
        row.directive_count, 3,
        "with the one that carries its subject over"
    );
    assert_eq!(
        row.measure_count,
        a.measures.len(),
        "all measures are its directives'"
    );
    assert_eq!(a.summary.slogans[0].text, "两不愁三保障");
    assert_eq!(a.summary.slogans[0].count, 2);
    assert_eq!(a.summary.dates[0].text, "2020-01-02");
    assert_eq!(
        a.summary.counts.instrument.values().sum::<usize>(),
        a.measures.len()
    );
}

#[test]
fn bureaus_are_actors_whatever_their_name_ends_with() {
    let a = analyze("县财政局要保障学校营养餐资金。民政局要做好临时救助。市委常委会要听取汇报。");
    let actors: Vec<(&str, &str)> = a
        .actors
        .iter()
        .map(|x| (x.at.text.as_str(), x.level.as_str()))
        .collect();
    assert_eq!(
        actors,
        [
            ("县财政局", "county"),
            ("民政局", "unspecified"),
            ("市委常委会", "municipal")
        ]
    );
    assert!(a.actors.iter().all(|x| x.role.as_str() == "responsible"));
}

#[test]
fn nested_actors_come_in_text_order_outer_first() {
    let a = analyze("有贫困乡镇的各县负责。");
    let found: Vec<(&str, usize)> = a
        .actors
        .iter()
        .map(|x| (x.at.text.as_str(), x.at.start))
        .collect();
    assert_eq!(found, [("有贫困乡镇的各县", 0), ("贫困乡镇", 1)]);
    assert_eq!(a.check("有贫困乡镇的各县负责。"), Ok(()));
}

#[test]
fn a_byte_order_mark_before_the_text_hides_nothing() {
    let text = "\u{feff}一、总体要求\n县人民政府关于加强管护的通知\n";
    let a = analyze(text);
    assert_eq!(a.outline.first().map(|o| o.number.as_str()), Some("一"));
    assert_eq!(a.outline[0].at.start, 1, "offsets still count the mark");
    assert_eq!(a.check(text), Ok(()));
}
