using Convert.Cli.Usage;
using Convert.Cli.Configuration;
using System.CommandLine;
using System.Globalization;
using Convert.Cli.Validate;
using Convert.Core.Validation;

namespace Convert.Cli.Commands;

/// <summary><c>declutter validate</c>: the options and their mapping to <see cref="ValidateSettings"/>.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliEnvironment env)
    {
        var inputs = InputArgument.Create(ValidateInputResolver.KindList());
        // --output-format says what -f means here; on convert -f is --from (the input format). --format is the older name.
        var format = ChoiceOption.Create("--output-format", [.. Enum.GetValues<ReportFormat>().Select(f => (f.ToString().ToLowerInvariant(), f))],
            "-f", "--format");
        format.Description = "Report format (-f for short; --format is the older name)";
        var output = new Option<string>("--output", "-o")
        {
            Description = "Write the report to FILE (replaced if it exists); the summary still goes to stderr",
            HelpName = "FILE",
        };
        var include = new Option<string[]>("--include")
        {
            Description = "Check only walked files matching GLOB (repeatable)",
            HelpName = "GLOB",
        };
        var exclude = new Option<string[]>("--exclude")
        {
            Description = "Skip walked files matching GLOB, e.g. \"bad*/**\" (repeatable)",
            HelpName = "GLOB",
        };
        var config = ConfigLoader.CreateOption();
        var noConfig = ConfigLoader.CreateNoConfigOption();
        var rules = ValidateRuleOptions.Create();
        var maxWarnings = new Option<int>("--max-warnings")
        {
            Description = "Fail (exit 1) with more than N warnings; -1 = no limit",
            HelpName = "N",
            DefaultValueFactory = _ => -1,
        };
        var minWords = new Option<int>("--min-words")
        {
            Description = "A scraped input's body under N words is an error",
            HelpName = "N",
            DefaultValueFactory = _ => ValidationSettings.DefaultMinWords,
        };
        minWords.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, CultureInfo.InvariantCulture, out var value) && value < 0)
                result.AddError("--min-words must be 0 or more");
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print no summary line on stderr; the report and the exit code are unchanged" };
        var stdinName = new Option<string>("--stdin-filename")
        {
            Description = "The name of stdin in the report; its extension picks the checks (default: text)",
            HelpName = "NAME",
        };

        var command = new Command("validate", "Check scraped articles and converted .json/.docx files; exit 1 on errors")
        {
            inputs, format, output, include, exclude, config, noConfig, maxWarnings, minWords, quiet, stdinName,
        };
        rules.AddTo(command);
        ConfigLoader.ForbidBoth(command, config, noConfig);
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(new ValidateRunner(env).Run(new ValidateSettings
        {
            Inputs = parseResult.GetValue(inputs) ?? [],
            Format = parseResult.GetValue(format),
            OutputFile = parseResult.GetValue(output),
            Include = parseResult.GetValue(include) ?? [],
            Exclude = parseResult.GetValue(exclude) ?? [],
            ConfigFile = parseResult.GetValue(config),
            NoConfig = parseResult.GetValue(noConfig),
            MaxWarnings = parseResult.GetValue(maxWarnings),
            MinWords = parseResult.GetValue(minWords),
            Quiet = parseResult.GetValue(quiet),
            StdinFileName = parseResult.GetValue(stdinName),
        }.WithRuleOptions(rules, parseResult), cancellationToken)));
        return command;
    }
}
