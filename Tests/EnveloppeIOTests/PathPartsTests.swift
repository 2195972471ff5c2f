import Testing

@testable import EnveloppeIO

@Suite struct PathPartsTests {
    @Test(arguments: [
        ("x.json", ".", "x.json"),
        ("./x.json", ".", "x.json"),
        ("out/x.json", "out", "x.json"),
        ("/x", "/", "x"),
        ("//x", "/", "x"),
        ("a//b", "a", "b"),
        ("/tmp/a b/rapport é.html", "/tmp/a b", "rapport é.html"),
        ("new/", "new", ""),
    ])
    func cutsAPathIntoFolderAndName(path: String, folder: String, name: String) {
        #expect(PathParts(path) == PathParts(folder: folder, name: name))
    }
}

extension PathParts {
    init(folder: String, name: String) {
        self.init(folder == "." ? name : (folder == "/" ? "/" + name : folder + "/" + name))
    }
}
