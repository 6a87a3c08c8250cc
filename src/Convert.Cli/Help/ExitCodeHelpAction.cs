using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Convert.Cli.Help;

/// <summary>Prints the standard help and then the exit-code scheme, which CI users need to gate on the tool.</summary>
internal sealed class ExitCodeHelpAction(CommandLineAction standardHelp) : SynchronousCommandLineAction
{
    /// <summary>Replaces the help action of the root's help option (which serves every subcommand too).</summary>
    public static void Install(RootCommand root)
    {
        var helpOption = root.Options.OfType<HelpOption>().Single();
        helpOption.Action = new ExitCodeHelpAction(helpOption.Action ?? new HelpAction());
    }

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = standardHelp is SynchronousCommandLineAction sync ? sync.Invoke(parseResult) : 0;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine(ExitCodes.HelpText);
        return code;
    }
}
