namespace Convert.Core.Validation;

/// <summary>What a validation run checks with.</summary>
public sealed record ValidationSettings
{
    /// <summary>The default of <see cref="MinWords"/>: shorter than a news brief.</summary>
    public const int DefaultMinWords = 50;

    /// <summary>Converts scraped inputs, with the cleaning rules in effect.</summary>
    public required ArticleConverter Convert { get; init; }

    /// <summary>The cleaning rules leftover clutter is looked for with.</summary>
    public required ClutterLookup Clutter { get; init; }

    public RuleSeverities Severities { get; init; } = RuleSeverities.Defaults;

    /// <summary>A scraped input's body shorter than this is an error.</summary>
    public int MinWords { get; init; } = DefaultMinWords;
}
