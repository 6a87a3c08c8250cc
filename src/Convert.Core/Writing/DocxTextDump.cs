namespace Convert.Core.Writing;

// PLACEHOLDER: owned by the docx helper.
public static class DocxTextDump
{
    /// <summary>A readable, deterministic dump of a .docx package: one line per paragraph with its style, plus properties.</summary>
    public static string Dump(Stream docx) => throw new NotImplementedException();
}
