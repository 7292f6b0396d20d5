#!/usr/bin/env bash
# The review round trip through LibreOffice itself (not part of the build: it needs LibreOffice Writer and
# python3-uno, e.g. apt-get install -y libreoffice-writer python3-uno): the example's review document is edited by
# LibreOffice with track changes on, imported, every proposal accepted, and the result compared paragraph by
# paragraph with LibreOffice's own "accept all". Exit 0 when they are the same.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$HERE/../.."
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
PARTS=report/introduction,report/due-diligence/dd-step-4,annex-a
cp "$ROOT/examples/halcyon-2025.sdfiling" "$WORK/filing.sdfiling"
"$ROOT/sdstudio" review-docx "$WORK/filing.sdfiling" --out "$WORK/sent.docx" --parts "$PARTS" --as "Dana Whitfield"
# a new profile makes LibreOffice restart once: create it first
soffice --headless --norestore "-env:UserInstallation=file://$WORK/profile" --terminate_after_init >/dev/null 2>&1 || true
/usr/bin/python3 "$HERE/lo_edit.py" edit "$WORK/sent.docx" "$WORK/returned.docx" "$WORK/profile"
"$ROOT/sdstudio" review-import "$WORK/filing.sdfiling" "$WORK/returned.docx" --as "Dana Whitfield"
for part in report/introduction report/due-diligence/dd-step-4; do
  "$ROOT/sdstudio" changes "$WORK/filing.sdfiling" "$part" --accept proposed --as "Dana Whitfield" >/dev/null
done
/usr/bin/python3 "$HERE/lo_edit.py" accept "$WORK/returned.docx" "$WORK/accepted.txt" "$WORK/profile"
"$ROOT/sdstudio" review-docx "$WORK/filing.sdfiling" --out "$WORK/after.docx" --parts "$PARTS" >/dev/null
/usr/bin/python3 - "$WORK/after.docx" "$WORK/accepted.txt" <<'PY'
import html, re, sys, zipfile
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8")
ours = [html.unescape(t) for t in ("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))
        for p in re.findall(r"<w:p[ >].*?</w:p>", xml)) if t]
theirs = {line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8-sig") if line.strip()}
differ = [p for p in ours[1:] if p not in theirs]
for p in differ:
    print("not as LibreOffice accepts it:", p[:120])
print(f"{len(ours) - 1 - len(differ)} of {len(ours) - 1} paragraphs as LibreOffice accepts them")
sys.exit(1 if differ else 0)
PY
