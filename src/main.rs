use policy_lens::Analyzer;
fn main() {
    let a = Analyzer::new();
    let path = std::env::args().nth(2).unwrap();
    let text = std::fs::read_to_string(path).unwrap();
    println!("{}", serde_json::to_string(&a.analyze(&text)).unwrap());
}
