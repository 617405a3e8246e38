//! Build script: for a Windows target, the exe's resources (the icon Explorer
//! and the taskbar show, the version details of its Properties, and the
//! application manifest from `assets/windows/`), compiled with MinGW's
//! windres and linked into `claimdesk.exe`. Nothing for other targets.
//!
//! By hand rather than with a resource crate: one windres call, and no build
//! dependency that every Linux build would compile too.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=assets/windows");
    println!("cargo:rerun-if-env-changed=WINDRES");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") != "windows" {
        return ExitCode::SUCCESS;
    }
    if var("CARGO_CFG_TARGET_ENV") != "gnu" {
        println!(
            "cargo:warning=claimdesk.exe is built without its icon: only the MinGW (gnu) target compiles its resources"
        );
        return ExitCode::SUCCESS;
    }
    let assets = Path::new(&var("CARGO_MANIFEST_DIR"))
        .join("assets")
        .join("windows");
    let out = PathBuf::from(var("OUT_DIR"));
    let rc = out.join("claimdesk.rc");
    let object = out.join("claimdesk-resources.o");
    if let Err(e) = std::fs::write(&rc, resource_script(&assets, &var("CARGO_PKG_VERSION"))) {
        eprintln!("could not write {}: {e}", rc.display());
        return ExitCode::FAILURE;
    }
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| "x86_64-w64-mingw32-windres".into());
    let status = Command::new(&windres)
        .args(["--input-format=rc", "--output-format=coff", "-i"])
        .arg(&rc)
        .arg("-o")
        .arg(&object)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("{windres} failed ({s}) on {}", rc.display());
            return ExitCode::FAILURE;
        }
        Err(e) => {
            eprintln!(
                "could not run {windres} ({e}): install MinGW's binutils \
                 (Debian: apt-get install binutils-mingw-w64-x86-64), or set WINDRES"
            );
            return ExitCode::FAILURE;
        }
    }
    // An object file on the link line is linked whole, resources included.
    println!("cargo:rustc-link-arg-bin=claimdesk={}", object.display());
    ExitCode::SUCCESS
}

/// The .rc text: icon, manifest and version details, with absolute paths
/// written with `/` (windres reads a backslash in a string as an escape).
fn resource_script(assets: &Path, version: &str) -> String {
    let file = |name: &str| assets.join(name).to_string_lossy().replace('\\', "/");
    let mut numbers: Vec<u16> = version
        .split(['.', '-', '+'])
        .take(3)
        .map(|part| part.parse().unwrap_or(0))
        .collect();
    numbers.resize(4, 0);
    let comma = numbers
        .iter()
        .map(u16::to_string)
        .collect::<Vec<_>>()
        .join(",");
    format!(
        r#"1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {comma}
PRODUCTVERSION {comma}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "CompanyName", "ClaimDesk developers"
      VALUE "FileDescription", "ClaimDesk"
      VALUE "FileVersion", "{version}"
      VALUE "InternalName", "claimdesk"
      VALUE "LegalCopyright", "ClaimDesk developers, MIT OR Apache-2.0"
      VALUE "OriginalFilename", "claimdesk.exe"
      VALUE "ProductName", "ClaimDesk"
      VALUE "ProductVersion", "{version}"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x0409, 1200
  END
END
"#,
        icon = file("claimdesk.ico"),
        manifest = file("claimdesk.exe.manifest"),
    )
}
