using System.CommandLine;

namespace Convert.Cli.Commands;

/// <summary><c>declutter schema</c>: prints the JSON Schema of the JSON output.</summary>
internal static class SchemaCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("schema", "Print the JSON Schema of the JSON output");
        command.SetAction(_ =>
        {
            var text = env.Services.SchemaText();
            env.Out.Write(text);
            if (!text.EndsWith('\n'))
                env.Out.WriteLine();
            env.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
