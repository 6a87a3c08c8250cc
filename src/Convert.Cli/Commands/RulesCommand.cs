using System.CommandLine;
using Convert.Cli.Reporting;

namespace Convert.Cli.Commands;

/// <summary><c>declutter rules</c>: lists the cleaning rules in effect, with --config applied.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var config = ConfigLoader.CreateOption();
        var command = new Command("rules", "List the cleaning rules (id, category, action, scope, description), then the HTML rules and their class/id names") { config };
        command.SetAction(parseResult =>
        {
            ConversionEngine engine;
            try
            {
                engine = ConfigLoader.LoadEngine(parseResult.GetValue(config), env);
            }
            catch (CliUsageException e)
            {
                env.Error.WriteLine(Diagnostics.Error(e.Message));
                return ExitCodes.UsageOrFatal;
            }

            env.Out.Write(RuleTable.Format(engine.Rules));
            if (engine.HtmlRules.Count > 0)
                env.Out.Write("\n" + HtmlRuleListing.Format(engine.HtmlRules));
            env.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
