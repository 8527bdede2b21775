//! Generates the Rust code for `proto/confab/v1/chat.proto` and the file
//! descriptor set that server reflection serves.
//!
//! A fresh machine has no `protoc`, so the vendored one is used unless the
//! caller already points `PROTOC` somewhere.

use std::{env, path::PathBuf};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if env::var_os("PROTOC").is_none() {
        // SAFETY: build scripts are single-threaded; nothing else reads the
        // environment concurrently.
        unsafe { env::set_var("PROTOC", protoc_bin_vendored::protoc_bin_path()?) };
    }
    let well_known = protoc_bin_vendored::include_path()?;
    let out_dir = PathBuf::from(env::var("OUT_DIR")?);
    tonic_prost_build::configure()
        .file_descriptor_set_path(out_dir.join("confab_descriptor.bin"))
        .compile_protos(
            &[PathBuf::from("proto/confab/v1/chat.proto")],
            &[PathBuf::from("proto"), well_known],
        )?;
    println!("cargo:rerun-if-changed=proto");
    Ok(())
}
