//! Writing a screenshot to a PNG file: 8-bit RGBA, unpremultiplied.

use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

/// Writes `size[0]` × `size[1]` pixels, four bytes each (R, G, B, A,
/// unpremultiplied sRGB), to a PNG file.
pub fn write_png(path: &Path, rgba: &[u8], size: [usize; 2]) -> Result<(), String> {
    let file = File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (w, h) = (
        u32::try_from(size[0]).map_err(|e| e.to_string())?,
        u32::try_from(size[1]).map_err(|e| e.to_string())?,
    );
    let mut encoder = png::Encoder::new(BufWriter::new(file), w, h);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    writer.write_image_data(rgba).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())
}
