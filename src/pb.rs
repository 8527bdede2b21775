//! The code generated from `proto/confab/v1/chat.proto`, included once.

#![allow(missing_docs, clippy::all, clippy::pedantic)]

tonic::include_proto!("confab.v1");

/// The encoded file descriptor set, served by gRPC reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("confab_descriptor");
