#!/usr/bin/env bash
# Builds padan in release mode and installs it with its data:
#   PREFIX/bin/padan
#   PREFIX/share/padan/Glossaries/   (glossaries, lexicon/, rules/, english/ ...)
# padan finds the data there from any folder (docs/cli.md, "Where padan finds its data").
# Usage: [PREFIX=~/.local] bash Scripts/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=${PREFIX:-$HOME/.local}
swift build -c release
bin=$(swift build -c release --show-bin-path)
mkdir -p "$prefix/bin" "$prefix/share/padan"
install -m 755 "$bin/padan" "$prefix/bin/padan"
rm -rf "$prefix/share/padan/Glossaries.new"
cp -R Glossaries "$prefix/share/padan/Glossaries.new"
rm -rf "$prefix/share/padan/Glossaries"
mv "$prefix/share/padan/Glossaries.new" "$prefix/share/padan/Glossaries"
echo "installed $prefix/bin/padan and $prefix/share/padan/Glossaries"
case ":$PATH:" in
  *":$prefix/bin:"*) ;;
  *) echo "add $prefix/bin to PATH, e.g.: export PATH=\"$prefix/bin:\$PATH\"" ;;
esac
