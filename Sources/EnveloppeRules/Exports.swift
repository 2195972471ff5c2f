// The rules speak in the core's types: whoever imports the rules has them too.
@_exported import EnveloppeCore
