//! Written by `tools/library/train_reranker.py` (pairwise logistic regression
//! on the CLEF CheckThat! 2020 Task 2 train split); do not edit by hand.
//! The order is `rerank::FEATURES`.

pub const WEIGHTS: [f32; 7] = [5.607, 9.826, 10.19, 4.198, 14.21, 5.822, -0.1423];
