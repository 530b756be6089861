/// The largest inputs Tarjuman reads, so that an endless or huge input (`/dev/zero`, a
/// runaway pipe) stops with a clear error instead of eating memory. Streaming commands hold
/// one line or paragraph at a time; the others hold the whole document.
public enum InputLimits {
    /// A document read whole (glossaries, worksheets, `terms`, `check` without paragraph
    /// streaming): 256 MB.
    public static let documentBytes = 256 << 20
    /// The text `glossary coverage` reads: 8 MB (it counts every phrase of one to three
    /// words at once; 21 MB of varied text took 1.2 GB and 29 s).
    public static let coverageBytes = 8 << 20
    /// An XML file (TMX, XLIFF, TBX): 64 MB.
    public static let xmlBytes = 64 << 20
    /// One paragraph of a streamed text (`segment`, `align`, `check`): 64 MB.
    public static let paragraphBytes = 64 << 20
    /// One line of a streamed text (`normalize`): 64 MB.
    public static let lineBytes = 64 << 20
    /// The lines of each file of a line-aligned pair (`align --lines`, `check --lines`):
    /// 1,000,000 (both files are aligned whole, at about 1 KB of memory a line; 2 million
    /// short lines aborted after taking 1.5 GB, pass 22).
    public static let bitextLines = 1_000_000
    /// How deep XML elements may nest: 256 (TMX, XLIFF and TBX need fewer than 20).
    public static let xmlDepth = 256
    /// The attributes of one XML element: 256 (TMX, XLIFF and TBX elements have fewer than
    /// 20; the XML parser's time grows with the square of their number, pass 22).
    public static let xmlAttributes = 256
    /// One piece of XML markup from its `<` to its end (a tag with its attribute values, a
    /// comment, a CDATA section, a processing instruction): 10,000,000 bytes, the most the
    /// XML parser (libxml2) reads of one; text between tags has no such limit.
    public static let xmlMarkupBytes = 10_000_000
    /// One glossary term or variant: 1,000 characters (terms are words and phrases; a
    /// matcher holds every letter of every term and variant).
    public static let termCharacters = 1_000
    /// All the terms and variants of a glossary together: 8,000,000 characters (its matchers
    /// take about 125 bytes a character, so about 1 GB; a 100,000-concept termbase of
    /// ordinary terms holds a few million).
    public static let glossaryTermCharacters = 8_000_000
    /// A settings file: a locale pack or `tarjuman.yaml`, 1 MB (the largest shipped pack is
    /// 12 KB; a YAML document takes about 18 times its size in memory: a 126 MB pack of
    /// abbreviations aborted for want of 1.2 GB, pass 54).
    public static let settingsBytes = 1 << 20
    /// A baseline or suppressions file: 16 MB, some 100,000 findings (a baseline takes about
    /// 40 times its size in memory: 110 MB crashed at 2.3 GB, pass 54).
    public static let acceptedFindingsBytes = 16 << 20
    /// A glossary `glossary lint` reads: 24 MB (the lint holds about 45 times its size: a
    /// 53 MB glossary aborted at 2 GB, pass 54; the terms of a glossary any command can
    /// use, ``glossaryTermCharacters``, fit in less).
    public static let lintedGlossaryBytes = 24 << 20
}
