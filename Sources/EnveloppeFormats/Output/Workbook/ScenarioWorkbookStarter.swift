import Enveloppe
import EnveloppeWorkbook

extension StarterScenario {
    /// The starter scenario of a call (``json(for:)``) as a workbook to fill in: the same example
    /// values, the call's own values and sources beside them; `nil` for an unknown preset.
    public static func workbook(for presetID: String, _ kind: ReadWorkbook.Kind) -> [UInt8]? {
        guard let json = json(for: presetID), let scenario = try? ScenarioDecoder.decode(Array(json.utf8)) else { return nil }
        return ScenarioWorkbook.bytes(scenario, kind)
    }
}
