//! Written by `tools/library/train_reranker.py` (pairwise logistic regression
//! on the CLEF CheckThat! 2020 Task 2 train split); do not edit by hand.
//! The order is `rerank::FEATURES`.

pub const WEIGHTS: [f32; 8] = [6.136, 7.122, 7.471, 2.197, 13.04, 5.233, -0.4927, 6.046];
