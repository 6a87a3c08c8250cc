using Convert.Cli.Input;

namespace Convert.Cli.Conversion;

/// <summary>How one input's conversion ended.</summary>
internal enum ConversionOutcome
{
    Converted,

    /// <summary>The input or its output was refused: bad content, too large, output exists, I/O error.</summary>
    Failed,

    /// <summary>An unexpected exception (a bug): reported like a failure, but the run exits 2.</summary>
    Crashed,

    /// <summary>Not converted because its output exists (--skip-existing) or is newer than the input (--update).</summary>
    Skipped,
}

/// <summary>The result of converting one input.</summary>
/// <param name="Reason">Why it failed, one line; null when converted.</param>
/// <param name="Warnings">What the conversion wants a person to know.</param>
/// <param name="EmptyBody">Converted, but the article has no body text left (all clutter, or not an article).</param>
internal sealed record ConversionResult(InputSource Input, ConversionOutcome Outcome, string? Reason, IReadOnlyList<string> Warnings, bool EmptyBody = false)
{
    public const string EmptyBodyWarning = "the article has an empty body after cleaning";

    public static ConversionResult Converted(InputSource input, IReadOnlyList<string> warnings, bool emptyBody = false) =>
        new(input, ConversionOutcome.Converted, null, emptyBody ? [.. warnings, EmptyBodyWarning] : warnings, emptyBody);

    public static ConversionResult Skipped(InputSource input) => new(input, ConversionOutcome.Skipped, null, []);

    public static ConversionResult Failed(InputSource input, string reason) => new(input, ConversionOutcome.Failed, reason, []);

    public static ConversionResult Crashed(InputSource input, Exception e) =>
        new(input, ConversionOutcome.Crashed, $"internal error: {e.GetType().Name}: {e.Message}", []);
}
