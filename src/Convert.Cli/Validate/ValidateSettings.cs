namespace Convert.Cli.Validate;

/// <summary>What <c>declutter validate</c> was asked to do, as parsed from the command line.</summary>
internal sealed record ValidateSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public ReportFormat Format { get; init; } = ReportFormat.Text;
    public string? OutputFile { get; init; }
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public string? ConfigFile { get; init; }

    /// <summary>More warnings than this fail the run; -1 means no limit.</summary>
    public int MaxWarnings { get; init; } = -1;

    public int MinWords { get; init; } = Core.Validation.ValidationSettings.DefaultMinWords;
    public bool Quiet { get; init; }

    /// <summary>The name stdin has in findings; its extension decides which checks stdin gets.</summary>
    public string? StdinFileName { get; init; }
}
