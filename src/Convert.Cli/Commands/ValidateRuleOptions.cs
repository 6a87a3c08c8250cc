using Convert.Cli.Usage;
using System.CommandLine;
using Convert.Cli.Validate;
using Convert.Core.Validation;

namespace Convert.Cli.Commands;

/// <summary>validate's options for what is reported and how the run ends: severities, rule selection, baselines.</summary>
internal sealed class ValidateRuleOptions
{
    private Option<Severity?> MinSeverity { get; } = MinSeverityOption();

    private static Option<Severity?> MinSeverityOption()
    {
        var option = ChoiceOption.Create<Severity?>("--min-severity",
            [("error", Severity.Error), ("warning", Severity.Warning), ("info", Severity.Info)]);
        option.Description = "Report and count only findings of this severity or more (default: warning for sarif, github and gitlab; info otherwise)";
        return option;
    }

    private Option<bool> ExitZero { get; } = new("--exit-zero") { Description = "Exit 0 even with errors or too many warnings (still 2 for usage errors and files that cannot be checked)" };

    private Option<bool> Statistics { get; } = new("--statistics") { Description = "Print the number of findings per rule on stderr" };

    private Option<string[]> Select { get; } = new("--select")
    {
        Description = "Check only these rules (ids, comma-separated or repeated)",
        HelpName = "RULE",
    };

    private Option<string[]> Ignore { get; } = new("--ignore")
    {
        Description = "Turn these rules off (ids, comma-separated or repeated)",
        HelpName = "RULE",
    };

    private Option<string> Baseline { get; } = new("--baseline")
    {
        Description = "Leave out the known findings recorded in FILE (matched by file, rule and text, not line)",
        HelpName = "FILE",
    };

    private Option<string> WriteBaseline { get; } = new("--write-baseline")
    {
        Description = "Record the findings reported in FILE (replaced if it exists) and exit 0",
        HelpName = "FILE",
    };

    public static ValidateRuleOptions Create()
    {
        var options = new ValidateRuleOptions();
        return options;
    }

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (Option option in (Option[])[MinSeverity, ExitZero, Statistics, Select, Ignore, Baseline, WriteBaseline])
            command.Options.Add(option);
    }

    public ValidateSettings Apply(ValidateSettings settings, ParseResult parseResult) => settings with
    {
        MinSeverity = parseResult.GetValue(MinSeverity),
        ExitZero = parseResult.GetValue(ExitZero),
        Statistics = parseResult.GetValue(Statistics),
        Select = parseResult.GetValue(Select) ?? [],
        Ignore = parseResult.GetValue(Ignore) ?? [],
        BaselineFile = parseResult.GetValue(Baseline),
        WriteBaselineFile = parseResult.GetValue(WriteBaseline),
    };
}

internal static class ValidateRuleOptionsExtensions
{
    public static ValidateSettings WithRuleOptions(this ValidateSettings settings, ValidateRuleOptions options, ParseResult parseResult) =>
        options.Apply(settings, parseResult);

}
