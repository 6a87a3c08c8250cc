using Convert.Cli.Configuration;
using System.CommandLine;
using Convert.Cli.Reporting;
using Convert.Core.Configuration;
using Convert.Core.Validation;

namespace Convert.Cli.Commands;

/// <summary>
/// <c>declutter rules [ID]</c>: lists the cleaning rules and the validation rules in effect (with the config that
/// applies to the current folder), or explains one rule with an example.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string?>("ID") { Description = "Explain this rule (a cleaning or a validation rule id)", Arity = ArgumentArity.ZeroOrOne };
        var config = ConfigLoader.CreateOption();
        var noConfig = ConfigLoader.CreateNoConfigOption();
        var command = new Command("rules", "List the cleaning rules, the HTML rules with their class/id names, and validate's rules, or explain one: declutter rules ID") { id, config, noConfig };
        ConfigLoader.ForbidBoth(command, config, noConfig);
        command.SetAction(parseResult =>
        {
            LoadedConfig loaded;
            try
            {
                loaded = new ConfigLoader(parseResult.GetValue(config), parseResult.GetValue(noConfig), env).ForDirectory(env.CurrentDirectory);
            }
            catch (CliUsageException e)
            {
                env.Error.WriteLine(Diagnostics.Error(e.Message));
                return ExitCodes.UsageOrFatal;
            }

            var text = parseResult.GetValue(id) is { } ruleId ? Explain(ruleId, loaded) : List(loaded);
            if (text is null)
            {
                var known = loaded.Engine.Rules.Select(r => r.Id).Concat(loaded.Engine.HtmlRules.Select(r => r.Id)).Concat(ValidationRules.All.Select(r => r.Id));
                env.Error.WriteLine(Diagnostics.Error($"unknown rule id \"{parseResult.GetValue(id)}\"{Suggestion.DidYouMean(parseResult.GetValue(id)!, known)} (declutter rules lists them)"));
                return ExitCodes.UsageOrFatal;
            }
            env.Out.Write(text);
            env.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }

    private static string List(LoadedConfig config) =>
        "Cleaning rules (what convert removes):\n\n" + RuleTable.Format(config.Engine.Rules)
        + (config.Engine.HtmlRules.Count > 0 ? "\nHTML rules (class and id names of page parts):\n\n" + HtmlRuleListing.Format(config.Engine.HtmlRules) : "")
        + "\nValidation rules (what validate reports):\n\n" + ValidationRuleTable.Format(config.Severities);

    private static string? Explain(string id, LoadedConfig config)
    {
        if (ValidationRules.Find(id) is { } validation)
            return RuleExplanation.Validation(validation, config.Severities.For(id));
        return config.Engine.Rules.FirstOrDefault(r => r.Id == id) is { } cleaning ? RuleExplanation.Cleaning(cleaning) : null;
    }
}
