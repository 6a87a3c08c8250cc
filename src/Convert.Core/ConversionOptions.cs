using Convert.Core.Reading;

namespace Convert.Core;

/// <summary>Per-input options of a conversion.</summary>
public sealed record ConversionOptions
{
    /// <summary>The input's name for metadata and messages ("-" for stdin).</summary>
    public string? SourcePath { get; init; }

    /// <summary>
    /// The input file's folder, where a page saved with its files keeps its images (nothing outside it is read); null
    /// to take <see cref="SourcePath"/>'s folder. Inputs without a folder (stdin, stream records) have no local images.
    /// </summary>
    public string? InputFolder { get; init; }

    /// <summary>A title given by the user, overriding the one found in the text.</summary>
    public string? TitleOverride { get; init; }

    /// <summary>How to read the input; <see cref="InputFormat.Auto"/> looks at the file name, then the content.</summary>
    public InputFormat Format { get; init; } = InputFormat.Auto;

    /// <summary>An encoding the user forces, over byte order marks, declarations and detection; null to find it out.</summary>
    public System.Text.Encoding? Encoding { get; init; }

    public static readonly ConversionOptions Default = new();
}
