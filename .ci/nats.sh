# Sourced by .ci/run: makes sure nats-server is installed (Debian's package)
# for the cluster tests, which start their own on free loopback ports.
nats_install() {
  if command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ]; then
    return 0
  fi
  apt-get install -y nats-server || { apt-get update && apt-get install -y nats-server; }
}
