using Convert.Core.Cleaning;

namespace Convert.Core.Reading;

/// <summary>One input format: how to recognise it and how to read it. Readers are stateless and thread-safe.</summary>
public interface IInputReader
{
    /// <summary>The format this reader reads.</summary>
    InputFormat Format { get; }

    /// <summary>The name <c>--from</c> takes: text, html, json.</summary>
    string Name { get; }

    /// <summary>One line for help texts.</summary>
    string Description { get; }

    /// <summary>File extensions (with the dot) that mean this format.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// True when a folder walk picks up files with these extensions. The tool's own JSON is read only when named, so a
    /// folder that holds both articles and their conversions is not converted twice over.
    /// </summary>
    bool ReadInFolderWalks { get; }

    /// <summary>True when the first bytes of an input with no telling extension are this format.</summary>
    bool Sniff(ReadOnlySpan<byte> start);

    /// <summary>Reads raw bytes.</summary>
    /// <exception cref="InputFormatException">The bytes are not readable in this format.</exception>
    ReaderOutput Read(ReadOnlySpan<byte> input, ReaderContext context);

    /// <summary>Reads text already decoded.</summary>
    /// <exception cref="InputFormatException">The text is not readable in this format.</exception>
    ReaderOutput Read(string text, ReaderContext context);
}

/// <summary>What a reader may use besides the input.</summary>
/// <param name="SourcePath">The input's name, for messages ("-" for stdin), or null.</param>
/// <param name="Rules">The cleaning rules in effect (a reader may use the markers among them).</param>
/// <param name="Encoding">An encoding the user forces (<c>--encoding</c>) over byte order marks, declarations and detection, or null.</param>
/// <param name="BaseUrl">The address the input was fetched from (a stream record's url), for links the page does not anchor itself; or null.</param>
/// <param name="InputFolder">The input file's folder, where a saved page keeps its images; null when there is none.</param>
public sealed record ReaderContext(string? SourcePath, RuleSet Rules, System.Text.Encoding? Encoding = null, string? BaseUrl = null, string? InputFolder = null);
