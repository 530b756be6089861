import Foundation
import Testing

/// What Tarjuman accepts, and how it says no.
@Suite struct AcceptanceTests {
    @Test func anUnknownLocaleInTMImportIsNamed() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align --format tmx -o m.tmx $ROOT/seeds/baloch-uprising.en.txt \\
                $ROOT/seeds/baloch-uprising.ur.txt
            cd "$ROOT"; "$TARJUMAN" tm import --to urr "$OLDPWD/m.tmx"
            """)
        #expect(result.status == 2)
        #expect(result.stderr.contains("unknown locale 'urr'"))
    }

    @Test func glossaryNamesWithAPrefixKeepTheirLanguages() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            cp $ROOT/glossaries/en-ur.tsv my-en-ur.tsv; cp my-en-ur.tsv x.en-ur.tsv
            cp my-en-ur.tsv weird.tsv
            cd "$ROOT"
            "$TARJUMAN" glossary lint "$OLDPWD/my-en-ur.tsv" "$OLDPWD/x.en-ur.tsv" | tail -1
            "$TARJUMAN" glossary lint "$OLDPWD/weird.tsv"
            """)
        #expect(result.stdout.contains("2 file(s) checked: 0 errors"))
        #expect(
            result.stdout.contains(
                "weird.tsv:1:1: error: [unknown-pack] the file name does not state the languages"))
    }

    @Test func aProjectFolderWithLocalesAndGlossariesIsTheDataFolder() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir -p project/drafts; cp -r $ROOT/locales $ROOT/glossaries project/
            cd project/drafts; "$TARJUMAN" locales | cut -f1
            """)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").contains("ur"))
    }

    @Test func aMalformedICULocaleIsRefusedAtPackLoad() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir -p data; cp -r $ROOT/locales data/
            sed -i 's/^icu_locale:.*/icu_locale: "@@@###"/' data/locales/ur.yaml
            "$TARJUMAN" segment --data-dir data --locale ur $ROOT/seeds/baloch-uprising.ur.txt
            """)
        #expect(result.status == 2)
        #expect(result.stderr.contains("ur.yaml:10:13: error: field 'icu_locale'"))
        #expect(result.stdout.isEmpty)
    }

    /// A rule whose output holds its input is refused at its line (it aborted `normalize`
    /// after allocating 3.5 GB), and so are rules feeding each other in a ring (they grew
    /// the text 8–128 times).
    @Test func aRuleThatFeedsItselfIsRefusedAtPackLoad() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir -p data/locales
            printf 'tag: xx\\nname: Test\\nscript: Latn\\nnormalization:\\n  orthographic:\\n    - {id: G1, from: "a", to: "aa"}\\n' > data/locales/xx.yaml
            printf 'a\\n' > one.txt
            "$TARJUMAN" normalize --data-dir data --locale xx one.txt; echo "exit $?"
            printf 'tag: xx\\nname: Test\\nscript: Latn\\nnormalization:\\n  orthographic:\\n    - {id: G1, from: "a", to: "bb"}\\n    - {id: G2, from: "b", to: "cc"}\\n    - {id: G3, from: "c", to: "aa"}\\n' > data/locales/xx.yaml
            "$TARJUMAN" normalize --data-dir data --locale xx one.txt; echo "exit $?"
            printf 'tag: xx\\nname: Test\\nscript: Latn\\ndigits: "0000000000"\\n' > data/locales/xx.yaml
            "$TARJUMAN" normalize --data-dir data --locale xx one.txt; echo "exit $?"
            """)
        #expect(result.stdout == "exit 2\nexit 2\nexit 2\n", "\(result.stderr)")
        #expect(
            result.stderr.contains(
                "xx.yaml:8:31: error: field 'normalization.orthographic[2].to': 'c' → 'aa' feeds "
                    + "rules that feed it again"))
        #expect(
            result.stderr.contains(
                "xx.yaml:4:9: error: field 'digits': expected the ten decimal digits"))
        #expect(
            result.stderr.contains(
                "xx.yaml:6:31: error: field 'normalization.orthographic[0].to': holds what the rule replaces ('a')"
            ))
    }

    @Test func lintRefusesWhatItCannotCheck() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir empty; "$TARJUMAN" glossary lint empty; echo "status $?"
            "$TARJUMAN" glossary convert $ROOT/glossaries/en-ur.tsv en-ur.csv 2>/dev/null
            "$TARJUMAN" glossary lint en-ur.csv; echo "status $?"
            """)
        #expect(result.stdout == "status 2\nstatus 2\n")
        #expect(result.stderr.contains("no glossary (.tsv) files here"))
        #expect(result.stderr.contains("lint checks TSV glossaries; convert it first"))
    }

    /// A folder's CSV and TBX glossaries are named as not linted (pass 48: a clean report
    /// was taken for theirs too).
    @Test func lintNamesTheGlossariesOfAFolderItSkips() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            mkdir g; cp $ROOT/glossaries/en-ur.tsv g/
            "$TARJUMAN" glossary convert g/en-ur.tsv g/en-ur.csv 2>/dev/null
            "$TARJUMAN" glossary convert g/en-ur.tsv g/en-ur.TBX 2>/dev/null
            "$TARJUMAN" glossary lint g; echo "status $?"
            "$TARJUMAN" glossary lint g --format json 2> /dev/null | grep skipped
            "$TARJUMAN" glossary lint g --format junit 2> /dev/null | grep -c "<skipped"
            """)
        #expect(result.stdout.contains("status 0\n"))
        #expect(
            result.stderr.contains(
                "g: note: not linted: en-ur.TBX, en-ur.csv; lint checks TSV glossaries"))
        // In the machine reports too (pass 51: on standard error alone).
        #expect(
            result.stdout.contains(
                "\"skipped\":[{\"file\":\"g/en-ur.TBX\",\"message\":\"not linted: lint checks "
                    + "TSV glossaries"), "\(result.stdout)")
        #expect(result.stdout.hasSuffix("\n2\n"))
    }

    @Test func aMemoryNeedsTwoLanguages() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            """
            "$TARJUMAN" align --format tmx -o m.tmx $ROOT/seeds/baloch-uprising.en.txt \\
                $ROOT/seeds/baloch-uprising.ur.txt
            "$TARJUMAN" tm import --to en m.tmx
            """)
        #expect(result.status == 2)
        #expect(result.stderr.contains("--from and --to are both en (--from is en when not given)"))
        // A filled file whose language records are gone (pass 43: "is  → , not en → ur").
        let unnamed = try CLIRunner.shellInTemporaryFolder(
            """
            printf 'Hello world.\\n' > d.en.txt
            "$TARJUMAN" prepare d.en.txt --to ur -o j.tsv 2>/dev/null
            sed -i '/^# source_language/d; /^# target_language/d' j.tsv
            "$TARJUMAN" tm import --to ur --tm-db m.sqlite j.tsv
            """)
        #expect(unnamed.status == 2)
        #expect(unnamed.stderr.contains("j.tsv is a file that does not say its languages"))
    }

    @Test func prepareWritesXLIFFWhateverTheOutputName() throws {
        let result = try CLIRunner.shellInTemporaryFolder(
            #""$TARJUMAN" prepare --to ur $ROOT/seeds/baloch-uprising.en.txt -o job.txt 2>/dev/null && head -c 40 job.txt"#
        )
        #expect(result.stdout.hasPrefix("<?xml"), "\(result.stderr)")
    }
}
