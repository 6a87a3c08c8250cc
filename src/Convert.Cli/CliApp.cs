using System.CommandLine;
using System.CommandLine.Invocation;
using Convert.Cli.Commands;
using Convert.Cli.Help;
using Convert.Cli.Reporting;
using Convert.Cli.Usage;
using Convert.Core.Learning;

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
            // on stderr, with "did you mean", and exit 2 (usage error), keeping stdout for documents only.
            // An unknown "--flag" taken as an argument explains the error that follows it ("rules --confg x.json":
            // x.json is then one argument too many), so it is reported alone.
            var errors = parseResult.Action is ParseErrorAction
                    ? StrayOptions.Find(parseResult) is { Count: > 0 } stray ? stray : UsageErrors.Describe(parseResult)
                : parseResult.Action == parseResult.CommandResult.Command.Action ? StrayOptions.Find(parseResult)
                : [];
            if (errors.Count > 0)
            {
                foreach (var error in errors)
                    env.Error.WriteLine(Diagnostics.Error(error));
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
        catch (Exception e) when (BrokenModel(e) is { } broken)
        {
            // A shipped model that is missing or malformed breaks every page alike: one line, and the run stops,
            // instead of the same internal error on every input.
            env.Error.WriteLine(Diagnostics.Error($"this installation of declutter is broken: {broken.Message}; reinstall it"));
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

    private static ModelFormatException? BrokenModel(Exception e) => e switch
    {
        ModelFormatException model => model,
        AggregateException all => all.Flatten().InnerExceptions.OfType<ModelFormatException>().FirstOrDefault(),
        _ => null,
    };

    private static RootCommand CreateRootCommand(CliEnvironment env)
    {
        var root = new RootCommand("Turn scraped web articles into clean JSON, Word, Markdown or text documents.")
        {
            ConvertCommand.Create(env),
            ValidateCommand.Create(env),
            SchemaCommand.Create(env),
            RulesCommand.Create(env),
            ConfigCommand.Create(env),
            ReferenceDocCommand.Create(env),
            CompletionCommand.Create(env),
        };
        root.SetAction(_ =>
        {
            env.Error.WriteLine(Diagnostics.Error("no command given"));
            env.Error.WriteLine(BareUsage.Text);
            return ExitCodes.UsageOrFatal;
        });
        ExitCodeHelpAction.Install(root);
        return root;
    }
}
