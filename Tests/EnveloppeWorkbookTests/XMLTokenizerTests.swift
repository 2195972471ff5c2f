import Testing

@testable import EnveloppeWorkbook

@Suite struct XMLTokenizerTests {
    /// Every event as text: `<name a=v>`, `</local>`, `"text"`.
    func events(_ xml: String) throws(WorkbookError) -> [String] {
        var tokenizer = XMLTokenizer(Array(xml.utf8), part: "test.xml")
        var result: [String] = []
        while let event = try tokenizer.next() {
            switch event {
            case .start(let element): result.append("<" + element.name + element.attributes.map { " \($0.name)=\($0.value)" }.joined() + ">")
            case .end(let name): result.append("</" + name + ">")
            case .text(let text): result.append("\"" + text + "\"")
            }
        }
        return result
    }

    @Test func elementsAttributesAndText() throws {
        let xml =
            #"<?xml version="1.0"?><!-- c --><x:a b="1" c='2 "q"'><x:b/>t&lt;&gt;&amp;&quot;&apos;&#233;&#x20AC;<![CDATA[<raw&>]]><?pi x?></x:a>"#
        #expect(
            try events(xml) == [
                "<x:a b=1 c=2 \"q\">", "<x:b>", "</b>", "\"t<>&\"'é€\"", "\"<raw&>\"", "</a>",
            ])
    }

    @Test func attributeNormalisationAndLineEnds() throws {
        #expect(try events("<a v=\"x\ty\nz&#10;\">l1\r\nl2\rl3</a>") == ["<a v=x y z\n>", "\"l1\nl2\nl3\"", "</a>"])
    }

    @Test func byteOrderMarkAndDoctypeAreSkipped() throws {
        #expect(try events("\u{FEFF}<!DOCTYPE a [<!ENTITY e \"x\">]><a/>") == ["<a>", "</a>"])
    }

    @Test func localNamesIgnorePrefixes() {
        let element = XMLElement(name: "x:c", attributes: [("r", "A1"), ("x:t", "s")])
        #expect(element.localName == "c")
        #expect(element.attribute("t") == "s")
        #expect(element.attribute(qualified: "x:t") == "s")
    }

    @Test(arguments: [
        "", "text", "<a>", "<a></b>", "<a b=1/>", "<a b=\"1/>", "<a>&unknown;</a>", "<a>&#0;</a>", "<a>&#xD800;</a>",
        "<a>&#12345678901;</a>", "<a/><b/>", "<a><!-- </a>", "<a><![CDATA[x</a>", "<a b=\"<\"/>", "<a b=\"1\"c=\"2\"/>",
        "<a>&amp</a>", "</a>", "<a><?pi</a>", "<>", "<a b/>",
    ])
    func malformedIsAnError(_ xml: String) {
        #expect(throws: WorkbookError.self) { try events(xml) }
    }

    @Test func errorsNameThePart() {
        #expect(throws: WorkbookError.malformedXML(part: "test.xml", detail: "mismatched end tag </b> at byte 7")) { try events("<a></b>") }
    }
}
