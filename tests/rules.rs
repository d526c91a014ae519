//! One test per rule, on its own fixture `tests/rules/<rule-id>.txt` of invented sentences:
//! every `+` text gives at least one span by the rule, every `-` text none, and the spans
//! the rule gave print as the golden lines under `== expect` (offsets within each text).
//! After an intended change, check the diff and run
//! `UPDATE_SNAPSHOTS=1 cargo test --release --test rules`.

mod common;

use std::path::PathBuf;

use policy_lens::rule::Rule;

fn fixture_path(rule: Rule) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/rules")
        .join(format!("{}.txt", rule.id()))
}

/// A fixture: its head (comments and texts) and its `+` and `-` texts.
struct Fixture {
    head: String,
    positive: Vec<String>,
    negative: Vec<String>,
    expect: String,
}

const EXPECT: &str = "== expect\n";

fn read(rule: Rule) -> Fixture {
    let path = fixture_path(rule);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "rule {} has no fixture\nhelp: write {} with invented '+' and '-' sentences",
            rule.id(),
            path.display()
        )
    });
    let (head, expect) = text.split_once(EXPECT).unwrap_or((&text, ""));
    let texts = |sign: &str| -> Vec<String> {
        head.lines()
            .filter_map(|l| l.strip_prefix(sign))
            .map(|t| t.replace("\\n", "\n"))
            .collect()
    };
    Fixture {
        head: head.to_string(),
        positive: texts("+ "),
        negative: texts("- "),
        expect: expect.to_string(),
    }
}

/// Checks one rule against its fixture (or rewrites its expectations).
fn check(rule: Rule) {
    let f = read(rule);
    assert!(
        !f.positive.is_empty() && !f.negative.is_empty(),
        "{}: a fixture needs '+' and '-' texts",
        rule.id()
    );
    let mut got = String::new();
    let mut failures = Vec::new();
    for text in &f.positive {
        let lines = common::render(&common::analyzer().analyze(text), |r| r == rule.id(), false);
        if lines.is_empty() {
            failures.push(format!("+ {text:?} gives no span by {}", rule.id()));
        }
        got.push_str(&format!("> {}\n{lines}", text.escape_debug()));
    }
    for text in &f.negative {
        let lines = common::render(&common::analyzer().analyze(text), |r| r == rule.id(), false);
        if !lines.is_empty() {
            failures.push(format!(
                "- {text:?} gives a span by {}:\n{lines}",
                rule.id()
            ));
        }
    }
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(fixture_path(rule), format!("{}{EXPECT}{got}", f.head)).unwrap();
    } else if got != f.expect {
        failures.push(format!(
            "the spans differ from '== expect':\n{got}\nhelp: if the change is intended, run \
             `UPDATE_SNAPSHOTS=1 cargo test --release --test rules`"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

macro_rules! rule_tests {
    ($($name:ident: $rule:ident,)+) => {
        $(
            #[test]
            fn $name() {
                check(Rule::$rule);
            }
        )+

        /// Every rule has a test here and a fixture, and every fixture a rule.
        #[test]
        fn every_rule_has_a_test_and_a_fixture() {
            let tested = [$(Rule::$rule),+];
            for r in Rule::ALL {
                assert!(tested.contains(r), "rule {} has no test in tests/rules.rs", r.id());
                assert!(fixture_path(*r).exists(), "rule {} has no fixture", r.id());
            }
            let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/rules");
            for entry in std::fs::read_dir(dir).unwrap() {
                let name = entry.unwrap().file_name().into_string().unwrap();
                let id = name.trim_end_matches(".txt");
                assert!(Rule::parse(id).is_some(), "tests/rules/{name} names no rule");
            }
        }
    };
}

rule_tests! {
    directive_numbered_yao: DirectiveNumberedYao,
    directive_marker_obligation: DirectiveMarkerObligation,
    directive_marker_prohibition: DirectiveMarkerProhibition,
    directive_marker_encouragement: DirectiveMarkerEncouragement,
    directive_responsibility_note: DirectiveResponsibilityNote,
    directive_reported_imperative: DirectiveReportedImperative,
    directive_implicit_imperative: DirectiveImplicitImperative,
    directive_implicit_prepositional: DirectiveImplicitPrepositional,
    directive_implicit_assignment: DirectiveImplicitAssignment,
    directive_article: DirectiveArticle,
    directive_deadline: DirectiveDeadline,
    directive_stated_duty: DirectiveStatedDuty,
    actor_addressee: ActorAddressee,
    actor_responsibility_note: ActorResponsibilityNote,
    actor_document_issuer: ActorDocumentIssuer,
    actor_signature: ActorSignature,
    actor_speaker: ActorSpeaker,
    actor_issuer_verb: ActorIssuerVerb,
    actor_attendee: ActorAttendee,
    actor_subject: ActorSubject,
    actor_subject_of_report: ActorSubjectOfReport,
    actor_pivot: ActorPivot,
    actor_agent: ActorAgent,
    actor_bearer: ActorBearer,
    actor_partner: ActorPartner,
    actor_mention: ActorMention,
    measure_verb_object: MeasureVerbObject,
    measure_means_list: MeasureMeansList,
    measure_prepositional: MeasurePrepositional,
    measure_prohibition: MeasureProhibition,
    target_head: TargetHead,
    target_modified: TargetModified,
    target_cared_for: TargetCaredFor,
}

/// Each rule's example in src/rule.rs is one of its fixture's `+` texts, so the
/// description the page shows is backed by a test.
#[test]
fn every_rule_example_is_a_positive_fixture() {
    let unbacked: Vec<String> = Rule::ALL
        .iter()
        .filter(|r| !read(**r).positive.iter().any(|t| t == r.example()))
        .map(|r| format!("{} ({})", r.id(), r.example()))
        .collect();
    assert!(
        unbacked.is_empty(),
        "examples that are no '+' text of their fixture: {}",
        unbacked.join(", ")
    );
}

/// README's table of rules is the one `policy-lens vocabulary --markdown` prints.
#[test]
fn readme_lists_every_rule_with_its_description() {
    let readme =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("README.md"))
            .unwrap();
    assert!(
        readme.contains(&policy_lens::vocabulary::markdown_rules()),
        "README's rule table is stale\nhelp: run scripts/readme-rules.sh"
    );
}
