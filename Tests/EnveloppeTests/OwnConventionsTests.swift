import Testing

@testable import Enveloppe

/// The operators' own conventions are made when an output asks for them (``OwnConventions``): what the report reads
/// before — their amounts, the lines' totals, the sources the checks cite — is what the conventions, once made, give.
@Suite struct OwnConventionsTests {
    /// The generated scenarios whose lines are paid on each operator's own convention (a third of them).
    static let reports: [RunReport] = (0..<400).compactMap { seed in
        guard let report = try? RunReport(scenario: ScaleTests.scenario(seed: seed)), report.lines.contains(where: \.isPerOperator) else {
            return nil
        }
        return report
    }

    @Test func generatedScenariosHaveOwnConventionsAndInstalments() {
        #expect(Self.reports.count > 60)
        #expect(Self.reports.contains { $0.lines.contains { !$0.first.instalments.isEmpty } })
        #expect(Self.reports.contains { $0.call.periods.count == 3 })
    }

    /// The line's service fait cites, told from the conventions' operands, what walking the sum of their service fait
    /// cites once they are made.
    @Test func theServiceFaitSourcesAreThoseOfTheSumOfTheConventions() throws {
        for report in Self.reports {
            for line in report.lines where line.isPerOperator {
                // Asked first, before anything makes the conventions.
                let told = line.periods.map(\.serviceFait.citedSources.citations)
                for (index, period) in line.periods.enumerated() {
                    let sum = try #require(period.serviceFait.explanation)
                    guard case .operation(.sum, let operands) = sum.derivation else {
                        Issue.record("\(line.line.id): the line's service fait is not a sum")
                        continue
                    }
                    #expect(operands.count == report.scenario.operators.count)
                    #expect(told[index] == sum.citedSources.citations, "\(line.line.id), period \(index)")
                }
            }
        }
    }

    /// Each total is the sum of the conventions' figures, the conventions' amounts are their figures', and one
    /// convention made alone is the one made with the others.
    @Test func theTotalsAndTheAmountsAreTheConventionsFigures() throws {
        for report in Self.reports {
            for line in report.lines {
                guard let own = line.own else {
                    #expect(line.conventions.isEmpty && line.ownAmounts.isEmpty)
                    continue
                }
                let conventions = line.conventions
                #expect(conventions.count == line.periods.count)
                for (index, period) in line.periods.enumerated() {
                    #expect(conventions[index].count == report.scenario.operators.count)
                    for part in PaymentPart.allCases {
                        let figures = conventions[index].map { $0.figure(part) }
                        let total = try #require(period.figure(part).explanation)
                        guard case .operation(.sum, let operands) = total.derivation else {
                            Issue.record("\(line.line.id): \(part) is not a sum")
                            continue
                        }
                        #expect(operands.map(\.value) == figures.map(\.value))
                        #expect(
                            operands.map { operand -> FigureID? in if case .figure(let node) = operand.derivation { node.id } else { nil } }
                                == figures.map(\.id))
                    }
                    for k in period.instalments.indices {
                        #expect(try Money.sum(conventions[index].map { $0.instalments[k].amount }) == period.instalments[k].amount)
                    }
                    for (position, convention) in conventions[index].enumerated() {
                        let amounts = own.amounts[index][position]
                        let s = convention.schedule
                        #expect(
                            [amounts.grant, amounts.advance, amounts.serviceFait, amounts.due, amounts.balance, amounts.reversement]
                                == [s.grant, s.advance, s.serviceFait, s.due, s.balance, s.reversement])
                        #expect(amounts.instalments == s.instalments.map(\.amount))
                        #expect(amounts.basis == convention.serviceFaitBasis)
                        #expect(own.convention(period: index, at: position) == convention)
                    }
                }
            }
        }
    }
}
