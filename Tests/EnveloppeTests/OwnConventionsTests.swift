import Testing

@testable import Enveloppe

/// The operators' own conventions are made when an output asks for them (``OwnConventions``): what the report reads
/// before — their amounts, the lines' totals, the sources the checks cite — is what the conventions, once made, give.
@Suite struct OwnConventionsTests {
    /// The generated scenarios whose lines are paid on each operator's own convention (a third of them), and the
    /// generated scenarios of several operators made to pay each on its own convention, the advance followed by three
    /// instalments, rounded by each of the rules.
    static let reports: [RunReport] =
        (0..<400).compactMap { seed in
            guard let report = try? RunReport(scenario: ScaleTests.scenario(seed: seed)), report.lines.contains(where: \.isPerOperator) else {
                return nil
            }
            return report
        }
        + (0..<200).compactMap { seed in
            var scenario = ScaleTests.scenario(seed: seed)
            guard scenario.operators.count > 1 else { return nil }
            scenario.rules.conventions = .perOperator
            scenario.rules.instalments = [(30, 0), (25, 3), (20, 6), (10, 9 + seed % 8)].map {
                PaymentTerms.Instalment(rate: Rate($0.0, over: 100), delayMonths: $0.1)
            }
            scenario.rules.advanceRounding = [RoundingRule.halfAwayFromZero, .towardZero, .down][seed % 3]
            return try? RunReport(scenario: scenario)
        }

    @Test func generatedScenariosHaveOwnConventionsAndInstalments() {
        #expect(Self.reports.count > 150)
        #expect(Self.reports.contains { $0.lines.contains { $0.isPerOperator && $0.first.instalments.count == 3 } })
        #expect(Self.reports.contains { $0.call.periods.count == 3 })
    }

    /// What a text report asks of a report does not make the operators' conventions; an output that lists them
    /// makes them once.
    @Test func theConventionsAreMadeWhenAsked() throws {
        let scenarios = (0..<60).map { ScaleTests.scenario(seed: $0) }.filter { $0.operators.count > 1 }
        var asked = 0
        for var scenario in scenarios {
            scenario.rules.conventions = .perOperator
            guard let evaluation = try? Evaluation(scenario) else { continue }
            let own = evaluation.report.lines.compactMap(\.own)
            #expect(!own.isEmpty && own.allSatisfy { !$0.isMade })
            _ = evaluation.report.lines.map(\.conventions)
            #expect(own.allSatisfy { $0.isMade })
            asked += 1
        }
        #expect(asked > 10)
    }

    /// `total` is the sum of `figures`: its explanation adds them up, each by its identifier, to its amount.
    static func expectSum(_ total: Figure, of figures: [Figure], _ what: String) throws {
        let sum = try #require(total.explanation)
        guard case .operation(.sum, let operands) = sum.derivation else {
            Issue.record("\(what) is not a sum")
            return
        }
        #expect(operands.map(\.value) == figures.map(\.value), "\(what)")
        #expect(operands.map { operand -> FigureID? in if case .figure(let node) = operand.derivation { node.id } else { nil } } == figures.map(\.id))
        #expect(try Money.sum(figures.map(\.amount)) == total.amount, "\(what)")
    }

    /// The line's service fait cites, told from the conventions' operands, what walking the sum of their service fait
    /// cites once they are made.
    @Test func theServiceFaitSourcesAreThoseOfTheSumOfTheConventions() throws {
        for report in Self.reports {
            for line in report.lines where line.isPerOperator {
                // Told from the conventions' operands (asked by the report's checks already, and kept).
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
                        try Self.expectSum(period.figure(part), of: conventions[index].map { $0.figure(part) }, "\(line.line.id): \(part)")
                    }
                    for k in period.instalments.indices {
                        try Self.expectSum(
                            period.instalments[k], of: conventions[index].map { $0.instalments[k] }, "\(line.line.id): instalment \(k)")
                    }
                    // Every figure, the totals' and each convention's, is the computation its tree records.
                    for figure in period.figures + conventions[index].flatMap(\.figures) {
                        #expect(try figure.explanation?.reevaluated() == figure.value, "\(figure.id)")
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
