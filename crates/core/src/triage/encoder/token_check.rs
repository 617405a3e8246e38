//! A wider tokeniser check than the fixture, run by hand:
//! `CLAIMDESK_TOKEN_CHECK=FILE cargo test -p claimdesk-core --lib -- --ignored token_check`
//! where FILE is a JSON list of {"text", "ids"} from HF `tokenizers`
//! (cut to 128 keeping [SEP]); prints each mismatch and the count.

use super::Encoder;

#[test]
#[ignore = "needs a file written by the Python tokenizer"]
fn token_check() {
    let Ok(path) = std::env::var("CLAIMDESK_TOKEN_CHECK") else {
        return;
    };
    let text = std::fs::read_to_string(&path).expect("the check file");
    let rows: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let e = Encoder::shipped().expect("the shipped encoder");
    let rows = rows.as_array().expect("a list");
    let mut bad = 0;
    for row in rows {
        let text = row["text"].as_str().expect("text");
        let ids: Vec<u32> = row["ids"]
            .as_array()
            .expect("ids")
            .iter()
            .map(|i| i.as_u64().expect("id") as u32)
            .collect();
        let ours = e.token_ids(text);
        if ours != ids {
            bad += 1;
            if bad <= 20 {
                eprintln!("{text:?}\n  HF   {ids:?}\n  Rust {ours:?}");
            }
        }
    }
    eprintln!("{bad} of {} differ", rows.len());
    assert_eq!(bad, 0);
}
