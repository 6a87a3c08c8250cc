using System.CommandLine;
using System.CommandLine.Parsing;

namespace Convert.Cli.Usage;

/// <summary>
/// Turns System.CommandLine's parse errors into one line each, in the words of this command: an unknown command or
/// option with the nearest known name ("did you mean 'convert'?"), a missing INPUT, a value that is not a number,
/// and never a .NET type name. The "Required command was not provided" that accompanies an unknown command is dropped.
/// </summary>
internal static class UsageErrors
{
    private const string UnrecognizedPrefix = "Unrecognized command or argument";

    public static IReadOnlyList<string> Describe(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var lines = new List<string>();
        // After an unknown command, the other words are its arguments: naming them too would only be noise.
        var unmatched = command.Subcommands.Count > 0 ? UpToFirstCommand(parseResult.UnmatchedTokens) : WithoutOptionValues(parseResult.UnmatchedTokens);
        foreach (var token in unmatched)
            lines.Add(Unknown(token, command));
        foreach (var error in parseResult.Errors)
        {
            if (error.Message.StartsWith(UnrecognizedPrefix, StringComparison.Ordinal)
                || (parseResult.UnmatchedTokens.Count > 0 && error.SymbolResult is CommandResult { Command: RootCommand }))
                continue;
            lines.Add(Reword(error));
        }
        return [.. lines.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<string> UpToFirstCommand(IReadOnlyList<string> tokens)
    {
        foreach (var token in tokens)
        {
            yield return token;
            if (!token.StartsWith('-'))
                yield break;
        }
    }

    // "--confg x.json": x.json is the unknown option's value, not a second mistake.
    private static IEnumerable<string> WithoutOptionValues(IReadOnlyList<string> tokens) =>
        tokens.Where((token, i) => token.StartsWith('-') || i == 0 || !tokens[i - 1].StartsWith('-') || tokens[i - 1].Contains('='));

    /// <summary>The message for a token that names nothing <paramref name="command"/> knows.</summary>
    public static string Unknown(string token, Command command)
    {
        if (token.Length > 1 && token.StartsWith('-'))
        {
            var name = token.Split('=')[0];
            var suggestions = Suggestions.For(name, OptionNames(command));
            var hint = suggestions.Count > 0 || command.Arguments.Count == 0
                ? Suggestions.Phrase(suggestions)
                : $" (to name a file starting with '-', write ./{token} or put it after --)";
            return $"unknown option '{name}'{hint}";
        }
        if (command.Subcommands.Count > 0)
        {
            var suggestions = Suggestions.For(token, command.Subcommands.Where(c => !c.Hidden).Select(c => c.Name));
            return $"unknown command '{token}'" + (suggestions.Count > 0 ? Suggestions.Phrase(suggestions) : " (see 'declutter --help')");
        }
        return $"unexpected argument '{token}' (see 'declutter {command.Name} --help')";
    }

    private static string Reword(ParseError error)
    {
        switch (error.SymbolResult)
        {
            case ArgumentResult { Tokens.Count: 0 } missing when missing.Parent is CommandResult owner:
                return $"{owner.Command.Name} needs {missing.Argument.Name} (see 'declutter {owner.Command.Name} --help')";
            case OptionResult { Tokens.Count: 0 } bare when error.Message.StartsWith("Required argument missing", StringComparison.Ordinal):
                return $"{bare.Option.Name} needs a value" + (bare.Option.HelpName is { } name ? $" ({name})" : "");
            case OptionResult { Tokens: [var token] } option when error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal):
                return $"{option.Option.Name}: '{token.Value}' is not {TypeNames.Of(option.Option.ValueType)}";
            default:
                return TypeNames.Humanize(error.Message);
        }
    }

    /// <summary>The names and aliases of the options <paramref name="command"/> accepts, its parents' recursive ones included.</summary>
    private static IEnumerable<string> OptionNames(Command command) =>
        command.Options.Concat(command.Parents.OfType<Command>().SelectMany(p => p.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden)
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .Where(n => n.StartsWith('-'));
}
