//! The encoder against the Python export's fixture, damaged assets, the
//! score mix and Cancel.

use super::math::erf;
use super::*;

/// What `tools/triage/export_encoder.py` wrote beside the asset: HF
/// `tokenizers` ids, and a float64 forward pass over the same int8
/// weights dequantised.
fn fixture() -> Vec<(String, Vec<u32>, f32)> {
    let json: serde_json::Value =
        serde_json::from_str(include_str!("../encoder-fixture.json")).expect("the fixture");
    json["sentences"]
        .as_array()
        .expect("sentences")
        .iter()
        .map(|s| {
            let ids = s["ids"].as_array().expect("ids");
            (
                s["text"].as_str().expect("text").to_owned(),
                ids.iter()
                    .map(|i| i.as_u64().expect("an id") as u32)
                    .collect(),
                s["probability"].as_f64().expect("a probability") as f32,
            )
        })
        .collect()
}

#[test]
fn tokens_are_those_of_the_python_tokenizer() {
    let e = Encoder::shipped().expect("the shipped encoder");
    let cases = fixture();
    assert!(cases.len() >= 40);
    assert!(
        cases.iter().any(|(_, ids, _)| ids.len() == 128),
        "one is cut"
    );
    for (text, ids, _) in &cases {
        assert_eq!(&e.token_ids(text), ids, "{text:?}");
    }
}

#[test]
fn probabilities_are_those_of_the_python_forward_pass() {
    let e = Encoder::shipped().expect("the shipped encoder");
    let cases = fixture();
    let texts: Vec<&str> = cases.iter().map(|(t, _, _)| t.as_str()).collect();
    // One at a time, and stacked into batches on several threads.
    let batched = e.probabilities(&texts, &|_, _| true).expect("not stopped");
    let mut worst = 0.0f32;
    for ((_, ids, p), b) in cases.iter().zip(batched) {
        let z = e.logits(std::slice::from_ref(ids), &mut Scratch::default())[0];
        let one = 1.0 / (1.0 + (-z).exp());
        worst = worst.max((one - p).abs()).max((b - p).abs());
    }
    eprintln!("largest difference from the fixture: {worst:e}");
    assert!(worst < 1e-4, "{worst}");
}

#[test]
fn erf_is_erf() {
    // Against a power series in f64 (exact enough for |x| <= 3) and erf's tail.
    let series = |x: f64| {
        let (mut term, mut sum) = (x, x);
        for n in 1..200 {
            term *= -x * x / n as f64;
            sum += term / (2 * n + 1) as f64;
        }
        sum * 2.0 / std::f64::consts::PI.sqrt()
    };
    let mut worst = 0.0f64;
    for i in -3000..=3000 {
        let x = i as f64 / 1000.0;
        worst = worst.max((f64::from(erf(x as f32)) - series(x)).abs());
    }
    assert!(worst < 1e-6, "{worst}");
    assert!((erf(5.0) - 1.0).abs() < 1e-6 && (erf(-30.0) + 1.0).abs() < 1e-6);
    assert!((gelu(1.0) - 0.841_344_7).abs() < 1e-6);
}

#[test]
fn a_damaged_asset_gives_none() {
    let good = SHIPPED_BYTES;
    assert!(Encoder::from_bytes(good).is_some());
    assert!(Encoder::from_bytes(b"").is_none());
    assert!(Encoder::from_bytes(b"CDTRENC1\xff\xff\xff\xff").is_none());
    assert!(Encoder::from_bytes(&good[..good.len() - 1]).is_none());
    assert!(Encoder::from_bytes(&[good, b"x"].concat()).is_none());
    let mut other = good.to_vec();
    other[7] = b'9';
    assert!(Encoder::from_bytes(&other).is_none());
    // The header's heads (12) made 7: no longer a divisor of hidden.
    let mut heads = good.to_vec();
    heads[12 + 12] = 7;
    assert!(Encoder::from_bytes(&heads).is_none());
    // ngram_weight (the header's ninth field) out of 0..=1.
    let mut weight = good.to_vec();
    weight[12 + 32..12 + 36].copy_from_slice(&2.0f32.to_le_bytes());
    assert!(Encoder::from_bytes(&weight).is_none());
}

#[test]
fn the_pass_stops_when_asked() {
    let e = Encoder::shipped().expect("the shipped encoder");
    let text = "We cut taxes by 5 percent last year, the lowest in fifty years.";
    let texts = vec![text; 200];
    let asked = AtomicUsize::new(0);
    let stopped = e.probabilities(&texts, &|done, total| {
        assert!(done <= total);
        asked.fetch_add(1, Ordering::Relaxed);
        false
    });
    assert!(stopped.is_none());
    // Each thread finishes the batch it holds, then takes no other.
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert!(asked.load(Ordering::Relaxed) <= threads);
    let all = e.probabilities(&texts, &|_, _| true).expect("not stopped");
    assert_eq!(all.len(), 200);
}
