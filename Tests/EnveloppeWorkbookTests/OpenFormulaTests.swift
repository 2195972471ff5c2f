import Testing

@testable import EnveloppeWorkbook

@Suite struct OpenFormulaTests {
    @Test(arguments: [
        ("B2", "[.B2]"),
        ("SUM(B2:B9)", "SUM([.B2:.B9])"),
        ("ROUND(B3*C3/D3,2)", "ROUND([.B3]*[.C3]/[.D3];2)"),
        ("MIN(E4,B4)", "MIN([.E4];[.B4])"),
        ("'Mois par mois'!B2+C3", "[$'Mois par mois'.B2]+[.C3]"),
        ("Sheet1!B2:C3", "[$Sheet1.B2:.C3]"),
        ("SUM('Mois par mois'!B2:B13)", "SUM([$'Mois par mois'.B2:.B13])"),
        ("IF(F4>G4,F4-G4,0)", "IF([.F4]>[.G4];[.F4]-[.G4];0)"),
        ("$B$2*B$3+$C4", "[.$B$2]*[.B$3]+[.$C4]"),
        ("IF(A1=\"a,b\",\"B2\",\"\")", "IF([.A1]=\"a,b\";\"B2\";\"\")"),
        ("\"say \"\"A1\"\", please\"&B1", "\"say \"\"A1\"\", please\"&[.B1]"),
        ("LOG10(A1)", "LOG10([.A1])"),
        ("SUM(A:A)", "SUM([.A:.A])"),
        ("'L''an 2025'!A1", "[$'L''an 2025'.A1]"),
        ("Feuil1!A1:Feuil1!B2", "[$Feuil1.A1:$Feuil1.B2]"),
        ("SUM({1,2;3,4})", "SUM({1;2|3;4})"),
        ("1.5E+3*B2", "1.5E+3*[.B2]"),
        ("TRUE", "TRUE"),
        ("montant_total*2", "montant_total*2"),
        ("ABC", "ABC"),
        ("XFE1+1", "XFE1+1"),
        ("A1048577", "A1048577"),
        ("", ""),
        ("SUM(B2:B9", "SUM([.B2:.B9]"),
        ("\"unterminated", "\"unterminated"),
    ])
    func translates(_ excel: String, _ openFormula: String) {
        #expect(OpenFormula.translate(excel) == openFormula)
    }
}
