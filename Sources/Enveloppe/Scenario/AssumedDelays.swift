/// The payment delays the tool assumes because no text and no scenario states them, over the lines that use them:
/// each line's own terms are read (a funder's own, `rules.paymentTerms.funders.…`, or the general ones), so a delay
/// every line's terms state is never said to be assumed.
public struct AssumedDelays: Sendable, Hashable {
    /// The lines with at least one assumed delay, in the call's order.
    public let lines: [LineID]
    /// The advance's delay the tool assumes, months after the convention starts; `nil` when every line states it.
    public let advance: Int?
    /// The balance's delay the tool assumes, months after the convention ends; `nil` when every line states it.
    public let balance: Int?
    /// The first month the call's calendar allows an advance whose delay the tool assumes (VIAL AMI 1: March 2025).
    public let advanceNotBefore: YearMonth?

    public init(_ resolved: ResolvedScenario) {
        var lines: [LineID] = []
        var (advance, balance, notBefore): (Int?, Int?, YearMonth?) = (nil, nil, nil)
        for line in resolved.call.lines {
            let terms = resolved.terms(of: line.id).value
            guard !terms.advanceDelayStated || !terms.balanceDelayStated else { continue }
            lines.append(line.id)
            if !terms.advanceDelayStated {
                advance = advance ?? terms.advanceDelayMonths
                notBefore = notBefore ?? terms.advanceNotBefore
            }
            if !terms.balanceDelayStated { balance = balance ?? terms.balanceDelayMonths }
        }
        (self.lines, self.advance, self.balance, self.advanceNotBefore) = (lines, advance, balance, notBefore)
    }

    /// Whether no delay is assumed.
    public var isEmpty: Bool { lines.isEmpty }
}
