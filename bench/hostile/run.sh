#!/usr/bin/env bash
# Runs each hostile case of issue 14 against one build of declutter and prints one table row per case:
# exit code, wall time, peak RSS, whether the inputs survived, and the first line of stderr.
#
#   bash bench/hostile/run.sh [DLL] [TIMEOUT_SECONDS]
#
# DLL defaults to the Release build (dotnet build -c Release src/Convert.Cli). Each case runs under `timeout`
# (default 60 s) with the GC heap capped (DECLUTTER_BENCH_HEAP, default 4 GB) so that a build without the limits
# cannot take the machine's memory; "124" (or 137) in the exit column means it was stopped by the timeout.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dll=$(realpath "${1:-$here/../../src/Convert.Cli/bin/Release/net10.0/declutter.dll}")
limit=${2:-60}
heap=${DECLUTTER_BENCH_HEAP:-0x100000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/make_inputs.py" "$work/in" >/dev/null
cd "$work"

printf '| case | exit | time | peak RSS | inputs kept | stderr (first line) |\n| --- | ---: | ---: | ---: | --- | --- |\n'
row() { # name, check-command, declutter args...
  local name=$1 check=$2; shift 2
  local err=$work/err stats=$work/stats
  ( DOTNET_GCHeapHardLimit=$heap /usr/bin/time -f '%e %M' -o "$stats" timeout -k 5 "$limit" dotnet "$dll" "$@" >"$work/stdout" 2>"$err" )
  local code=$?
  read -r secs kb < <(tail -1 "$stats")
  local kept=yes
  [ -n "$check" ] && ! eval "$check" && kept=NO
  local first
  first=$(grep -m1 -v '^\s*at ' "$err" | cut -c1-90 | tr -d '\000-\010\013-\037|' )
  printf '| %s | %s | %ss | %s MB | %s | %s |\n' "$name" "$code" "$secs" "$((kb / 1024))" "$kept" "$first"
}
# The input's "Share." line is removed by a conversion, so a converted file in its place is told apart.
fresh() { rm -rf in1 alias out; mkdir in1; printf 'Title\n\nThe body of the article.\n\nShare.\n' >in1/a.txt; }
intact() { grep -q '^Share.$' in1/a.txt; }

fresh; ln -s in1 alias
row "1 -o through a linked folder" intact convert in1/a.txt -o alias/a.txt -t txt --force
fresh; ln -s in1 alias
row "1 --output-dir a link to the inputs" intact convert in1 --output-dir alias -t txt --force
fresh
row "1 -o /proc/self/cwd/..." intact convert in1/a.txt -o /proc/self/cwd/in1/a.txt -t txt --force
fresh
row "2 validate a.txt -o a.txt" intact validate in1/a.txt -o in1/a.txt
fresh; printf 'Other\n\nx body\n\nShare.\n' >in1/x.txt
row "2 validate dir -o dir/x.txt" 'grep -q "x body" in1/x.txt' validate in1 -o in1/x.txt
fresh; mkfifo fifo.txt
row "3 -o FIFO --force" '[ -p fifo.txt ]' convert in1/a.txt -o fifo.txt --force
fresh; mknod devnull c 1 3
row "3 -o device node --force (a /dev/null clone)" '[ -c devnull ]' convert in1/a.txt -o devnull -t txt --force
fresh; ln -s /proc/self/fd/0 fd0.txt
echo | row "3 -o link to /proc/self/fd/0 (a pipe) --force" '[ -L fd0.txt ]' convert in1/a.txt -o fd0.txt --force
row "4 validate deep.docx (100,000 levels)" "" validate in/deep.docx
fresh
row "4 --reference-doc deep.docx" "" convert in1/a.txt -o out.docx --reference-doc in/deep.docx --force
row "4 --reference-doc deep-styles.docx" "" convert in1/a.txt -o out.docx --reference-doc in/deep-styles.docx --force
row "5 @rsp.txt including itself" "" @in/rsp.txt
row "5 @/dev/zero" "" @/dev/zero
row "6 validate inflate.docx (1 GB document.xml)" "" validate in/inflate.docx
row "6 --reference-doc inflate.docx" "" convert in1/a.txt -o out.docx --reference-doc in/inflate.docx --force
row "7 validate 196 MB article JSON" "" validate in/big.json
row "8 convert 15.9 MB of <p>w</p>" "" convert in/many-p.html -o out.json --force
row "8 two 8 MB pages, -j 2" "" convert in/two --output-dir out -j 2 --force
row "9 <div></i> x100,000" "" convert in/stray-end.html -o out.json --force
row "9 <div title=\"/>\"> x100,000" "" convert in/quoted-slash.html -o out.json --force
row "10 convert - with stdin closed" "" convert - -t txt <&-
row "10 validate - with stdin closed" "" validate - <&-
printf 'BAD\0\0\0' >bin.txt
row "10 failing convert, stderr closed" "" convert bin.txt -t txt 2>&-
row "11 JSON-LD lone surrogate" "" convert in/surrogate.html -t json
row "11 <meta charset=utf-7>" "" convert in/utf7.html -t json
for d in dtd laughs nul nodoc; do row "11 validate $d.docx" "" validate in/$d.docx; done
row "12 JUnit with ESC in a file name" "" validate in/ctl*name.txt -f junit
row "13 raw ESC/BEL in text -> md" "! grep -qP '[\x00-\x08\x0b-\x1f]' stdout" convert in/ctl-raw.txt -t md
row "13 &#0; &#x1b; and JSON-LD \\u0000 -> txt" "! grep -qP '[\x00-\x08\x0b-\x1f]' stdout" convert in/ctl-entities.html -t txt
fresh; ln -s .. in1/loop
row "14 a .. link loop in the input tree" '! find out -path "*loop/loop*" | grep -q .' convert in1 --output-dir out -t txt
