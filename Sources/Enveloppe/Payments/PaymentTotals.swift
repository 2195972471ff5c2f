/// The payments summed over lines and convention periods, each a named figure:
/// what the funders pay the application in all.
public struct PaymentTotals: Sendable, Hashable {
    public let grant: Figure
    public let advance: Figure
    public let serviceFait: Figure
    public let due: Figure
    public let balance: Figure
    public let reversement: Figure
    /// The instalments after the advances, added up (zero when no terms pay any).
    public let instalments: Money

    /// The six totals, in the order a schedule reads them.
    public var figures: [Figure] { [grant, advance, serviceFait, due, balance, reversement] }

    public init(_ lines: [LineGrant]) throws {
        func total(_ part: PaymentPart, _ kind: Figure.Kind) throws -> Figure {
            Figure(
                id: .paymentTotal(part), kind: kind,
                explained: try .sum(lines.flatMap { $0.periods.map { $0.figure(part).asOperand } }))
        }
        grant = try total(.grant, .grant)
        advance = try total(.advance, .advance)
        serviceFait = try total(.serviceFait, .serviceFait)
        due = try total(.due, .amountDue)
        balance = try total(.balance, .balance)
        reversement = try total(.reversement, .reversement)
        instalments = try Money.sum(lines.flatMap { $0.periods.map(\.instalmentsTotal) })
    }
}
