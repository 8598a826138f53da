#!/usr/bin/env bash
# Pages and blank share of every document kind in the table of docs/benchmark.md ("Paper"): the
# bundled handout on A4 and Letter, the desk handout, a pin-up, large print, take-home sheets with
# 1, 2 and 6 moves, four two-step moves without figures, a 123-move catalogue of short stretches, and
# cards. Usage: bench/pages.sh (builds the jar on first run). Needs python3 for the test catalogues.
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
mc() { ./movecard "$@" >/dev/null; }

python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
d = json.load(open("data/back-moves.json"))
four = dict(d); four["moves"] = []
for m in d["moves"][:4]:
    m = dict(m); m["steps"] = m["steps"][:2]; m.pop("figure", None); m.pop("variationOf", None)
    four["moves"].append(m)
json.dump(four, open(f"{out}/four-full.json", "w"))
for m in four["moves"]:
    for k in ("tips", "equipment", "dose"):
        m.pop(k, None)
json.dump(four, open(f"{out}/four.json", "w"))
many = dict(d); many["moves"] = []
for i in range(123):
    m = dict(d["moves"][i % 10]); m["id"] = f"stretch-{i + 1:03d}"; m["name"] = f"Short stretch {i + 1}"
    m["steps"] = ["Sit or stand tall and breathe out slowly.", "Ease into the stretch and hold it gently."]
    for k in ("tips", "equipment", "video", "variationOf"):
        m.pop(k, None)
    many["moves"].append(m)
json.dump(many, open(f"{out}/many.json", "w"))
PY

mc handout -o "$out/a4.pdf"
mc handout --paper letter -o "$out/letter.pdf"
mc handout --setting chair --setting standing -o "$out/desk.pdf"
mc handout --setting chair --setting standing --pages 2 -o "$out/desk2.pdf"
mc handout --setting chair --setting standing --pages 1 -o "$out/pinup.pdf"
mc handout --large-print -o "$out/large.pdf"
mc handout -c "$out/four.json" --no-figures -o "$out/four.pdf"
mc handout -c "$out/four-full.json" --no-figures -o "$out/four-full.pdf"
mc handout -c "$out/many.json" -o "$out/many.pdf"
clinic=(--clinic data/examples/clinic.json --patient "Alex Example" --date 2026-12-01)
mc sheet "${clinic[@]}" -m "chair-twist: hold 20s, 3 times, twice a day" -o "$out/sheet1.pdf"
mc sheet "${clinic[@]}" -m "chair-twist: hold 20s, 3 times" -m "palms-arch: 10 times; note: go slowly" \
  --notes "Walk every day." -o "$out/sheet2.pdf"
mc sheet "${clinic[@]}" -m chair-twist -m palms-arch -m chair-lean-back -m fist-extension -m lying-twist \
  -m foam-roller-roll -o "$out/sheet6.pdf"
mc card --setting floor --sheet none -o "$out/a6.pdf"
mc card --setting floor --format a7 --sheet none -o "$out/a7.pdf"

cp="target/movecard.jar"
[ -d target/lib ] && cp="$cp:target/lib/*"
java -Djava.awt.headless=true -cp "$cp" bench/PageStats.java \
  "handout, 10 moves, A4=$out/a4.pdf" "handout, 10 moves, Letter=$out/letter.pdf" \
  "desk handout, 6 moves=$out/desk.pdf" "desk handout --pages 2=$out/desk2.pdf" \
  "desk pin-up --pages 1=$out/pinup.pdf" \
  "large print, 10 moves=$out/large.pdf" "four 2-step moves, no figures=$out/four.pdf" \
  "the same with tips, doses, equipment=$out/four-full.pdf" \
  "123 short stretches=$out/many.pdf" "sheet, 1 move=$out/sheet1.pdf" "sheet, 2 moves=$out/sheet2.pdf" \
  "sheet, 6 moves=$out/sheet6.pdf" "floor cards, A6, one a page=$out/a6.pdf" \
  "floor cards, A7, one a page=$out/a7.pdf"
echo "moves a page, 123 short stretches: $(python3 -c "
import subprocess; n=int(subprocess.run(['pdfinfo','$out/many.pdf'],capture_output=True,text=True).stdout.split('Pages:')[1].split()[0]); print(f'{123/n:.1f}')" 2>/dev/null || echo '(needs pdfinfo)')"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $(date -u +%Y-%m-%d)"
