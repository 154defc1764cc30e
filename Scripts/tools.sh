# Sourced by the interop scripts: checks for the outside tools they run.

# require_tools TOOL...: exit 2 naming the first tool not on PATH.
require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "error: $tool is not installed" >&2; exit 2; }
  done
}

# translate_toolkit_python: sets TT_PYTHON to a Python that has translate-toolkit's modules
# (pip's, or Debian's /usr/bin/python3), or exits 2.
translate_toolkit_python() {
  local p
  TT_PYTHON=""
  for p in python3 /usr/bin/python3; do
    if "$p" -c 'import translate.storage.po' 2>/dev/null; then TT_PYTHON="$p"; return; fi
  done
  echo "error: no Python with translate-toolkit" >&2
  exit 2
}
