#!/usr/bin/env bash
# Proves the CI set-ups with the real clients (issue: review like Xbench, in CI like SwiftLint):
#   jsonschema        the SARIF of `check` and `glossary lint` validates against SARIF 2.1.0;
#   check-jsonschema  action.yml against GitHub's action schema, the example workflow
#                     (docs/ci/github-workflow.yml) against GitHub's workflow schema;
#   pre-commit        in a fresh git repository using this checkout's .pre-commit-hooks.yaml
#                     (built by pre-commit itself): a bad glossary row blocks the commit, the
#                     fixed row passes; the check hook passes a good pair and blocks a bad one.
# actionlint is not run: its PyPI package downloads the binary from GitHub at install time,
# which this CI cannot reach (the schema check above covers the workflow's structure).
# Installs what is missing from PyPI. Run from anywhere: Tests/Interop/ci-integrations.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT="$PWD"
PRE_COMMIT_VERSION=4.7.0
CHECK_JSONSCHEMA_VERSION=0.39.0

python3 -c "import jsonschema" 2> /dev/null || python3 -m pip install -q jsonschema
command -v check-jsonschema > /dev/null \
    || python3 -m pip install -q "check-jsonschema==$CHECK_JSONSCHEMA_VERSION"
command -v pre-commit > /dev/null || python3 -m pip install -q "pre-commit==$PRE_COMMIT_VERSION"

swift build -q
BIN="$(swift build --show-bin-path)/tarjuman"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

echo "== SARIF validates against the SARIF 2.1.0 schema"
sed 's/1948ء میں بلوچستان کا/۱۹۵۸ء میں بلوچستان کا/' seeds/baloch-uprising.ur.txt > "$WORK/draft.ur.txt"
"$BIN" check --format sarif -o "$WORK/check.sarif" seeds/baloch-uprising.en.txt "$WORK/draft.ur.txt" || true
printf 'id\tsource\ttarget\tpos\tstatus\nc1\tcourt\tعدالت\tnoun\tpreferred\nc1\tcourt\tعدالت\tnoun\tpreferred\n' \
    > "$WORK/en-ur.tsv"
"$BIN" glossary lint --format sarif -o "$WORK/lint.sarif" "$WORK/en-ur.tsv" || true
# A folder with a file that cannot be read: the run's notifications say so.
mkdir "$WORK/folder"
cp "$WORK/en-ur.tsv" "$WORK/folder/"
printf 'id\tsource\ttarget\nc1\tcourt\t\xff\n' > "$WORK/folder/broken.en-ur.tsv"
"$BIN" glossary lint --format sarif -o "$WORK/folder.sarif" "$WORK/folder" 2> /dev/null || true
python3 - "$WORK/check.sarif" "$WORK/lint.sarif" "$WORK/folder.sarif" <<'PY'
import json, sys
import jsonschema
schema = json.load(open("Tests/Fixtures/sarif/sarif-schema-2.1.0.json", encoding="utf-8"))
for path in sys.argv[1:]:
    report = json.load(open(path, encoding="utf-8"))
    jsonschema.validate(report, schema)
    results = report["runs"][0]["results"]
    assert results, f"{path}: no results to validate"
    invocation = report["runs"][0]["invocations"][0]
    notes = invocation["toolExecutionNotifications"]
    assert invocation["executionSuccessful"] == (not notes), f"{path}: {invocation}"
    if path.endswith("folder.sarif"):
        assert len(notes) == 1 and "broken.en-ur.tsv" in notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], notes
    print(f"{path.rsplit('/', 1)[-1]}: valid SARIF 2.1.0, {len(results)} result(s), {len(notes)} unread file(s)")
PY

echo "== action.yml and the example workflow against GitHub's schemas"
check-jsonschema --builtin-schema vendor.github-actions action.yml
check-jsonschema --builtin-schema vendor.github-workflows docs/ci/github-workflow.yml

echo "== pre-commit hooks in a fresh repository"
HOOKS="$WORK/hooks"
git clone -q "$ROOT" "$HOOKS"
# The hooks as committed here (the working tree may be ahead of the last commit).
cp .pre-commit-hooks.yaml "$HOOKS/"
git -C "$HOOKS" add -A
git -C "$HOOKS" -c user.name=ci -c user.email=ci@example.invalid commit -q -m "hooks" || true
REV="$(git -C "$HOOKS" rev-parse HEAD)"
PROJECT="$WORK/project"
mkdir -p "$PROJECT/glossaries"
cd "$PROJECT"
git init -q
git config user.name ci
git config user.email ci@example.invalid
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $HOOKS
    rev: $REV
    hooks:
      - id: tarjuman-glossary-lint
      - id: tarjuman-check
        args: [doc.en.txt, doc.ur.txt]
YAML
cp "$ROOT/seeds/baloch-uprising.en.txt" doc.en.txt
cp "$ROOT/seeds/baloch-uprising.ur.txt" doc.ur.txt
printf 'id\tsource\ttarget\tpos\tstatus\nc1\tcourt\tعدالت\tnoun\tpreferred\nc2\tjudge\tجج\tnoun\tprefered\n' \
    > glossaries/en-ur.tsv
pre-commit install > /dev/null
git add -A
if git commit -q -m "bad glossary row" > "$WORK/bad.log" 2>&1; then
    cat "$WORK/bad.log"; echo "a glossary with an unknown status was committed"; exit 1
fi
grep -q "unknown-status" "$WORK/bad.log" || { cat "$WORK/bad.log"; exit 1; }
echo "bad glossary row: commit blocked"
sed -i 's/prefered/preferred/' glossaries/en-ur.tsv
git add -A
git commit -q -m "fixed glossary" > "$WORK/good.log" 2>&1 || { cat "$WORK/good.log"; exit 1; }
echo "fixed glossary row: committed"
sed -i 's/1948ء میں بلوچستان کا/۱۹۵۸ء میں بلوچستان کا/' doc.ur.txt
git add -A
if git commit -q -m "wrong year" > "$WORK/year.log" 2>&1; then
    cat "$WORK/year.log"; echo "a wrong year was committed"; exit 1
fi
grep -q "number-mismatch" "$WORK/year.log" || { cat "$WORK/year.log"; exit 1; }
echo "wrong year in the translation: commit blocked"
