use std::fs::File;
use std::io::BufWriter;
use std::path::Path;

use eframe::egui::Color32;

/// Writes RGBA pixels (as egui hands them to a screenshot callback) to a PNG file.
pub fn write_png(path: &Path, pixels: &[Color32], size: [usize; 2]) -> Result<(), String> {
    let file = File::create(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let (w, h) = (
        u32::try_from(size[0]).map_err(|e| e.to_string())?,
        u32::try_from(size[1]).map_err(|e| e.to_string())?,
    );
    let mut encoder = png::Encoder::new(BufWriter::new(file), w, h);
    encoder.set_color(png::ColorType::Rgba);
    encoder.set_depth(png::BitDepth::Eight);
    let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
    let bytes: Vec<u8> = pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    writer.write_image_data(&bytes).map_err(|e| e.to_string())?;
    writer.finish().map_err(|e| e.to_string())
}
