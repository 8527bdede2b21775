//! The code generated from `proto/confab/v1/chat.proto`, included once.

#![allow(missing_docs, clippy::all, clippy::pedantic)]

tonic::include_proto!("confab.v1");

/// The metadata header that names the caller in open mode.
pub const USER_HEADER: &str = "x-confab-user";

/// The encoded file descriptor set, served by gRPC reflection.
pub const FILE_DESCRIPTOR_SET: &[u8] = tonic::include_file_descriptor_set!("confab_descriptor");
