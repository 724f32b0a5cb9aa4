# Sourced by benchmarks/compare.sh and its sections: the two builds of telnetlite that are compared.
#   TELNETLITE_NATIVE     the NativeAOT binary (dotnet publish -p:PublishAot=true), as the README's Install builds it
#   TELNETLITE_FRAMEWORK  the framework-dependent Release build (JIT), as `dotnet run` or the dotnet tool runs it
# Set either to an existing binary to skip its build.

telnetlite_repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
telnetlite_out="${TELNETLITE_COMPARE_OUT:-${TMPDIR:-/tmp}/telnetlite-compare}"

telnetlite_build_native() {
  if [ -n "${TELNETLITE_NATIVE:-}" ]; then return; fi
  echo "building the native binary (NativeAOT, about a minute)..." >&2
  dotnet publish "$telnetlite_repo/src/TelnetLite" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$telnetlite_out/native" -nologo -v quiet >&2
  export TELNETLITE_NATIVE="$telnetlite_out/native/telnetlite"
}

telnetlite_build_framework() {
  if [ -n "${TELNETLITE_FRAMEWORK:-}" ]; then return; fi
  echo "building the framework-dependent binary..." >&2
  dotnet publish "$telnetlite_repo/src/TelnetLite" -c Release -o "$telnetlite_out/framework" -nologo -v quiet >&2
  export TELNETLITE_FRAMEWORK="$telnetlite_out/framework/telnetlite"
}

telnetlite_build_all() {
  telnetlite_build_native
  telnetlite_build_framework
}
