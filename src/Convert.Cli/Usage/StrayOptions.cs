using System.CommandLine;
using System.CommandLine.Parsing;

namespace Convert.Cli.Usage;

/// <summary>
/// System.CommandLine takes an unknown "--flag" given to convert or validate as one more INPUT. Such tokens are usage
/// errors unless they follow "--", which ends the options so a file may start with '-'.
/// </summary>
internal static class StrayOptions
{
    public static IReadOnlyList<string> Find(ParseResult parseResult)
    {
        var command = parseResult.CommandResult;
        var inputs = command.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).ToHashSet(ReferenceEqualityComparer.Instance);
        if (inputs.Count == 0)
            return [];
        var errors = new List<string>();
        foreach (var token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
                break;
            if (inputs.Contains(token) && token.Value.Length > 1 && token.Value.StartsWith('-'))
                errors.Add(UsageErrors.Unknown(token.Value, command.Command));
        }
        return errors;
    }
}
