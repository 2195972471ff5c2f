/// Reading inputs and writing outputs so that a user never loses a file.
///
/// The users are not programmers: an interrupted run, an output named like its input, an output
/// path that is a device or a link must each leave their files as they were. Reading is in
/// `FileSystem+Read.swift`, writing in `FileSystem+Write.swift`. POSIX only, no Foundation: the
/// command starts in a few milliseconds instead of loading ICU.
public enum FileSystem {}
