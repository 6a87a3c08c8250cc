using System.CommandLine;

namespace Convert.Cli.Commands;

/// <summary>The INPUT... argument that convert and validate share.</summary>
internal static class InputArgument
{
    public static Argument<string[]> Create(string walkedKinds)
    {
        // An unknown "--flag" among the inputs is reported after parsing (Usage/StrayOptions), where "--" can be seen.
        return new Argument<string[]>("INPUT")
        {
            Description = $"Files, directories (walked for {walkedKinds} files) or - for stdin",
            Arity = ArgumentArity.OneOrMore,
        };
    }
}
