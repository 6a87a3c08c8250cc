using System.CommandLine;
using Convert.Cli.Usage;

namespace Convert.Cli.Commands;

/// <summary><c>declutter completion bash|zsh|fish|pwsh</c>: prints the shell's completion script on stdout.</summary>
internal static class CompletionCommand
{
    public static Command Create(CliEnvironment env)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell: " + string.Join(", ", CompletionScripts.Shells) };
        shell.AcceptOnlyFromAmong([.. CompletionScripts.Shells]);
        var command = new Command("completion", "Print a shell completion script (see the README for how to load it)") { shell };
        command.SetAction(parseResult =>
        {
            env.Out.Write(CompletionScripts.For(parseResult.GetValue(shell)!) + "\n");
            env.Out.Flush();
            return ExitCodes.Success;
        });
        return command;
    }
}
