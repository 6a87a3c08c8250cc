using Convert.Cli.Configuration;
using System.CommandLine;
using Convert.Core.Configuration;

namespace Convert.Cli.Commands;

/// <summary><c>declutter schema [--config]</c>: prints the JSON Schema of the JSON output, or of declutter.json.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment env)
    {
        var config = new Option<bool>("--config") { Description = $"Print the JSON Schema of {ConfigLoader.DefaultFileName} instead (for editors)" };
        var command = new Command("schema", "Print the JSON Schema of the JSON output (--config: of declutter.json)") { config };
        command.SetAction(parseResult =>
        {
            var text = parseResult.GetValue(config) ? ConfigSchema.Text : env.Services.SchemaText();
            env.Out.Write(text);
            if (!text.EndsWith('\n'))
                env.Out.WriteLine();
            env.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
