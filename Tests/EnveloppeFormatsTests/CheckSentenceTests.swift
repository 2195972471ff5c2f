import Enveloppe
import EnveloppeCore
import Testing

@testable import EnveloppeFormats

/// The sentence of the measures-past-the-convention check: singular and plural, and the call's own length.
@Suite struct CheckSentenceTests {
    func sentence(_ households: Int64, months: Int, _ language: Language) -> String {
        let finding = Finding(
            id: "convention.mesures-apres-la-fin", status: .warning,
            comparison: .measuresAfterEnd(households: households, end: YearMonth(year: 2026, month: 8), accompanimentMonths: months), sources: [])
        return Wording(language).sentence(finding)
    }

    @Test func measuresPastTheConvention() {
        #expect(
            sentence(1, months: 18, .fr)
                == "1 ménage encore accompagné après août 2026, fin de la convention : sa mesure de 18 mois ne tient pas dans la période.")
        #expect(sentence(4, months: 12, .fr).hasPrefix("4 ménages encore accompagnés après août 2026"))
        #expect(sentence(4, months: 12, .fr).contains("leur mesure de 12 mois"))
        #expect(
            sentence(1, months: 18, .en).contains("1 household still accompanied") && sentence(1, months: 18, .en).contains("its 18-month measure"))
        #expect(
            sentence(4, months: 24, .en).contains("4 households still accompanied") && sentence(4, months: 24, .en).contains("their 24-month measure")
        )
    }
}
