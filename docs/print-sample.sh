#!/usr/bin/env bash
# Regenerates docs/print-sample.pdf and docs/print-sample.png: two fixtures converted to Word by declutter, printed
# to PDF by LibreOffice (as the print tests do), joined, and the first page rendered as a small PNG.
# Needs LibreOffice Writer and poppler-utils (apt-get install -y libreoffice-writer-nogui poppler-utils).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fixtures=(heading-and-list uppercase-about-with-contact)
for name in "${fixtures[@]}"; do
  dotnet run --project src/Convert.Cli -- convert "fixtures/text/$name.txt" -o "$work/$name.docx" --force -q
done
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work"/*.docx >/dev/null
pdfunite $(printf "$work/%s.pdf " "${fixtures[@]}") docs/print-sample.pdf
pdftoppm -png -r 60 -singlefile -f 1 -l 1 docs/print-sample.pdf docs/print-sample
echo "wrote docs/print-sample.pdf and docs/print-sample.png"
