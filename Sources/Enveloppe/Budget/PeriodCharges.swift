/// The application's charges over one convention period, from the projection: what
/// the cap and the cost per household read when the budget is derived from the costs.
public struct PeriodCharges: Sendable, Hashable {
    public let period: Period
    /// Staff posts and account-64 lines.
    public let staff: Money
    public let directNonStaff: Money
    public let indirect: Money

    public var total: Money { get throws { try Money.sum([staff, directNonStaff, indirect]) } }
    public var isEmpty: Bool { staff == .zero && directNonStaff == .zero && indirect == .zero }

    /// The charges of each convention period.
    public static func of(_ projection: Projection, periods: [Period]) throws -> [PeriodCharges] {
        let programme = projection.programme
        let total = projection.total
        return try periods.map { period in
            let range = programme.start.months(to: period.start)...programme.start.months(to: period.end)
            return PeriodCharges(
                period: period, staff: try Money.sum(total.staff[range]), directNonStaff: try Money.sum(total.directNonStaff[range]),
                indirect: try Money.sum(total.indirect[range]))
        }
    }
}
