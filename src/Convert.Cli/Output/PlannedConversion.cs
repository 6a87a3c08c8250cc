using Convert.Cli.Input;

namespace Convert.Cli.Output;

/// <summary>One input and where its output goes, or why it must not be converted (a refused or conflicting output).</summary>
internal sealed record PlannedConversion(InputSource Input, OutputTarget Target, string? RefusalReason = null);
