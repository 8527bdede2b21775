//! Generates the Rust code for `proto/confab/v1/chat.proto` and the file
//! descriptor set that server reflection serves.
//!
//! It generates twice: once plainly, for clients (`confab::pb`), and once
//! for the server (`server::grpc::pb`), where an `Event` is a message
//! encoded once and shared as bytes by every stream that sends it.
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
    let protos = [PathBuf::from("proto/confab/v1/chat.proto")];
    let includes = [PathBuf::from("proto"), well_known];
    tonic_prost_build::configure()
        .build_server(false)
        .file_descriptor_set_path(out_dir.join("confab_descriptor.bin"))
        .compile_protos(&protos, &includes)?;
    let wire_dir = out_dir.join("wire");
    std::fs::create_dir_all(&wire_dir)?;
    tonic_prost_build::configure()
        .build_client(false)
        .out_dir(&wire_dir)
        .extern_path(".confab.v1.Event", "crate::server::grpc::pb::WireEvent")
        .codec_path("crate::server::grpc::codec::ServerCodec")
        .compile_protos(&protos, &includes)?;
    println!("cargo:rerun-if-changed=proto");
    Ok(())
}
