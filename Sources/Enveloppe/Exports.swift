// One import for the whole model: the core types and the cited rules come with it.
@_exported import EnveloppeCore
@_exported import EnveloppeRules
