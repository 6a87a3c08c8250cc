using System.CommandLine;

namespace Convert.Cli.Usage;

/// <summary>
/// An option whose value is one of a few names, parsed straight into the value it stands for (an enum), so commands
/// read typed values instead of matching strings. The names are what help, completion and errors show.
/// </summary>
internal static class ChoiceOption
{
    /// <param name="name">The option's name, e.g. "--paper".</param>
    /// <param name="choices">Each accepted name (lower case) and its value, in the order help lists them.</param>
    /// <param name="aliases">Other names of the option, e.g. "-f".</param>
    /// <remarks>
    /// An option not given reads as <c>default(T)</c>: the enum's first member (Auto, Text...) or null. No default is
    /// set on the option itself, so help does not print the enum member's .NET name.
    /// </remarks>
    public static Option<T> Create<T>(string name, IReadOnlyList<(string Name, T Value)> choices, params string[] aliases)
    {
        var option = new Option<T>(name, aliases)
        {
            HelpName = string.Join('|', choices.Select(c => c.Name)),
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
                foreach (var (choice, value) in choices)
                {
                    if (string.Equals(choice, token, StringComparison.OrdinalIgnoreCase))
                        return value;
                }
                return default; // not reached for a bad name: the accepted names are checked first
            },
        };
        option.AcceptOnlyFromAmong([.. choices.Select(c => c.Name)]);
        return option;
    }
}
