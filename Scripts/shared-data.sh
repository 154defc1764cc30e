# Sourced by the quality scripts: where the shared evaluation data and tools are, and a check
# that fails loudly when they are missing. They are not part of the repository; by default
# they are the folder `shared` beside the project (../shared), or PADAN_SHARED=PATH.
shared=${PADAN_SHARED:-../shared}

# require_shared WHAT FILE...: exits 2 with a message naming every missing file.
require_shared() {
  local what=$1 missing=()
  shift
  for f in "$@"; do [ -e "$f" ] || missing+=("$f"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  {
    echo "error: $what needs data that is not here:"
    printf '  %s\n' "${missing[@]}"
    echo "Place the shared evaluation folder (data/ and tools/) beside the project as ../shared,"
    echo "or set PADAN_SHARED=PATH to where it is. Nothing was measured."
  } >&2
  exit 2
}
