using Convert.Core.Validation;

namespace Convert.Cli.Validate;

/// <summary>What <c>validate</c> was asked to do, as parsed from the command line.</summary>
internal sealed record ValidateSettings
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public ReportFormat Format { get; init; } = ReportFormat.Text;
    public string? OutputFile { get; init; }
    public IReadOnlyList<string> Include { get; init; } = [];
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public string? ConfigFile { get; init; }

    /// <summary>--no-config: the built-in rules and severities, whatever declutter.json files there are.</summary>
    public bool NoConfig { get; init; }

    /// <summary>More warnings than this fail the run; -1 means no limit.</summary>
    public int MaxWarnings { get; init; } = -1;

    public int MinWords { get; init; } = Core.Validation.ValidationSettings.DefaultMinWords;

    /// <summary>No summary line (and no statistics) on stderr.</summary>
    public bool Quiet { get; init; }

    /// <summary>The least severity reported and counted; null means the format's default.</summary>
    public Severity? MinSeverity { get; init; }

    /// <summary>Exit 0 even with errors or too many warnings (not with usage errors or files that could not be checked).</summary>
    public bool ExitZero { get; init; }

    /// <summary>Print the number of findings per rule to stderr.</summary>
    public bool Statistics { get; init; }

    /// <summary>--select: only these rules (as given: ids, possibly comma-separated); empty means all.</summary>
    public IReadOnlyList<string> Select { get; init; } = [];

    /// <summary>--ignore: rules turned off (as given: ids, possibly comma-separated).</summary>
    public IReadOnlyList<string> Ignore { get; init; } = [];

    /// <summary>Leave out the known findings of this baseline file.</summary>
    public string? BaselineFile { get; init; }

    /// <summary>Record the findings reported in this baseline file.</summary>
    public string? WriteBaselineFile { get; init; }

    /// <summary>The name stdin has in findings; its extension decides which checks stdin gets.</summary>
    public string? StdinFileName { get; init; }

    /// <summary>The least severity reported, with the format's default applied.</summary>
    public Severity EffectiveMinSeverity => MinSeverity ?? ReportFormats.DefaultMinSeverity(Format);
}
