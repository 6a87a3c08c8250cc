using System.CommandLine;
using System.CommandLine.Invocation;
using Convert.Cli.Commands;
using Convert.Cli.Help;
using Convert.Cli.Reporting;

namespace Convert.Cli;

/// <summary>The in-process entry point: parses arguments, runs the chosen command, maps the result to an exit code.</summary>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        try
        {
            // Response files are expanded here, bounded, instead of by the parser (which recursed without limit).
            var parseResult = CreateRootCommand(env).Parse(
                ResponseFiles.Expand(args, env.CurrentDirectory), new ParserConfiguration { ResponseFileTokenReplacer = null });

            // System.CommandLine's ParseErrorAction prints help to stdout and returns 1; we want one line per error
            // on stderr and exit 2 (usage error), keeping stdout for documents only.
            if (parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                    env.Error.WriteLine(Diagnostics.Error(error.Message));
                return ExitCodes.UsageOrFatal;
            }

            var invocation = new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (CliUsageException e)
        {
            env.Error.WriteLine(Diagnostics.Error(e.Message));
            return ExitCodes.UsageOrFatal;
        }
        catch (OperationCanceledException)
        {
            env.Error.WriteLine(Diagnostics.Error("cancelled"));
            return ExitCodes.UsageOrFatal;
        }
#pragma warning disable CA1031 // The last line of defence: any crash is one line on stderr and exit 2, never a stack trace and 1.
        catch (Exception e)
#pragma warning restore CA1031
        {
            env.Error.WriteLine(Diagnostics.Error($"internal error: {e.GetType().Name}: {e.Message}"));
            return ExitCodes.UsageOrFatal;
        }
    }

    private static RootCommand CreateRootCommand(CliEnvironment env)
    {
        var root = new RootCommand("Turn scraped web articles into clean JSON, Word, Markdown or text documents.")
        {
            ConvertCommand.Create(env),
            ValidateCommand.Create(env),
            SchemaCommand.Create(env),
            RulesCommand.Create(env),
            ReferenceDocCommand.Create(env),
        };
        ExitCodeHelpAction.Install(root);
        return root;
    }
}
