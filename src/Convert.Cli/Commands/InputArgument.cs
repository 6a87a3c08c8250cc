using System.CommandLine;

namespace Convert.Cli.Commands;

/// <summary>The INPUT... argument that convert and validate share.</summary>
internal static class InputArgument
{
    public static Argument<string[]> Create(string walkedKinds)
    {
        var inputs = new Argument<string[]>("INPUT")
        {
            Description = $"Files, directories (walked for {walkedKinds} files) or - for stdin",
            Arity = ArgumentArity.OneOrMore,
        };
        // System.CommandLine takes an unknown "--flag" as an argument; say what it most likely is instead.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
                result.AddError($"unknown option '{token.Value}' (to name a file starting with '-', write ./{token.Value})");
        });
        return inputs;
    }
}
