using Convert.Core.Writing;

namespace Convert.Cli.Output;

/// <summary>The output format names the CLI accepts and how the format is chosen from --to and -o.</summary>
internal static class OutputFormats
{
    public const string DefaultFormat = "json";

    /// <summary>Values accepted by --to, aliases included (from the writers' registry).</summary>
    public static IReadOnlyList<string> AcceptedNames => ArticleWriters.AcceptedNames;

    /// <summary>The format name behind a name or alias ("markdown" is "md").</summary>
    public static string Canonical(string name) => ArticleWriters.Find(name)?.Format ?? name.ToLowerInvariant();

    /// <summary>The format an output file's extension implies, or null when the extension is not one of ours.</summary>
    public static string? FromExtension(string path) => ArticleWriters.ForPath(path)?.Format;

    private static string KnownExtensions =>
        string.Join(", ", ArticleWriters.Formats.SelectMany(f => f.Extensions).SkipLast(1)) + " or " + ArticleWriters.Formats[^1].Extensions[^1];

    /// <summary>Picks the writer: --to first, else the -o file's extension, else json.</summary>
    /// <param name="to">The --to value, or null.</param>
    /// <param name="outputFile">The -o value when it names a file (not "-"), or null.</param>
    /// <exception cref="CliUsageException">--to and the extension disagree, the format cannot be told, or it has no writer.</exception>
    public static IArticleWriter ResolveWriter(string? to, string? outputFile, Func<string, IArticleWriter?> findWriter)
    {
        var requested = to is null ? null : Canonical(to);
        var fromExtension = outputFile is null ? null : FromExtension(outputFile);
        if (requested is not null && fromExtension is not null && requested != fromExtension)
            throw new CliUsageException($"--to {to} conflicts with the extension of -o {outputFile} ({fromExtension})");
        if (requested is null && fromExtension is null && outputFile is not null)
            throw new CliUsageException(
                $"cannot tell the output format from '{outputFile}' (use {KnownExtensions}, or give --to)");

        var format = requested ?? fromExtension ?? DefaultFormat;
        return findWriter(format) ?? throw new CliUsageException($"no writer is available for format '{format}'");
    }
}
