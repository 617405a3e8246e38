//! Written by `tools/library/train_reranker.py` (pairwise logistic regression
//! on the CLEF CheckThat! 2020 Task 2 train split); do not edit by hand.
//! The order is `rerank::FEATURES`.

pub const WEIGHTS: [f32; 11] = [
    6.533, 2.809, 3.462, 0.08295, 8.07, 2.631, -0.1896, 5.374, 3.915, 8.207, 6.693,
];
