import Testing

@testable import TarjumanKit

/// Our own Urdu and Balochi cases (Tests/Fixtures/segmentation/cases_ur_bal.json): every
/// ICU failure listed in the orthography notes, in Urdu and the three Balochi orthographies.
@Suite struct UrduBalochiSegmentationTests {
    static let cases = SegmentationCase.load("cases_ur_bal.json")

    @Test func thereAreAtLeastFortyCasesInEveryOrthography() {
        #expect(Self.cases.count >= 40)
        for tag in ["ur", "bal-Arab-PK", "bal-Arab-IR", "bal-Latn"] {
            #expect(Self.cases.contains { $0.locale == tag }, "no case for \(tag)")
        }
    }

    @Test(arguments: cases)
    func segmentsLikeAPerson(_ golden: SegmentationCase) throws {
        let unwrap = golden.unwrap.flatMap(UnwrapPolicy.init(rawValue:))
        let found = try TestData.sentences(
            golden.input, locale: golden.locale ?? "ur", unwrap: unwrap)
        #expect(GoldenRulesTests.matches(found, golden), "\(golden.id): got \(found)")
    }
}
