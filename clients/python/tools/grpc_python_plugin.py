"""A protoc plugin (stdin: CodeGeneratorRequest, stdout: CodeGeneratorResponse)
that produces gRPC Python service stubs (*_pb2_grpc.py).

grpcio-tools links the gRPC Python generator into its bundled protoc and ships
no standalone `grpc_python_plugin` binary, so this plugin hands the request's
descriptors to that protoc (--descriptor_set_in) and returns what it writes.
The plugin parameter, if any, is passed on as --grpc_python_out=PARAM:DIR.
"""

import os
import sys
import tempfile

from google.protobuf import descriptor_pb2
from google.protobuf.compiler import plugin_pb2
from grpc_tools import protoc


def main() -> int:
    request = plugin_pb2.CodeGeneratorRequest.FromString(sys.stdin.buffer.read())
    response = plugin_pb2.CodeGeneratorResponse()
    response.supported_features = (
        plugin_pb2.CodeGeneratorResponse.FEATURE_PROTO3_OPTIONAL
    )

    with tempfile.TemporaryDirectory() as tmp:
        fds = descriptor_pb2.FileDescriptorSet(file=request.proto_file)
        fds_path = os.path.join(tmp, "input.binpb")
        with open(fds_path, "wb") as f:
            f.write(fds.SerializeToString())
        out_dir = os.path.join(tmp, "out")
        os.mkdir(out_dir)
        out_arg = out_dir
        if request.parameter:
            out_arg = f"{request.parameter}:{out_dir}"
        # protoc prints its own diagnostics to stderr; keep stdout clean.
        saved_stdout = os.dup(1)
        os.dup2(2, 1)
        try:
            rc = protoc.main(
                [
                    "protoc",
                    f"--descriptor_set_in={fds_path}",
                    f"--grpc_python_out={out_arg}",
                    *request.file_to_generate,
                ]
            )
        finally:
            os.dup2(saved_stdout, 1)
            os.close(saved_stdout)
        if rc != 0:
            response.error = f"grpc_tools protoc failed with exit code {rc}"
        else:
            for root, _dirs, files in os.walk(out_dir):
                for name in sorted(files):
                    path = os.path.join(root, name)
                    rel = os.path.relpath(path, out_dir).replace(os.sep, "/")
                    with open(path, encoding="utf-8") as f:
                        response.file.add(name=rel, content=f.read())

    sys.stdout.buffer.write(response.SerializeToString())
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
