#!/usr/bin/env bash
# Validates Output/*.tmx, Output/*.xlf and Output/*.xliff (or the files given) with real tools: the shared
# validate.sh runs xmllint against the official schemas, a second XSD engine, translate-toolkit
# and OmegaT where they are installed. Fails when the shared tools are missing (see
# Scripts/shared-data.sh) and when any file fails.
# Usage: bash Scripts/validate.sh [FILE...]
set -euo pipefail
cd "$(dirname "$0")/.."
. Scripts/shared-data.sh
validate=$shared/tools/formats/validate.sh
require_shared validate "$validate" "$shared/schemas/tmx/tmx14.dtd"
command -v xmllint >/dev/null || { echo "error: validate needs xmllint: apt-get install libxml2-utils" >&2; exit 2; }
if [ $# -eq 0 ]; then set -- Output/*.tmx Output/*.xlf Output/*.xliff; fi
bash "$validate" "$@"
