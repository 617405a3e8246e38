//! The arithmetic of the forward pass: GEMM through `matrixmultiply`, and
//! softmax, LayerNorm and the exact GELU (erf) written out.

use super::{Linear, Norm};

pub(super) fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// out (rows x l.out) = x (rows x l.inp) W^T + b.
pub(super) fn linear(x: &[f32], rows: usize, l: &Linear, out: &mut Vec<f32>) {
    out.clear();
    for _ in 0..rows {
        out.extend_from_slice(&l.b);
    }
    gemm(
        (rows, l.inp, l.out),
        1.0,
        (x, l.inp, 1),
        (&l.w, 1, l.inp),
        1.0,
        (out, l.out, 1),
    );
}

/// C = alpha A B + beta C for an m x k A, a k x n B and an m x n C, each
/// given as (slice, row stride, column stride).
pub(super) fn gemm(
    (m, k, n): (usize, usize, usize),
    alpha: f32,
    (a, rsa, csa): (&[f32], usize, usize),
    (b, rsb, csb): (&[f32], usize, usize),
    beta: f32,
    (c, rsc, csc): (&mut [f32], usize, usize),
) {
    if m == 0 || n == 0 || k == 0 {
        return;
    }
    let last = |rows: usize, cols: usize, rs: usize, cs: usize| (rows - 1) * rs + (cols - 1) * cs;
    // The bounds the unsafe call relies on; the callers' shapes are fixed
    // by the parsed asset, so this is a check of this file's arithmetic.
    assert!(
        last(m, k, rsa, csa) < a.len()
            && last(k, n, rsb, csb) < b.len()
            && last(m, n, rsc, csc) < c.len()
    );
    // SAFETY: every element the strides reach is inside its slice (checked
    // above); `c` is borrowed mutably, so it overlaps neither `a` nor `b`.
    unsafe {
        matrixmultiply::sgemm(
            m,
            k,
            n,
            alpha,
            a.as_ptr(),
            rsa as isize,
            csa as isize,
            b.as_ptr(),
            rsb as isize,
            csb as isize,
            beta,
            c.as_mut_ptr(),
            rsc as isize,
            csc as isize,
        );
    }
}

pub(super) fn softmax(r: &mut [f32]) {
    let max = r.iter().fold(f32::NEG_INFINITY, |m, x| m.max(*x));
    let mut sum = 0.0;
    for x in r.iter_mut() {
        *x = (*x - max).exp();
        sum += *x;
    }
    r.iter_mut().for_each(|x| *x /= sum);
}

pub(super) fn layer_norm(x: &mut [f32], n: &Norm, eps: f32) {
    let len = x.len() as f32;
    let mean = x.iter().sum::<f32>() / len;
    let var = x.iter().map(|v| (v - mean) * (v - mean)).sum::<f32>() / len;
    let inv = 1.0 / (var + eps).sqrt();
    for ((v, g), b) in x.iter_mut().zip(&n.g).zip(&n.b) {
        *v = (*v - mean) * inv * g + b;
    }
}

/// x = LayerNorm(x + y), row by row.
pub(super) fn add_and_norm(x: &mut [f32], y: &[f32], n: &Norm, eps: f32, d: usize) {
    for (xr, yr) in x.chunks_exact_mut(d).zip(y.chunks_exact(d)) {
        xr.iter_mut().zip(yr).for_each(|(a, b)| *a += b);
        layer_norm(xr, n, eps);
    }
}

/// The exact GELU, x Φ(x), as torch's default (not the tanh form).
pub(super) fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x * std::f32::consts::FRAC_1_SQRT_2))
}

/// erf in f32 as Eigen and XLA compute it: a rational function on
/// [-4, 4] (erf is 1 to f32 precision beyond), odd numerator over even
/// denominator, a few units in the last place. No branch and no exp, so the
/// loop over the intermediate layer vectorises: the earlier f64 erfc with
/// exp took about a fifth of the whole forward pass.
pub(super) fn erf(x: f32) -> f32 {
    let x = x.clamp(-4.0, 4.0);
    let x2 = x * x;
    // Plain multiply-adds: `mul_add` without FMA enabled at compile time is
    // a call to libm's software fmaf, which made the whole pass 1.5x slower.
    let mut p = x2 * -2.726_142_3e-10 + 2.770_681_4e-8;
    p = x2 * p - 2.101_024e-6;
    p = x2 * p - 5.692_506_4e-5;
    p = x2 * p - 7.349_906_3e-4;
    p = x2 * p - 2.954_600_2e-3;
    p = x2 * p - 1.609_603_3e-2;
    let mut q = x2 * -1.456_607_2e-5 - 2.133_740_6e-4;
    q = x2 * q - 1.682_827e-3;
    q = x2 * q - 7.373_329_2e-3;
    q = x2 * q - 1.426_474e-2;
    x * p / q
}
